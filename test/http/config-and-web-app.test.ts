import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../server/config';
import { startTestHttpServer, TestHttpServer } from '../support/test-api';

describe('configuration', () => {
  it.each([
    ['PORT', ' '],
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '-1'],
    ['QUERY_TIMEOUT_MS', '5s'],
    ['RATE_LIMIT_PER_MINUTE', '1.5'],
  ])('refuses %s="%s" with one line saying what was expected', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(
      new RegExp(`^${name} must be a whole number from \\d+ to \\d+`),
    );
  });

  it.each(['http://localhost:7687', 'localhost:7687', 'bolt://', ' '])('refuses NEO4J_URI="%s"', (uri) => {
    expect(() => loadConfig({ NEO4J_URI: uri })).toThrow(/NEO4J_URI/);
  });

  it('uses the defaults when nothing is set, and the embedded store', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.neo4j).toBeNull();
    expect(config.http.rateLimitPerMinute).toBeGreaterThan(0);
  });

  it('turns the Sandbox page (loaded from a CDN) off in production', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).http.sandboxPage).toBe(false);
    expect(loadConfig({}).http.sandboxPage).toBe(true);
  });
});

describe('the web app at /', () => {
  let server: TestHttpServer;
  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), 'web-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><title>KB</title><script src="/assets/app-3f2a.js"></script>',
    );
    writeFileSync(join(dist, 'assets', 'app-3f2a.js'), `console.log(${JSON.stringify('x'.repeat(4000))});`);
    server = await startTestHttpServer(undefined, { webAppDir: dist });
  });
  afterAll(() => server.stop());

  it('serves index.html at / for revalidation, and hashed assets as immutable, compressed', async () => {
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('<title>KB</title>');
    const asset = await fetch(`${server.url}/assets/app-3f2a.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-encoding')).toBe('gzip');
  });

  it('answers a deep link asked for as HTML with index.html, so the web app can route it', async () => {
    const res = await fetch(`${server.url}/organizations/polres-ttu`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>KB</title>');
  });

  it('keeps API paths and non-HTML requests out of the fallback: a JSON 404', async () => {
    for (const [path, accept] of [
      ['/data/nothing.json', 'text/html'],
      ['/organizations/polres-ttu', 'application/json'],
    ]) {
      const res = await fetch(`${server.url}${path}`, { headers: { accept } });
      expect(res.status).toBe(404);
      expect(((await res.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
    }
  });

  it('still answers the API at /graphql', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ steps { id } }' }),
    });
    expect(res.status).toBe(200);
  });
});

describe('the response size cap', () => {
  it('refuses an answer larger than the cap with QUERY_TOO_COMPLEX instead of sending it', async () => {
    const server = await startTestHttpServer(undefined, { maxResponseBytes: 2_000 });
    try {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ regions { id label } }' }),
      });
      expect(res.status).toBe(400);
      const error = ((await res.json()) as any).errors[0];
      expect(error.extensions.code).toBe('QUERY_TOO_COMPLEX');
      expect(error.message).toMatch(/larger than 2000 bytes/);
    } finally {
      await server.stop();
    }
  });
});
