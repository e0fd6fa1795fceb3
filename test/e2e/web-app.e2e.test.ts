import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestHttpServer, TestHttpServer } from '../support/test-api';
import { ensureWebAppBuilt, WEB_DIST } from './web-app-build';
import { hasChromium, launchChromium, seriousAccessibilityViolations, settle, snap, VIEWPORTS } from './browser';

if (!hasChromium) {
  console.warn('e2e: /usr/bin/chromium is missing, so the browser tests are skipped (apt-get install chromium).');
}
const describeInBrowser = hasChromium ? describe : describe.skip;

jest.setTimeout(120_000);

describeInBrowser('the web app in a real browser', () => {
  let server: TestHttpServer;
  let browser: Browser;
  beforeAll(async () => {
    ensureWebAppBuilt();
    server = await startTestHttpServer(undefined, { webAppDir: WEB_DIST });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  describe.each(VIEWPORTS)('at $name width ($width px)', (viewport) => {
    let context: BrowserContext;
    let page: Page;
    let pageErrors: string[];
    const shot = (name: string) => snap(page, `${viewport.name}-en-${name}`);

    beforeEach(async () => {
      context = await browser.newContext({ viewport, baseURL: server.url });
      page = await context.newPage();
      pageErrors = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(message.text());
      });
    });
    afterEach(async () => {
      await context.close();
      expect(pageErrors).toEqual([]);
    });

    const expectAccessible = async () => expect(await seriousAccessibilityViolations(page)).toEqual([]);

    it('finds Yayasan Tapen Bikomi by typing "tapenpah" and says why it matched', async () => {
      await page.goto('/');
      await page.getByRole('searchbox').fill('tapenpah');
      await page.getByRole('searchbox').press('Enter');
      const hit = page.getByRole('link', { name: 'Tapen Bikomi Foundation', exact: true });
      await hit.waitFor();
      const firstHit = page.locator('.result-list li').first();
      await expect(firstHit.locator('.kind').textContent()).resolves.toBe('Organisation');
      await expect(firstHit.locator('.snippet mark').allTextContents()).resolves.toEqual(['Tapenpah']);
      await shot('1-search-tapenpah');
      await expectAccessible();

      await hit.click();
      await settle(page);
      expect(await page.locator('h1').textContent()).toBe('Tapen Bikomi Foundation');
      expect(page.url()).toContain('/organization/yayasan-tapen-bikomi');
      expect(await page.evaluate('document.activeElement.tagName')).toBe('H1');
      await shot('2-organization-tapen-bikomi');
      await expectAccessible();
    });

    it('finds a duty by words found only inside it, shows the matched words, and opens its sub-task force', async () => {
      await page.goto('/');
      await page.getByRole('searchbox').fill('terminal darat');
      await page.getByRole('searchbox').press('Enter');
      const duty = page.locator('.result-list li', { has: page.locator('.kind', { hasText: /^Duty$/ }) }).first();
      await duty.waitFor();
      expect(await duty.locator('.snippet mark').allTextContents()).toEqual(
        expect.arrayContaining(['terminal', 'darat']),
      );
      await shot('11-search-duty');
      await expectAccessible();

      await duty.getByRole('link').click();
      await settle(page);
      expect(page.url()).toContain('/task-force/gugus-tugas-ttu-2023-sub-pencegahan');
      expect(await page.locator('h1').textContent()).toBe(
        'Sub-Task Force for Prevention and Guidance of Trafficking and Illegal Labour',
      );
      expect(await page.locator('.duties').textContent()).toContain('terminal darat dan pelabuhan laut');
    });

    it('finds an article by its number and names the law it belongs to, opening that law', async () => {
      await page.goto('/?q=Pasal%2058');
      const article = page.locator('.result-list li', { has: page.locator('.kind', { hasText: /^Article$/ }) }).first();
      await article.waitFor();
      expect(await article.locator('.hit-owner').textContent()).toContain('Law No. 21 of 2007');
      await article.getByRole('link', { name: 'Article 58' }).click();
      await settle(page);
      expect(page.url()).toContain('/instrument/uu-21-2007');
      expect(await page.locator('[id="uu-21-2007-art-58"]').count()).toBe(1);
    });

    it('charts the yearly trafficking cases of NTT, each figure as printed with its source one click away', async () => {
      await page.goto('/place/ntt');
      await settle(page);
      const chart = page.locator('table.stat-chart', {
        has: page.locator('caption', { hasText: /^Human trafficking cases in NTT/ }),
      });
      const year2021 = chart.locator('tr', { has: page.locator('th', { hasText: /^2021$/ }) });
      expect(await year2021.locator('.stat-value').textContent()).toBe('624');
      await year2021.getByText(/Sources \(\d+\)/).click();
      const quote = year2021.locator('blockquote');
      expect(await quote.isVisible()).toBe(true);
      expect(await quote.textContent()).toContain('reaching 624 cases in 2021');
      expect(await chart.locator('tbody tr').count()).toBeGreaterThan(1);
      await shot('12-statistics-ntt');
      await expectAccessible();

      await page.goto('/place/ntt?lang=id');
      await settle(page);
      expect(await page.getByRole('heading', { name: 'Statistik' }).count()).toBe(1);
      await snap(page, `${viewport.name}-id-12-statistics-ntt`);
      // The province's page is the longest (about 90 figures): axe on it takes over a minute on a busy machine.
    }, 300_000);

    it('answers who gives shelter in Kupang City, and opens a source quote in one click', async () => {
      await page.goto('/');
      const form = page.getByRole('form', { name: 'Who is responsible?' });
      await form.getByLabel('Step').selectOption('shelter');
      await form.getByLabel('Place').selectOption('kupang-city');
      await form.getByRole('button', { name: 'Show the answer' }).click();
      await settle(page);
      expect(await page.locator('h1').textContent()).toBe('Who is responsible for shelter in Kupang City');
      await expect(page.locator('.as-of').textContent()).resolves.toMatch(/As of: \d{4}-\d{2}-\d{2}/);

      const card = page.locator('.card', { hasText: "Kupang Women's Shelter" });
      await card.getByText(/Sources \(\d+\)/).click();
      const quote = card.locator('blockquote').first();
      expect(await quote.isVisible()).toBe(true);
      expect(await quote.textContent()).toContain('Rumah Perempuan Kupang');
      expect(await card.locator('.source-meta').first().textContent()).toMatch(/line 177 · stated/);
      await shot('3-shelter-kupang-city');
      await expectAccessible();
    });

    it('opens the TTU task force and shows its 2023 sub-task forces with their coordinators', async () => {
      await page.goto('/?q=gugus%20tugas%20ttu');
      await page
        .getByRole('link', {
          name: 'Task Force for the Prevention and Handling of Human Trafficking Crimes in TTU Regency',
        })
        .click();
      await settle(page);
      expect(page.url()).toContain('/task-force/gugus-tugas-ttu-2023');
      const subTaskForces = page.locator('.sub-task-force');
      expect(await subTaskForces.locator('h3').allTextContents()).toEqual(
        expect.arrayContaining([
          'Sub-Task Force for Cooperation and Coordination',
          'Sub-Task Force for Handling, Rehabilitation and Repatriation',
        ]),
      );
      const cooperation = subTaskForces.filter({ hasText: 'Sub-Task Force for Cooperation and Coordination' });
      const coordinator = cooperation.locator('.members li', { has: page.locator('.position-koordinator') });
      expect(await coordinator.textContent()).toContain(
        'Regional Planning, Research and Development Agency of TTU Regency',
      );
      await shot('4-task-force-ttu-2023');
      await expectAccessible();
    });

    it('switches to Indonesian: every label changes, the URL keeps the language, and links carry it on', async () => {
      await page.goto('/');
      await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Indonesia' }).click();
      await page.getByRole('heading', { name: 'Siapa yang bertanggung jawab?' }).waitFor();
      expect(new URL(page.url()).searchParams.get('lang')).toBe('id');
      expect(await page.locator('html').getAttribute('lang')).toBe('id');
      expect(await page.getByText(/^Cari organisasi, gugus tugas, peraturan dan pasal/).count()).toBe(1);
      expect(await page.getByText('Who is responsible?').count()).toBe(0);
      await snap(page, `${viewport.name}-id-5-home`);
      await expectAccessible();

      await page.getByRole('searchbox').fill('sumba');
      await page.getByRole('searchbox').press('Enter');
      await page.getByRole('link', { name: 'Pulau Sumba' }).click();
      await settle(page);
      expect(new URL(page.url()).searchParams.get('lang')).toBe('id');
      expect(await page.getByRole('heading', { name: 'Tahapan yang tidak ditangani siapa pun' }).count()).toBe(1);
    });

    it('draws the TTU coverage matrix and a referral path diagram', async () => {
      await page.goto('/?q=TTU');
      await page.getByRole('link', { name: 'North Central Timor Regency' }).first().click();
      await settle(page);
      expect(page.url()).toContain('/place/ttu');
      const matrix = page.locator('svg.matrix');
      expect(await matrix.isVisible()).toBe(true);
      expect(await matrix.getByRole('img', { name: /^Shelter: / }).count()).toBe(1);
      await shot('6-coverage-ttu');
      await expectAccessible();

      await page.locator('a[href^="/referral-path/"]').first().click();
      await settle(page);
      const flow = page.locator('svg.flow-svg');
      expect(await flow.isVisible()).toBe(true);
      expect(await flow.locator('rect.flow-box').count()).toBe(await page.locator('ol.cards > li').count());
      await shot('7-referral-path');
      await expectAccessible();
    });

    it('lists the steps nobody covers on Sumba beside the documented gaps', async () => {
      await page.goto('/place/sumba-island');
      await settle(page);
      const uncovered = await page.locator('ul.uncovered li').allTextContents();
      expect(uncovered).toEqual(expect.arrayContaining(['Vocational training', 'Trial and judgment']));
      expect(await page.getByRole('heading', { name: 'Documented gaps' }).count()).toBe(1);
      await shot('8-coverage-sumba');
    });

    it('finds the partners of Yayasan Tapen Bikomi by picking it by name, without an id', async () => {
      await page.goto('/');
      const form = page.getByRole('form', { name: 'Who can we work with?' });
      await form.getByLabel('Organisation').fill('tapen bikomi');
      await form.getByRole('button', { name: 'Choose: Tapen Bikomi Foundation' }).click();
      await form.getByRole('button', { name: 'Show the answer' }).click();
      await settle(page);
      expect(await page.locator('h1').textContent()).toBe('Who Tapen Bikomi Foundation can work with');
      expect(await page.locator('.card').count()).toBeGreaterThan(0);
      await shot('9-partners-tapen-bikomi');
      await expectAccessible();
    });

    it('is usable from the keyboard: a skip link first, and a visible focus ring', async () => {
      await page.goto('/');
      await settle(page);
      await page.keyboard.press('Tab');
      expect(await page.evaluate('document.activeElement.textContent')).toBe('Skip to content');
      expect(await page.evaluate('getComputedStyle(document.activeElement).outlineStyle')).toBe('solid');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect(await page.evaluate('document.activeElement.getAttribute("role")')).toBe('searchbox');
    });

    it('says a link is wrong, in words, when its id names nothing', async () => {
      await page.goto('/organization/no-such-organisation');
      await settle(page);
      expect(await page.getByRole('alert').textContent()).toContain('Nothing in the knowledge base has this id');
      pageErrors = pageErrors.filter((message) => !message.includes('status of 404'));
    });

    it('shows the legal basis of the border posts, article and instrument, picked by acronym', async () => {
      await page.goto('/');
      const form = page.getByRole('form', { name: 'On what legal basis?' });
      await form.getByLabel('Organisation').fill('PLBN Motaain');
      await form
        .getByRole('button', { name: /^Choose: .*Motaain/ })
        .first()
        .click();
      await form.getByRole('button', { name: 'Show the answer' }).click();
      await settle(page);
      expect(await page.locator('h1').textContent()).toMatch(/^Legal basis of .*Motaain/);
      expect(await page.getByText(/Art\. 46, /).count()).toBeGreaterThan(0);
      await shot('10-legal-basis-plbn');
      await expectAccessible();
    });
  });
});
