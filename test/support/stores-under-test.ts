import type { KnowledgeStore } from '../../server/knowledge/knowledge-store.port';
import { createSeededNeo4jStore, isNeo4jConfigured, NEO4J_SKIP_REASON } from '../contract/neo4j-store.factory';
import { memoryStoreWithRealDataset } from './real-dataset';
import { startTestApi, TestApi } from './test-api';

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

/**
 * `describeOnEveryStore` for suites that only ask the API: it starts the API on the suite's store before the tests and
 * stops it and closes the store after them. `api()` returns it inside tests (not while the suite is declared).
 */
export function describeApiOnEveryStore(title: string, suite: (api: () => TestApi) => void) {
  describeOnEveryStore(title, (createStore) => {
    let started: TestApi | undefined;
    beforeAll(async () => {
      started = await startTestApi(await createStore());
    }, 120_000);
    afterAll(async () => {
      await started?.stop();
      await started?.store.close();
    });
    suite(() => {
      if (started === undefined) throw new Error('the API starts in beforeAll: call api() inside a test or hook');
      return started;
    });
  });
}
