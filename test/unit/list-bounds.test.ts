import { startTestApi, TestApi } from '../support/test-api';
import { realDataset } from '../support/real-dataset';
import { listCrawlSelection, Longest, recordLongest } from '../support/list-crawl';
import { buildKnowledgeSchema } from '../../schema/build-schema';
import { enforceListBounds, LIST_BOUNDS, plainListsOf } from '../../schema/list-bounds';
import { createServices } from '../../server/services';
import type { GraphQLSchema } from 'graphql';

jest.setTimeout(120_000);

/** Every id in the dataset, records and their parts (articles, duties). */
const idsIn = (value: unknown, ids = new Set<string>()): Set<string> => {
  if (Array.isArray(value)) value.forEach((v) => idsIn(v, ids));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.id === 'string') ids.add(record.id);
    Object.values(record).forEach((v) => idsIn(v, ids));
  }
  return ids;
};

/** The cost model's list bounds hold for the real dataset, so cutting a list at its bound never hides published data. */
describe('list bounds', () => {
  let api: TestApi;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    api = await startTestApi();
    schema = await buildKnowledgeSchema(createServices(api.store));
  });
  afterAll(() => api.stop());

  it('gives every plain list of the schema a bound', () => {
    expect(plainListsOf(schema).filter((name) => LIST_BOUNDS[name] === undefined)).toEqual([]);
  });

  it('cuts a list longer than its bound to the bound and reports it', async () => {
    const cuts: string[] = [];
    const small = await buildKnowledgeSchema(createServices(api.store));
    enforceListBounds(small, { ...LIST_BOUNDS, 'Query.steps': 2 }, (field) => cuts.push(field));
    const resolve = small.getQueryType()!.getFields().steps.resolve!;
    const steps = await resolve(undefined, {}, { loaders: {} } as never, {} as never);
    expect(steps).toHaveLength(2);
    expect(cuts).toEqual(['Query.steps']);
  });

  it('finds every list in the real dataset shorter than its bound', async () => {
    const longest: Longest = { lists: new Map(), strings: new Map() };
    const dataset = realDataset();
    let measured = 0;
    let nodes = 0;
    for (const id of idsIn(dataset)) {
      const kind = await api.execute('query ($id: ID!) { node(id: $id) { __typename } }', { id });
      if (kind.errors) continue; // ids of parts that are not nodes (sources, variants)
      nodes++;
      const typeName: string = kind.data.node.__typename;
      // Two levels of lists where the cost limit allows it, else one: every node is measured.
      for (const levels of [2, 1]) {
        const query = `query ($id: ID!) { node(id: $id) { ... on ${typeName} { ${listCrawlSelection(schema, typeName, levels)} } } }`;
        const result = await api.execute(query, { id });
        if (result.errors?.some((e) => e.extensions?.code === 'QUERY_TOO_COMPLEX')) continue;
        recordLongest(result.data, longest);
        measured++;
        break;
      }
    }
    for (const { id } of dataset.organizations) {
      const query = `query ($o: ID!) { partners(organization: $o) { ${listCrawlSelection(schema, 'Partners', 2)} } legalBasis(organization: $o) { ${listCrawlSelection(schema, 'LegalBasisReport', 2)} } }`;
      recordLongest((await api.execute(query, { o: id })).data, longest);
    }
    for (const { id } of dataset.places) {
      const query = `query ($r: ID!) { coverage(region: $r) { ${listCrawlSelection(schema, 'Coverage', 3)} } }`;
      recordLongest((await api.execute(query, { r: id })).data, longest);
    }
    const roots = (await api.execute('{ regions { id } steps { id } sources { __typename } }')).data;
    for (const root of ['regions', 'steps', 'sources']) longest.lists.set(`Query.${root}`, roots[root].length);

    const overBound = [...longest.lists].filter(([name, length]) => length >= (LIST_BOUNDS[name] ?? 0));
    expect(overBound).toEqual([]);
    expect(measured).toBe(nodes); // every node was measured
    expect(longest.lists.size).toBeGreaterThan(50); // the crawl reached most lists
  });
});
