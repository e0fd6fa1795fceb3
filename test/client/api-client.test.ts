import { createServer } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, Kind, OperationDefinitionNode, validate } from 'graphql';
import type { TypedDocumentNode } from '@apollo/client';
import { ApiClient, createApiClient } from '../../client/api/api-client';
import { ClientError } from '../../client/api/client-error';
import * as operations from '../../client/api/operations';
import { RESPONSIBILITIES } from '../../client/api/operations';
import { startTestHttpServer, TestHttpServer } from '../support/test-api';

/** A loopback port nothing listens on. */
async function findClosedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Runs a query that must fail and returns the ClientError it fails with. */
async function failureOf(promise: Promise<unknown>): Promise<ClientError> {
  const error = await promise.then(
    () => new Error('expected the query to fail'),
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ClientError);
  return error as ClientError;
}

describe('the API client over HTTP', () => {
  let server: TestHttpServer;
  let client: ApiClient;
  beforeAll(async () => {
    server = await startTestHttpServer();
    client = createApiClient({ url: `${server.url}/graphql` });
  });
  afterAll(async () => {
    client.stop();
    await server.stop();
  });

  it.each(['repatriation', 'health-rehabilitation'])(
    'finds the TTU Social Service as coordinator of the rehabilitation and repatriation sub-task force (%s)',
    async (step) => {
      const data = await client.query(RESPONSIBILITIES, { step, region: 'ttu', asOf: '2024-01-01' });

      const coordinator = data.responsibilities.nodes.find((r) => r.organization.id === 'dinas-sosial-ttu');
      expect(coordinator).toMatchObject({
        role: 'COORDINATOR',
        scope: 'LOCAL',
        membership: { position: 'KOORDINATOR', group: { id: 'gugus-tugas-ttu-2023-sub-penanganan' } },
      });
      expect(coordinator?.legalBasis.map((basis) => basis.instrument.id)).toContain('kepbup-ttu-126-2023');
      expect(coordinator?.sources.length).toBeGreaterThan(0);
      expect(coordinator?.sources[0]).toEqual(
        expect.objectContaining({ file: expect.any(String), locator: expect.any(String), quote: expect.any(String) }),
      );
    },
  );

  it('answers for the day asked: before the 2023 decree the TTU Social Service coordinates nothing', async () => {
    const data = await client.query(RESPONSIBILITIES, {
      step: 'health-rehabilitation',
      region: 'ttu',
      asOf: '2020-01-01',
    });

    expect(data.responsibilities.asOf).toBe('2020-01-01');
    expect(data.responsibilities.nodes.map((r) => r.organization.id)).not.toContain('dinas-sosial-ttu');
  });

  it('gives a ClientError with code UNKNOWN_REGION and the server message for an unknown region', async () => {
    const error = await failureOf(client.query(RESPONSIBILITIES, { step: 'shelter', region: 'atlantis' }));

    expect(error.code).toBe('UNKNOWN_REGION');
    expect(error.message).toContain('"atlantis" is not a known region');
    expect(error.errors[0].path).toEqual(['responsibilities']);
  });

  it.each([
    ['UNKNOWN_STEP', 'an unknown step', () => client.query(RESPONSIBILITIES, { step: 'flying', region: 'ttu' })],
    [
      'INVALID_DATE',
      'an impossible date',
      () => client.query(RESPONSIBILITIES, { step: 'shelter', region: 'ttu', asOf: '2024-13-01' }),
    ],
    [
      'NOT_FOUND',
      'an unknown organisation',
      () => client.query(operations.ORGANIZATION, { id: 'no-such-organization' }),
    ],
    ['NOT_FOUND', 'an unknown referral path', () => client.query(operations.REFERRAL_PATH, { id: 'no-such-path' })],
  ])('gives the server code %s for %s', async (code, _what, run) => {
    expect((await failureOf(run())).code).toBe(code);
  });

  it('sends Accept-Language: an Indonesian client gets Indonesian labels', async () => {
    const indonesian = createApiClient({ url: `${server.url}/graphql`, language: 'id' });
    try {
      const [id, en] = await Promise.all([
        indonesian.query(operations.STEPS, { pillar: 'PROTECTION' }),
        client.query(operations.STEPS, { pillar: 'PROTECTION' }),
      ]);
      expect(id.steps.find((step) => step.id === 'protection')?.label).toBe('Perlindungan');
      expect(en.steps.find((step) => step.id === 'protection')?.label).toBe('Protection');
    } finally {
      indonesian.stop();
    }
  });

  it('reads the code from a non-GraphQL error answer (wrong path: NOT_FOUND, HTTP 404)', async () => {
    const wrongPath = createApiClient({ url: `${server.url}/graph` });
    const error = await failureOf(wrongPath.query(operations.STEPS, {}));

    expect(error).toMatchObject({ code: 'NOT_FOUND', statusCode: 404 });
    expect(error.message).toContain('the API is at /graphql');
  });

  it('says NETWORK_ERROR when nothing listens at the URL', async () => {
    const url = `http://127.0.0.1:${await findClosedPort()}/graphql`;
    const error = await failureOf(createApiClient({ url }).query(operations.STEPS, {}));

    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.message).toContain(url);
  });

  it('says TIMEOUT when the API does not answer in time', async () => {
    const silent: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    const slow = createApiClient({ url: 'http://127.0.0.1:9/graphql', fetch: silent, timeoutMs: 50 });

    expect((await failureOf(slow.query(operations.STEPS, {}))).code).toBe('TIMEOUT');
  });
});

describe('the operations', () => {
  const operationOf = (document: TypedDocumentNode) =>
    document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  /** Every exported document with an operation in it (the fragments are documents too). */
  const documents = Object.values(operations).filter(
    (value): value is TypedDocumentNode =>
      typeof value === 'object' &&
      value !== null &&
      (value as { kind?: string }).kind === Kind.DOCUMENT &&
      operationOf(value as TypedDocumentNode) !== undefined,
  );
  /** Variables for each operation; an operation missing here fails the test below. */
  const SAMPLE_VARIABLES: Record<string, Record<string, unknown>> = {
    Steps: {},
    Regions: { parent: 'ntt' },
    Search: { text: 'tapen bikomi' },
    Responsibilities: { step: 'shelter', region: 'kupang-city', asOf: '2024-01-01', first: 5 },
    LegalBasis: { organization: 'plbn-motaain' },
    Organization: { id: 'dinas-sosial-ttu', asOf: '2024-01-01' },
    TaskForce: { id: 'gugus-tugas-ttu-2023' },
    ReferralPaths: { region: 'ttu', step: 'repatriation' },
    ReferralPath: { id: 'rp-ttu-2023-prosecution-chain' },
    Partners: { organization: 'yayasan-tapen-bikomi' },
    Coverage: { region: 'sumba-island', asOf: '2024-01-01' },
    KnownUnknowns: { region: 'ttu', first: 5 },
    Findings: { region: 'ttu', step: 'awareness-raising' },
    Instrument: { id: 'UU 21/2007' },
    Statistics: { region: 'ntt', topic: 'deaths', year: 2017 },
    Gaps: { region: 'TTU', step: 'coordination' },
  };

  it('are all named, and cover every query a user needs', () => {
    const queries = documents.map(operationOf);
    expect(queries.every((query) => query?.operation === 'query' && query.name !== undefined)).toBe(true);
    expect(queries.map((query) => query?.name?.value).sort()).toEqual(Object.keys(SAMPLE_VARIABLES).sort());
  });

  it('are valid against the committed contract, schema/schema.graphql', () => {
    const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8'));

    for (const document of documents) expect(validate(schema, document).map((error) => error.message)).toEqual([]);
  });

  it('all run against the real API without errors', async () => {
    const server = await startTestHttpServer();
    const client = createApiClient({ url: `${server.url}/graphql` });
    try {
      for (const document of documents) {
        const name = operationOf(document)?.name?.value ?? '';
        const data = await client.query(document, SAMPLE_VARIABLES[name]);
        expect(Object.keys(data as object)).toHaveLength(1);
      }
    } finally {
      client.stop();
      await server.stop();
    }
  });
});
