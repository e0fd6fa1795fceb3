import type { KnowledgeStore } from '../../server/knowledge/knowledge-store.port';
import { loadConfig } from '../../server/config';
import { DriverGateway } from '../../server/store/neo4j/driver';
import { Neo4jKnowledgeStore } from '../../server/store/neo4j/neo4j-knowledge.store';
import { seedGraph } from '../../server/store/neo4j/seed-graph';
import { realDataset } from '../support/real-dataset';

/**
 * The Neo4j half of the contract suite: runs whenever NEO4J_URI points at a server (Neo4j 5.26 is the target), and is
 * skipped, saying so, when it does not. Usage in a *.contract.test.ts:
 *
 *   if (isNeo4jConfigured()) describeKnowledgeStoreContract('neo4j', createSeededNeo4jStore);
 *   else describe.skip(`KnowledgeStore contract: neo4j (${NEO4J_SKIP_REASON})`, () => it.todo('set NEO4J_URI'));
 */
export const NEO4J_SKIP_REASON =
  'skipped: NEO4J_URI is not set, e.g. NEO4J_URI=bolt://localhost:7687 with NEO4J_AUTH=none';

/** A read's deadline in the suites that check answers (see createSeededNeo4jStore). */
const ANSWER_TESTS_READ_DEADLINE_MS = 20_000;

export const isNeo4jConfigured = (env: NodeJS.ProcessEnv = process.env): boolean => Boolean(env.NEO4J_URI?.trim());

/**
 * A store on the database at NEO4J_URI, brought to exactly the real dataset by the seeder `npm run seed` uses (which
 * also removes what the dataset does not hold), so the contract also covers the seeder; its query plans are warmed
 * as the server does. The graph is not cleared first: several test files read the same database at the same time,
 * and re-seeding an up-to-date graph writes nothing, so none of them ever sees it empty or half-loaded. The caller closes it (which closes the driver).
 */
export async function createSeededNeo4jStore(): Promise<KnowledgeStore> {
  const config = loadConfig().neo4j;
  if (config === null) throw new Error(`the Neo4j contract suite needs a server: ${NEO4J_SKIP_REASON}`);
  const gateway = DriverGateway.fromConfig(config);
  // These suites check answers, not speed: on a loaded two-core machine a read can pass the production deadline
  // (1.9 s) and fail a test that has nothing to do with time. The deadline itself is tested on its own instance
  // (test/integration/neo4j-faults.test.ts) and by the end-to-end server test, which keep the production value.
  const store = new Neo4jKnowledgeStore(gateway, { readDeadlineMs: ANSWER_TESTS_READ_DEADLINE_MS });
  try {
    await seedGraph(gateway, realDataset());
    await store.warmUpPlans();
  } catch (error) {
    await gateway.close();
    throw error;
  }
  return store;
}
