import type { KnowledgeStore } from '../../server/knowledge/knowledge-store.port';
import { createSeededNeo4jStore, isNeo4jConfigured, NEO4J_SKIP_REASON } from '../contract/neo4j-store.factory';
import { memoryStoreWithRealDataset } from './real-dataset';

/**
 * Declares a suite once per store: the embedded store always, Neo4j too when NEO4J_URI is set (skipped, saying so,
 * when it is not). The suite creates its store in beforeAll and closes it in afterAll.
 */
export function describeOnEveryStore(title: string, suite: (createStore: () => Promise<KnowledgeStore>) => void) {
  describe(`${title} (embedded store)`, () => suite(async () => memoryStoreWithRealDataset()));
  if (isNeo4jConfigured()) {
    describe(`${title} (Neo4j)`, () => suite(createSeededNeo4jStore));
  } else {
    describe(`${title} (Neo4j)`, () => it.skip(NEO4J_SKIP_REASON, () => {}));
  }
}
