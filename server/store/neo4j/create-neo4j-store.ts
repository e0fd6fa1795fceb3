import type { Neo4jConfig } from '../../config';
import type { StoreInfo } from '../create-store';
import { toDisplayUri } from './config';
import { Neo4jKnowledgeStore } from './neo4j-knowledge.store';

/**
 * The Neo4j store for the composition root: one driver for the process, closed by store.close(). It does not wait for
 * the server: the driver connects on first use and reconnects by itself, so the API can start before Neo4j and
 * recovers after an outage; until then ping() and every query answer STORE_UNAVAILABLE. The query plans are warmed
 * in the background, so the first requests do not pay for planning; if Neo4j is not up yet they are planned on use.
 */
export async function createNeo4jStore(
  config: Neo4jConfig,
  log: (line: string) => void = (line) => console.log(line),
): Promise<StoreInfo> {
  const database = config.database === undefined ? '' : `, database ${config.database}`;
  const store = Neo4jKnowledgeStore.connect(config);
  store.warmUpPlans().then(
    (ms) => log(`Neo4j query plans warmed in ${ms} ms`),
    () => log('Neo4j query plans not warmed (Neo4j did not answer); they are made on first use'),
  );
  return {
    store,
    description: `Neo4j store at ${toDisplayUri(config.uri)}${database} (seed it with "npm run seed")`,
  };
}
