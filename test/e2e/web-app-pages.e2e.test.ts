import type { Browser } from 'playwright-core';
import { startTestHttpServer, TestHttpServer } from '../support/test-api';
import { ensureWebAppBuilt, WEB_DIST } from './web-app-build';
import { hasChromium, launchChromium, seriousAccessibilityViolations, settle, snap, VIEWPORTS } from './browser';

const describeInBrowser = hasChromium ? describe : describe.skip;

jest.setTimeout(300_000);

// Words of the English interface that must not remain on an Indonesian page.
const ENGLISH_UI_WORDS = ['Sources (', 'Legal basis', 'not stated in the sources', 'Who is responsible', 'As of'];

const PAGES = (referralPathId: string) => [
  ['home', '/'],
  ['search', '/?q=tapenpah'],
  ['responsibilities', '/responsibilities?step=shelter&region=kupang-city'],
  ['legal-basis', '/legal-basis/plbn-motaain'],
  ['partners', '/partners/yayasan-tapen-bikomi'],
  ['organization', '/organization/yayasan-tapen-bikomi'],
  ['task-force', '/task-force/gugus-tugas-ttu-2023'],
  ['instrument', '/instrument/uu-21-2007'],
  ['place', '/place/sumba-island'],
  ['step', '/step/shelter'],
  ['referral-path', `/referral-path/${referralPathId}`],
];

describeInBrowser('every page from a deep link, in both languages, at phone and desktop width', () => {
  let server: TestHttpServer;
  let browser: Browser;
  let referralPathId: string;
  beforeAll(async () => {
    ensureWebAppBuilt();
    server = await startTestHttpServer(undefined, { webAppDir: WEB_DIST });
    browser = await launchChromium();
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ referralPaths(region: "ttu", first: 1) { nodes { id } } }' }),
    });
    referralPathId = ((await res.json()) as any).data.referralPaths.nodes[0].id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  // Indonesian at both widths; English at desktop width (the scenario tests walk the English pages at both widths).
  const TOURS = VIEWPORTS.flatMap((viewport) =>
    (viewport.name === 'desktop' ? ['en', 'id'] : ['id']).map((lang) => ({ viewport, lang })),
  );

  describe.each(TOURS)('at $viewport.name width in $lang', ({ viewport, lang }) => {
    it('opens every page from its URL, accessible and without errors', async () => {
      const context = await browser.newContext({ viewport, baseURL: server.url });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      try {
        for (const [name, url] of PAGES(referralPathId)) {
          await page.goto(`${url}${url.includes('?') ? '&' : '?'}lang=${lang}`);
          await settle(page);
          expect({ name, alert: await page.getByRole('alert').count() }).toEqual({ name, alert: 0 });
          expect(await page.locator('html').getAttribute('lang')).toBe(lang);
          if (lang === 'id') {
            const text = await page.locator('body').innerText();
            expect({ name, english: ENGLISH_UI_WORDS.filter((word) => text.includes(word)) }).toEqual({
              name,
              english: [],
            });
          }
          expect({ name, violations: await seriousAccessibilityViolations(page) }).toEqual({ name, violations: [] });
          await snap(page, `tour-${viewport.name}-${lang}-${name}`);
        }
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });

  it('loads the query explorer only on its own route, bundled (no request leaves this server)', async () => {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    const scripts: string[] = [];
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(server.url)) foreign.push(request.url());
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    try {
      await page.goto('/');
      await settle(page);
      expect(scripts.some((script) => /explorer|monaco/.test(script))).toBe(false);

      await page.getByRole('link', { name: 'API explorer' }).click();
      await page.locator('.graphiql-container').waitFor({ timeout: 60_000 });
      expect(scripts.some((script) => /explorer-page/.test(script))).toBe(true);
      // The button does nothing until the editor has loaded the example query (the editor and its workers load late).
      await page.locator('.graphiql-query-editor', { hasText: 'WhoGivesShelter' }).waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: /Execute query/ }).click();
      // The editor renders only the lines in view, so the test looks for the answer's first lines, not a given record.
      await page.locator('.graphiql-response', { hasText: '"responsibilities"' }).waitFor({ timeout: 60_000 });
      const answer = (await page.locator('.graphiql-response').textContent()) ?? '';
      expect(answer).toContain('"organization"');
      expect(answer).not.toContain('"errors"');
      expect(foreign).toEqual([]);
      await snap(page, 'explorer-desktop-en');
    } finally {
      await context.close();
    }
  });
});
