import type { Config } from '../config';
import type { KnowledgeStore } from '../knowledge/knowledge-store.port';
import { DEFAULT_DATA_DIR } from '../../seed/paths';
import { loadValidatedDataset } from '../../seed/snapshot/validated-snapshot';
import { MemoryKnowledgeStore } from './memory/memory-knowledge.store';

export interface StoreInfo {
  store: KnowledgeStore;
  description: string;
}

/** The embedded store unless NEO4J_URI is set. */
export async function createStore(config: Config): Promise<StoreInfo> {
  if (config.neo4j !== null) {
    const { createNeo4jStore } = await import('./neo4j/create-neo4j-store');
    return createNeo4jStore(config.neo4j);
  }
  const started = process.hrtime.bigint();
  const { dataset, from, note } = loadValidatedDataset({
    dataDir: config.dataDir ?? DEFAULT_DATA_DIR,
    snapshotDir: config.snapshotDir,
  });
  const store = new MemoryKnowledgeStore(dataset);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const counts = `${dataset.organizations.length} organisations, ${dataset.instruments.length} instruments, ${dataset.mandates.length} mandates, ${dataset.memberships.length} memberships, ${dataset.referralPaths.length} referral paths, ${dataset.partnerships.length} partnerships, ${dataset.places.length} places, ${dataset.gaps.length} gaps`;
  return {
    store,
    description: `embedded store: ${counts} from ${config.dataDir ?? 'seed/data'} (${from === 'snapshot' ? 'read from its validated snapshot' : 'loaded and validated'} in ${ms.toFixed(0)} ms)${note ? `; ${note}` : ''}`,
  };
}
