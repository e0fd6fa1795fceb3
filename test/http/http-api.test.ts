import { startTestHttpServer, TestHttpServer } from '../support/test-api';
import type { KnowledgeStore } from '../../server/knowledge/knowledge-store.port';
import { StoreUnavailableError } from '../../server/knowledge/errors';
import { memoryStoreWithRealDataset } from '../support/real-dataset';

const json = (res: Response): Promise<any> => res.json();

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('the API over HTTP', () => {
  let server: TestHttpServer;
  beforeAll(async () => {
    server = await startTestHttpServer();
  });
  afterAll(() => server.stop());

  it('answers /health and /ready', async () => {
    expect(await json(await fetch(`${server.url}/health`))).toEqual({ status: 'ok' });
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await json(ready)).toEqual({ status: 'ready' });
  });

  it('answers a source-drawn question: who gives shelter in Kupang', async () => {
    const res = await post(server.url, {
      query:
        '{ responsibilities(step: "shelter", region: "kupang-city", asOf: "2024-01-01") { nodes { organization { id label } } } }',
    });
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.data.responsibilities.nodes.map((n: any) => n.organization.id)).toContain('rumah-perempuan-kupang');
  });

  it('labels in Indonesian when the browser asks for it', async () => {
    const res = await post(
      server.url,
      { query: '{ steps(pillar: PROTECTION) { id label } }' },
      { 'accept-language': 'id-ID,id;q=0.9,en;q=0.8' },
    );
    const steps = (await json(res)).data.steps;
    expect(steps.find((s: any) => s.id === 'protection').label).toBe('Perlindungan');
  });

  it('answers bad input with a 400 status and the stable code', async () => {
    const res = await post(server.url, { query: '{ responsibilities(step: "shelter", region: "atlantis") { asOf } }' });
    expect(res.status).toBe(400);
    expect((await json(res)).errors[0].extensions).toEqual({ code: 'UNKNOWN_REGION' });
  });

  it('answers an unknown id with 404 and NOT_FOUND', async () => {
    const res = await post(server.url, { query: '{ instrument(id: "uu-99-2099") { id } }' });
    expect(res.status).toBe(404);
    expect((await json(res)).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('answers a malformed date variable with 400 and INVALID_DATE', async () => {
    const res = await post(server.url, {
      query: 'query ($d: String) { coverage(region: "ttu", asOf: $d) { asOf } }',
      variables: { d: '20-02-2023' },
    });
    expect(res.status).toBe(400);
    expect((await json(res)).errors[0].extensions.code).toBe('INVALID_DATE');
  });

  it('answers a variable of the wrong type with 400 and BAD_USER_INPUT', async () => {
    const res = await post(server.url, {
      query: 'query ($n: Int) { organizations(first: $n) { nodes { id } } }',
      variables: { n: 'ten' },
    });
    expect(res.status).toBe(400);
    expect((await json(res)).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('answers a syntax error with 400 and GRAPHQL_PARSE_FAILED', async () => {
    const res = await post(server.url, { query: '{ steps { id ' });
    expect(res.status).toBe(400);
    expect((await json(res)).errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses a body over the size limit with 413 and PAYLOAD_TOO_LARGE', async () => {
    const res = await post(server.url, { query: `{ steps { id } } # ${'x'.repeat(70_000)}` });
    expect(res.status).toBe(413);
    expect((await json(res)).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('does not accept batched requests', async () => {
    const res = await post(server.url, [{ query: '{ steps { id } }' }, { query: '{ steps { id } }' }]);
    expect(res.status).toBe(400);
  });

  it('prevents CSRF: a simple GET request without a preflight header is refused', async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ steps { id } }')}`);
    expect(res.status).toBe(400);
    const allowed = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ steps { id } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(allowed.status).toBe(200);
  });

  it('tags a GET answer, answers 304 to a client that already has it, and leaves POST answers untagged', async () => {
    const get = (query: string, headers: Record<string, string> = {}) =>
      fetch(`${server.url}/graphql?query=${encodeURIComponent(query)}`, {
        headers: { 'apollo-require-preflight': 'true', ...headers },
      });
    const first = await get('{ steps { id } }');
    const etag = first.headers.get('etag');
    expect(first.status).toBe(200);
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('no-cache');

    const again = await get('{ steps { id } }', { 'if-none-match': etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const other = await get('{ steps { id label } }', { 'if-none-match': etag! });
    expect(other.status).toBe(200);
    expect(other.headers.get('etag')).not.toBe(etag);

    const posted = await post(server.url, { query: '{ steps { id } }' });
    expect(posted.status).toBe(200);
    expect(posted.headers.get('etag')).toBeNull();
  });

  it('allows introspection (a public API)', async () => {
    const res = await post(server.url, { query: '{ __schema { queryType { name } } }' });
    expect((await json(res)).data.__schema.queryType.name).toBe('Query');
  });

  it('serves a page to try queries to a browser', async () => {
    const res = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
  });
});

describe('when the store is unreachable', () => {
  let server: TestHttpServer;
  let up = true;
  beforeAll(async () => {
    const real = memoryStoreWithRealDataset();
    const guard = <T>(answer: () => Promise<T>) => (up ? answer() : Promise.reject(new StoreUnavailableError()));
    const flaky: KnowledgeStore = new Proxy(real, {
      get: (target, prop: keyof KnowledgeStore) =>
        typeof target[prop] === 'function'
          ? (...args: unknown[]) =>
              guard(() => (target[prop] as (...a: unknown[]) => Promise<unknown>).apply(target, args))
          : target[prop],
    });
    server = await startTestHttpServer(flaky);
  });
  afterAll(() => server.stop());

  it('answers STORE_UNAVAILABLE with 503, says /ready is not ready, and serves again when the store is back', async () => {
    up = false;
    const down = await post(server.url, { query: '{ steps { id } }' });
    expect(down.status).toBe(503);
    expect((await json(down)).errors[0].extensions.code).toBe('STORE_UNAVAILABLE');
    expect((await fetch(`${server.url}/ready`)).status).toBe(503);

    up = true;
    const back = await post(server.url, { query: '{ steps { id } }' });
    expect(back.status).toBe(200);
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);
  });
});
