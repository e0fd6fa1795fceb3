import type { KnowledgeStore } from '../knowledge-store.port';
import type { EntityKind } from '../model';
import { getOrThrow } from './lookup';

/** `node(id)`: what kind of entity an id names, or NOT_FOUND. Fetching the record is the edge's batched loaders' job. */
export class NodeService {
  constructor(private readonly store: KnowledgeStore) {}

  async kindOf(id: string): Promise<EntityKind> {
    const [kind] = await this.store.getKinds([id]);
    return getOrThrow(
      kind,
      'record',
      id,
      'ids are listed by `search`, `organizations`, `instruments`, `regions` and `steps`',
    );
  }
}
