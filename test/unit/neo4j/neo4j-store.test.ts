import { SEARCH_CANDIDATE_LIMIT } from '../../../server/knowledge/search-ranking';
import { createServer, Server, Socket } from 'node:net';
import type { Driver } from 'neo4j-driver';
import type { AddressInfo } from 'node:net';
import { ERROR_CODES, StoreUnavailableError } from '../../../server/knowledge/errors';
import type { Dataset } from '../../../server/knowledge/model';
import { emptyDataset } from '../../../server/knowledge/records';
import { toPage } from '../../../server/knowledge/pagination';
import type { CypherGateway, Params, Row, Statement, WriteCounters } from '../../../server/store/neo4j/cypher-gateway';
import { DriverGateway } from '../../../server/store/neo4j/driver';
import { ConnectionFailedError } from '../../../server/store/neo4j/error-mapping';
import { Neo4jKnowledgeStore, VOCABULARY_STATEMENTS } from '../../../server/store/neo4j/neo4j-knowledge.store';
import { escapeLucene, toLuceneQuery } from '../../../server/store/neo4j/search.queries';
import { seedGraph } from '../../../server/store/neo4j/seed-graph';
import { SCHEMA_STATEMENTS } from '../../../server/store/neo4j/schema.statements';

type Answer = (statement: Statement, params: Params) => Row[] | Promise<Row[]>;

/** A fake of the driver seam that checks every call sends exactly the parameters its Cypher uses. */
class FakeGateway implements CypherGateway {
  readonly reads: { statement: Statement; params: Params }[] = [];
  readonly writes: { statement: Statement; params: Params }[] = [];
  constructor(private readonly answer: Answer = () => []) {}
  async executeRead(statement: Statement, params: Params): Promise<Row[]> {
    expect(Object.keys(params).sort()).toEqual([...statement.params]);
    this.reads.push({ statement, params });
    return this.answer(statement, params);
  }
  async executeWrite(statement: Statement, params: Params): Promise<WriteCounters> {
    expect(Object.keys(params).sort()).toEqual([...statement.params]);
    this.writes.push({ statement, params });
    return { nodesCreated: 1 };
  }
  verifyConnectivity = jest.fn(async () => undefined);
  close = jest.fn(async () => undefined);
}

const json = (record: object) => JSON.stringify(record);
const driverError = (code: string, message = 'failed') => Object.assign(new Error(message), { code });
const storeAnswering = (answer: Answer) => new Neo4jKnowledgeStore(new FakeGateway(answer));

describe('Neo4jKnowledgeStore row mapping', () => {
  it('answers a batched lookup in the order of the ids given, duplicates included, null for unknown ids', async () => {
    const gateway = new FakeGateway(() => [
      { id: 'iom', json: json({ id: 'iom', kind: 'international-organization' }) },
      { id: 'polres-ttu', json: json({ id: 'polres-ttu', kind: 'police' }) },
    ]);
    const orgs = await new Neo4jKnowledgeStore(gateway).getOrganizations([
      'polres-ttu',
      'nothing',
      'iom',
      'polres-ttu',
    ]);
    expect(orgs.map((o) => o?.id ?? null)).toEqual(['polres-ttu', null, 'iom', 'polres-ttu']);
    expect(gateway.reads[0].params.ids).toEqual(['polres-ttu', 'nothing', 'iom']);
  });

  it('reads the whole dataset in one statement, every kind parsed from its stored JSON', async () => {
    const gateway = new FakeGateway(() => [
      {
        sources: [],
        places: [json({ id: 'ntt', kind: 'province' })],
        organizations: [json({ id: 'iom' }), json({ id: 'polres-ttu' })],
        instruments: [],
        steps: [json({ id: 'prevention' })],
        memberships: [json({ id: 'm-1' })],
        mandates: [],
        referralPaths: [],
        partnerships: [],
        gaps: [],
        statistics: [],
        disagreements: [],
        knownUnknowns: [],
        findings: [json({ id: 'finding-1' })],
      },
    ]);
    const dataset = await new Neo4jKnowledgeStore(gateway).readDataset();
    expect(gateway.reads.map((r) => r.statement.name)).toEqual(['readDataset']);
    expect(dataset.organizations.map((o) => o.id)).toEqual(['iom', 'polres-ttu']);
    expect(dataset.places).toEqual([{ id: 'ntt', kind: 'province' }]);
    expect(dataset.memberships.map((m) => m.id)).toEqual(['m-1']);
    expect(dataset.findings.map((f) => f.id)).toEqual(['finding-1']);
  });

  it('makes no round trip for an empty batch', async () => {
    const gateway = new FakeGateway();
    const store = new Neo4jKnowledgeStore(gateway);
    expect(await store.getKinds([])).toEqual([]);
    expect(await store.listChildPlaces([])).toEqual([]);
    expect(gateway.reads).toHaveLength(0);
  });

  it('groups relationship rows by owner in the order Cypher sorted them, [] for owners without any', async () => {
    const store = storeAnswering(() => [
      { ownerId: 'b', json: json({ id: 'm1' }) },
      { ownerId: 'a', json: json({ id: 'm2' }) },
      { ownerId: 'b', json: json({ id: 'm3' }) },
    ]);
    const lists = await store.listMandatesByOrganization(['a', 'b', 'c']);
    expect(lists.map((l) => l.map((m) => m.id))).toEqual([['m2'], ['m1', 'm3'], []]);
  });

  it('maps kinds, articles with their instrument, and instrument relations both ways', async () => {
    const store = storeAnswering((statement) => {
      if (statement.name === 'getKinds')
        return [
          { id: 'gt', kind: 'taskForce' },
          { id: 'odd', kind: 'spaceship' },
        ];
      if (statement.name === 'getArticles')
        return [{ id: 'a1', json: json({ id: 'a1', number: '58' }), instrumentId: 'uu' }];
      return [
        {
          instrumentId: 'perpres',
          outgoing: [json({ type: 'implements', target: 'uu' })],
          incoming: [{ source: 'perda', json: json({ type: 'based-on', target: 'perpres' }) }],
        },
      ];
    });
    expect(await store.getKinds(['gt', 'odd', 'none'])).toEqual(['taskForce', null, null]);
    expect(await store.getArticles(['a1'])).toEqual([{ article: { id: 'a1', number: '58' }, instrumentId: 'uu' }]);
    expect(await store.listInstrumentRelations(['perpres', 'none'])).toEqual([
      {
        outgoing: [{ type: 'implements', target: 'uu' }],
        incoming: [{ type: 'based-on', target: 'perpres', source: 'perda' }],
      },
      { outgoing: [], incoming: [] },
    ]);
  });

  it('turns scope ranks into scopes, groups partner candidates, and shapes coverage', async () => {
    const store = storeAnswering((statement) => {
      if (statement.name === 'findResponsibilities')
        return [0, 1, 2].map((scope) => ({ json: json({ id: `m${scope}` }), scope }));
      if (statement.name === 'findPartners') {
        const candidate = (org: string, id: string) => ({ organizationId: org, json: json({ id }) });
        return [
          {
            existing: [json({ id: 'p1' })],
            candidates: [candidate('a', 'm1'), candidate('a', 'm2'), candidate('b', 'm3')],
          },
        ];
      }
      return [
        {
          steps: [{ stepId: 'shelter', responsibilities: [{ json: json({ id: 'm1' }), scope: 1 }] }],
          gaps: [{ json: json({ id: 'g' }), scope: 2 }],
        },
      ];
    });
    const found = await store.findResponsibilities({ stepId: 'shelter', placeId: 'ttu', asOf: '2024-01-01' });
    expect(found.map((r) => r.scope)).toEqual(['local', 'fromAbove', 'within']);
    const partners = await store.findPartners({ organizationId: 'x', asOf: '2024-01-01' });
    expect(partners.candidates.map((c) => [c.organizationId, c.mandates.map((m) => m.id)])).toEqual([
      ['a', ['m1', 'm2']],
      ['b', ['m3']],
    ]);
    expect(await store.findCoverage({ placeId: 'ttu', asOf: '2024-01-01' })).toEqual({
      placeId: 'ttu',
      asOf: '2024-01-01',
      steps: [{ stepId: 'shelter', responsibilities: [{ mandate: { id: 'm1' }, scope: 'fromAbove' }] }],
      gaps: [{ gap: { id: 'g' }, scope: 'within' }],
    });
    expect(await storeAnswering(() => []).findPartners({ organizationId: 'x', asOf: '2024-01-01' })).toEqual({
      existing: [],
      candidates: [],
    });
  });
});

describe('Neo4jKnowledgeStore keyset paging', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];
  // The fake plays the database: sorted by id, after the key, first + 1 rows, as the Cypher says.
  const store = storeAnswering((_s, params) =>
    ids
      .filter((id) => params.after === null || id > (params.after as string))
      .slice(0, (params.first as number) + 1)
      .map((id) => ({ json: json({ id }) })),
  );

  it('asks for a page after the key and answers first + 1 items so the caller sees a next page', async () => {
    const first = toPage(await store.findOrganizations({}, { first: 2 }), { first: 2 });
    expect(first.items.map((i) => i.node.id)).toEqual(['a', 'b']);
    expect(first.hasNextPage).toBe(true);
    const last = toPage(await store.findOrganizations({}, { first: 2, after: 'c' }), { first: 2, after: 'c' });
    expect(last.items.map((i) => i.node.id)).toEqual(['d', 'e']);
    expect(last.hasNextPage).toBe(false);
  });

  it('orders by id and limits to first + 1 in Cypher, and treats an empty filter list as no filter', async () => {
    const gateway = new FakeGateway();
    await new Neo4jKnowledgeStore(gateway).findInstruments({ kinds: [], year: 2007 }, { first: 10 });
    expect(gateway.reads[0].statement.cypher).toMatch(/ORDER BY i\.id\s+LIMIT toInteger\(\$first\) \+ 1$/);
    expect(gateway.reads[0].params).toMatchObject({ kinds: null, year: 2007, issuerId: null, after: null, first: 10 });
  });
});

describe('Neo4jKnowledgeStore search', () => {
  it('escapes Lucene syntax and asks for exact, prefix and fuzzy matches of each word and its glossary equivalents', () => {
    expect(escapeLucene('a+b(c)~"d"*?:/\\')).toBe('a\\+b\\(c\\)\\~\\"d\\"\\*\\?\\:\\/\\\\');
    expect(toLuceneQuery('Dinas  Sosial')).toBe(
      '(dinas OR dinas* OR dinas~1) OR (sosial OR sosial* OR sosial~1) OR (social OR social* OR social~1)',
    );
    expect(toLuceneQuery('TTU')).toBe('(ttu OR ttu* OR ttu~1)');
    expect(toLuceneQuery('Art. 58')).toBe('(art OR art* OR art~1) OR (58 OR 58*) OR (pasal OR pasal* OR pasal~1)');
    expect(toLuceneQuery('foo) OR *:* AND (bar')).toBe(toLuceneQuery('foo or and bar'));
    expect(toLuceneQuery(' -*- ')).toBeNull();
  });

  it('ranks candidates with the shared ranking: an exact acronym beats a higher engine score', async () => {
    const doc = (id: string, kind: string, names: string[], acronyms: string[] = []) =>
      json({ id, kind, recordId: id, ownerId: null, names, acronyms, descriptors: [], texts: [] });
    const gateway = new FakeGateway(() => [
      { score: 9, json: doc('kupang', 'place', ['Kota Kupang', 'GT Kupang']) },
      { score: 1, json: doc('gt', 'taskForce', ['Gugus Tugas'], ['GT PP-TPPO']) },
    ]);
    const hits = await new Neo4jKnowledgeStore(gateway).search('GT PP-TPPO', 10);
    expect(hits.map((h) => [h.id, h.kind])).toEqual([
      ['gt', 'taskForce'],
      ['kupang', 'place'],
    ]);
    expect(gateway.reads[0].params).toMatchObject({ candidateLimit: SEARCH_CANDIDATE_LIMIT });
    expect(await new Neo4jKnowledgeStore(gateway).search('!!!', 10)).toEqual([]);
  });

  it('finds records by exact name through their search keys', async () => {
    const gateway = new FakeGateway(() => [{ id: 'uu-21-2007', kind: 'instrument' }]);
    expect(await new Neo4jKnowledgeStore(gateway).findByName('Law No. 21 of 2007')).toEqual([
      { id: 'uu-21-2007', kind: 'instrument' },
    ]);
    expect(gateway.reads[0].params).toEqual({ key: 'uu 21 2007' });
  });
});

describe('Neo4jKnowledgeStore error translation', () => {
  const failingWith = (error: unknown) => storeAnswering(() => Promise.reject(error));

  it.each([
    'ServiceUnavailable',
    'SessionExpired',
    'Neo.TransientError.General.DatabaseUnavailable',
    'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  ])('turns %s into STORE_UNAVAILABLE', async (code) => {
    await expect(failingWith(driverError(code)).listPlaces()).rejects.toMatchObject({
      code: ERROR_CODES.STORE_UNAVAILABLE,
    });
  });

  it('turns a connection the pool could not get in time into STORE_UNAVAILABLE', async () => {
    await expect(failingWith(new ConnectionFailedError()).listSteps()).rejects.toBeInstanceOf(StoreUnavailableError);
  });

  it('rethrows a syntax error as a plain error naming the query and code, without the Cypher', async () => {
    const cypher = 'MATCH (o:Organization) RETURN o.secret';
    const error = await failingWith(driverError('Neo.ClientError.Statement.SyntaxError', `Invalid input: "${cypher}"`))
      .findOrganizations({}, { first: 1 })
      .then(
        () => new Error('expected a failure'),
        (e: Error) => e,
      );
    expect(error).not.toBeInstanceOf(StoreUnavailableError);
    expect(error.message).toBe(
      'the Neo4j store could not answer findOrganizations (Neo.ClientError.Statement.SyntaxError)',
    );
    expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toMatch(/MATCH|RETURN|secret/);
  });

  it('says how to fix bad credentials', async () => {
    await expect(failingWith(driverError('Neo.ClientError.Security.Unauthorized')).listPlaces()).rejects.toThrow(
      /NEO4J_USER/,
    );
  });

  it('takes a code-less driver error for a connection failure only when the query did not raise it', async () => {
    const codeless = () => driverError('N/A', 'something client-side');
    const driverWhere = (failure: 'before the query' | 'in the query') =>
      ({
        session: () => ({
          close: async () => undefined,
          executeRead: async (work: (tx: unknown) => Promise<unknown>) => {
            if (failure === 'before the query') throw codeless();
            return work({ run: async () => Promise.reject(codeless()) });
          },
        }),
      }) as unknown as Driver;
    const statement = VOCABULARY_STATEMENTS.listPlaces;
    await expect(new DriverGateway(driverWhere('before the query')).executeRead(statement, {})).rejects.toBeInstanceOf(
      ConnectionFailedError,
    );
    await expect(new DriverGateway(driverWhere('in the query')).executeRead(statement, {})).rejects.toMatchObject({
      code: 'N/A',
    });
  });
});

describe('Neo4jKnowledgeStore ping', () => {
  it('answers STORE_UNAVAILABLE when the server refuses, or when it does not answer in time', async () => {
    const refused = new FakeGateway();
    refused.verifyConnectivity.mockRejectedValue(driverError('ServiceUnavailable'));
    await expect(new Neo4jKnowledgeStore(refused).ping()).rejects.toBeInstanceOf(StoreUnavailableError);
    const silent = new FakeGateway();
    silent.verifyConnectivity.mockReturnValue(new Promise(() => undefined));
    await expect(new Neo4jKnowledgeStore(silent, { pingTimeoutMs: 20 }).ping()).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
  });

  it('answers STORE_UNAVAILABLE when a read does not come back by the deadline', async () => {
    const hanging = new FakeGateway(() => new Promise(() => undefined) as never);
    const store = new Neo4jKnowledgeStore(hanging, { readDeadlineMs: 20 });
    await expect(store.listSteps()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
  });

  describe('through the real driver, without a Neo4j server', () => {
    let silentServer: Server;
    let silentPort: number;
    const sockets = new Set<Socket>();
    beforeAll(async () => {
      // Accepts TCP connections and never answers the Bolt handshake: a hung or overloaded server.
      silentServer = createServer((socket) => {
        sockets.add(socket.on('error', () => undefined));
      });
      await new Promise<void>((resolve) => silentServer.listen(0, '127.0.0.1', resolve));
      silentPort = (silentServer.address() as AddressInfo).port;
    });
    afterAll(async () => {
      sockets.forEach((socket) => socket.destroy());
      await new Promise<void>((resolve) => silentServer.close(() => resolve()));
    });

    it.each([
      ['a closed port', () => 'bolt://127.0.0.1:1'],
      ['a server that never answers', () => `neo4j://127.0.0.1:${silentPort}`],
    ])('gives STORE_UNAVAILABLE within 2 s from %s', async (_what, uri) => {
      const store = new Neo4jKnowledgeStore(DriverGateway.fromConfig({ uri: uri() }));
      const started = Date.now();
      await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
      expect(Date.now() - started).toBeLessThan(2000);
      const reading = Date.now();
      await expect(store.listSteps()).rejects.toBeInstanceOf(StoreUnavailableError);
      expect(Date.now() - reading).toBeLessThan(2000);
      await store.close();
    });
  });
});

describe('seedGraph against the fake seam', () => {
  const cited = {
    basis: 'stated',
    sources: [{ file: '000_b714961f3f725db1.txt', locator: 'L1', quote: 'a short quote' }],
  };
  const dataset = {
    ...emptyDataset(),
    sources: [{ file: '000_b714961f3f725db1.txt', title: 'A paper', scope: 'NTT' }],
    places: Array.from({ length: 120 }, (_, i) => ({
      id: `place-${i}`,
      kind: 'village',
      name: { id: `Desa ${i}` },
      ...cited,
    })),
    steps: [
      { id: 'shelter', pillar: 'protection', parent: 'protection', label: { id: 'Rumah aman', en: 'Shelter' } },
      { id: 'protection', pillar: 'protection', label: { id: 'Perlindungan', en: 'Protection' } },
    ],
    organizations: [
      { id: 'gt', kind: 'sub-task-force', level: 'regency', name: { id: 'Sub Gugus' }, acronyms: ['A', 'B'], ...cited },
    ],
    instruments: [
      {
        id: 'perda',
        kind: 'regency-regulation',
        title: { id: 'Perda' },
        jurisdiction: 'place-0',
        summary: { en: 'x' },
        ...cited,
        articles: [{ id: 'perda-art-1', number: '1', summary: { en: 'x' }, ...cited }],
        relations: [
          { type: 'implements', target: 'uu', ...cited },
          { type: 'based-on', target: 'uu', ...cited },
        ],
      },
    ],
    mandates: [
      {
        id: 'm',
        organization: 'gt',
        step: 'shelter',
        area: 'place-0',
        role: 'lead',
        description: { en: 'x' },
        legalBasis: [{ instrument: 'perda', article: 'perda-art-1' }, { instrument: 'perda' }],
        validFrom: '2018-04',
        validTo: '2023',
        ...cited,
      },
    ],
  } as unknown as Dataset;
  const rowsOf = (gateway: FakeGateway, name: string) =>
    gateway.writes.filter((w) => w.statement.name === name).flatMap((w) => w.params.rows as Row[]);

  it('creates the schema first, then loads each kind in batches, then prunes what the dataset lacks', async () => {
    const gateway = new FakeGateway();
    await seedGraph(gateway, dataset, { batchSize: 50 });
    const names = gateway.writes.map((w) => w.statement.name);
    expect(names.slice(0, SCHEMA_STATEMENTS.length)).toEqual(SCHEMA_STATEMENTS.map((s) => s.name));
    const placeBatches = gateway.writes
      .filter((w) => w.statement.name === 'seed places')
      .map((w) => (w.params.rows as Row[]).length);
    expect(placeBatches).toEqual([50, 50, 20]);
    expect(names.indexOf('prune Place')).toBeGreaterThan(names.indexOf('seed disagreements'));
    expect(gateway.writes.find((w) => w.statement.name === 'prune Place')?.params.ids).toHaveLength(120);
  });

  it('writes rows with day bounds, vocabulary order, the task-force flag, relation positions and distinct legal bases', async () => {
    const gateway = new FakeGateway();
    await seedGraph(gateway, dataset);
    expect(rowsOf(gateway, 'seed mandates')[0]).toMatchObject({
      validFromStart: '2018-04-01',
      validToEnd: '2023-12-31',
      organization: ['gt'],
      instruments: ['perda'],
      articles: ['perda-art-1'],
    });
    expect(rowsOf(gateway, 'seed steps').map((r) => [r.id, r.order])).toEqual([
      ['shelter', 1],
      ['protection', 0],
    ]);
    expect(rowsOf(gateway, 'seed organizations')[0]).toMatchObject({
      isTaskForce: true,
      acronymsText: 'A\nB',
      parent: [],
    });
    expect((rowsOf(gateway, 'seed instruments')[0].relations as Row[]).map((r) => [r.type, r.position])).toEqual([
      ['implements', 0],
      ['based-on', 1],
    ]);
    expect(rowsOf(gateway, 'seed articles')[0]).toMatchObject({ id: 'perda-art-1', instrumentId: 'perda' });
    expect(JSON.parse(rowsOf(gateway, 'seed places')[0].json as string)).toEqual(dataset.places[0]);
  });
});
