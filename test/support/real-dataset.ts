import type { Dataset } from '../../server/knowledge/model';
import { loadDataset } from '../../seed/load-dataset';
import { MemoryKnowledgeStore } from '../../server/store/memory/memory-knowledge.store';

let cached: Dataset | undefined;

/** The real dataset, read and validated once per test file. */
export function realDataset(): Dataset {
  cached ??= loadDataset();
  return cached;
}

export const memoryStoreWithRealDataset = (): MemoryKnowledgeStore => new MemoryKnowledgeStore(realDataset());
