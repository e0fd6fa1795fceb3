import { StoreUnavailableError } from '../../../server/knowledge/errors';
import type { CypherGateway, Params, Row, Statement } from '../../../server/store/neo4j/cypher-gateway';
import { Neo4jKnowledgeStore } from '../../../server/store/neo4j/neo4j-knowledge.store';
import { hasChanges } from '../../../server/store/neo4j/seed-graph';
import { DATASET_KINDS } from '../../../server/store/neo4j/dataset.queries';
import { STORE_STATEMENTS } from '../../../server/store/neo4j/statements';

/** Records the statements read, with their parameters' types (what Neo4j keys its plan cache on); fails on demand. */
class RecordingGateway implements CypherGateway {
  readonly reads: { name: string; shape: string }[] = [];
  failing = false;
  async executeRead(statement: Statement, params: Params): Promise<Row[]> {
    if (this.failing) throw Object.assign(new Error('refused'), { code: 'ServiceUnavailable' });
    const shape = Object.entries(params)
      .map(([key, value]) => `${key}:${value === null ? 'null' : Array.isArray(value) ? 'list' : typeof value}`)
      .join(',');
    this.reads.push({ name: statement.name, shape });
    // Neo4j answers the dataset statement (RETURN of COLLECT subqueries) with exactly one row, even when empty.
    if (statement.name === 'readDataset') return [Object.fromEntries(DATASET_KINDS.map((kind) => [kind, []]))];
    return [];
  }
  executeWrite = async () => ({});
  verifyConnectivity = async () => undefined;
  close = async () => undefined;
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('warming the Neo4j query plans', () => {
  it('plans every statement the store sends', async () => {
    const gateway = new RecordingGateway();
    await new Neo4jKnowledgeStore(gateway).warmUpPlans();
    expect(new Set(gateway.reads.map((r) => r.name))).toEqual(new Set(STORE_STATEMENTS.map((s) => s.name)));
  });

  it('plans each optional filter of findOrganizations both unset (null) and set', async () => {
    const gateway = new RecordingGateway();
    await new Neo4jKnowledgeStore(gateway).warmUpPlans();
    const shapes = gateway.reads.filter((r) => r.name === 'findOrganizations').map((r) => r.shape);
    for (const filter of ['after', 'kinds', 'levels', 'placeId', 'stepId']) {
      expect(shapes.some((shape) => shape.includes(`${filter}:null`))).toBe(true);
      expect(shapes.some((shape) => new RegExp(`${filter}:(string|list)`).test(shape))).toBe(true);
    }
  });

  it('stops warming once the store is closed, so a shutdown does not wait for it', async () => {
    const gateway = new RecordingGateway();
    const store = new Neo4jKnowledgeStore(gateway);
    const warming = store.warmUpPlans();
    await store.close();
    await warming;
    expect(gateway.reads.length).toBeLessThan(STORE_STATEMENTS.length);
  });

  it('warms them again on the first answer after an outage, and not on every answer', async () => {
    const gateway = new RecordingGateway();
    const store = new Neo4jKnowledgeStore(gateway);
    await store.listSteps();
    await settle();
    expect(gateway.reads).toHaveLength(1);

    gateway.failing = true;
    await expect(store.listSteps()).rejects.toBeInstanceOf(StoreUnavailableError);
    gateway.failing = false;
    await store.listSteps();
    await new Promise((resolve) => setTimeout(resolve, 50)); // the warm-up runs in the background
    expect(gateway.reads.filter((r) => r.name === 'findCoverage')).toHaveLength(1);
  });
});

describe('the seeder report', () => {
  it('tells a seed that wrote something from one that changed nothing', () => {
    expect(hasChanges([{ name: 'places', counters: { nodesCreated: 0, propertiesSet: 0 } }])).toBe(false);
    expect(hasChanges([{ name: 'places', counters: { propertiesSet: 2 } }])).toBe(true);
  });
});
