import type { Neo4jConfig } from '../../config';
import type { StoreInfo } from '../create-store';
import { toDisplayUri } from './config';
import { Neo4jKnowledgeStore } from './neo4j-knowledge.store';

/**
 * The Neo4j store for the composition root: one driver for the process, closed by store.close(). It does not wait for
 * the server: the driver connects on first use and reconnects by itself, so the API can start before Neo4j and
 * recovers after an outage; until then ping() and every query answer STORE_UNAVAILABLE.
 */
export async function createNeo4jStore(config: Neo4jConfig): Promise<StoreInfo> {
  const database = config.database === undefined ? '' : `, database ${config.database}`;
  return {
    store: Neo4jKnowledgeStore.connect(config),
    description: `Neo4j store at ${toDisplayUri(config.uri)}${database} (seed it with "npm run seed")`,
  };
}
