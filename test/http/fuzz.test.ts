import fc from 'fast-check';
import { startTestHttpServer, TestHttpServer } from '../support/test-api';
import { requestArbitrary } from '../support/query-arbitrary';
import { buildKnowledgeSchema } from '../../schema/build-schema';
import { createServices } from '../../server/services';
import { realDataset } from '../support/real-dataset';
import type { GraphQLSchema } from 'graphql';

jest.setTimeout(120_000);

const RUNS = Number(process.env.FUZZ_RUNS ?? 250);
const FIVE_MB = 5 * 1024 * 1024;

/**
 * Schema-aware fuzzing: documents and variables generated from the schema (fast-check), sent over real HTTP. No
 * request may get a 5xx, an internal error or a stack trace, and the server must still answer afterwards. The
 * largest accepted answer is kept under the response cap by the cost model, not by the cap.
 */
describe('fuzzing the API from its schema', () => {
  let server: TestHttpServer;
  let schema: GraphQLSchema;
  let realIds: string[];
  beforeAll(async () => {
    server = await startTestHttpServer();
    schema = await buildKnowledgeSchema(createServices(server.store));
    const dataset = realDataset();
    realIds = [...dataset.organizations, ...dataset.places, ...dataset.instruments, ...dataset.steps].map((r) => r.id);
  });
  afterAll(() => server.stop());

  it(`answers ${RUNS} generated requests without a 5xx, an internal error or a stack trace`, async () => {
    let largestAccepted = 0;
    let executed = 0;
    await fc.assert(
      fc.asyncProperty(requestArbitrary(schema, realIds), async (request) => {
        const res = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(request),
        });
        const text = await res.text();
        expect(res.status).toBeLessThan(500);
        expect(text).not.toMatch(/INTERNAL_SERVER_ERROR|\n\s+at /);
        const body = JSON.parse(text);
        expect(body.data !== undefined || Array.isArray(body.errors)).toBe(true);
        if ('data' in body) executed++;
        if (res.status === 200) largestAccepted = Math.max(largestAccepted, text.length);
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647) },
    );
    expect(executed).toBeGreaterThan(RUNS / 5); // the generator reaches past validation, into resolvers
    expect(largestAccepted).toBeLessThan(FIVE_MB);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });
});
