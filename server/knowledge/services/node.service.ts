import type { KnowledgeStore } from '../knowledge-store.port';
import type { EntityKind } from '../model';
import { getOrThrow } from './lookup';

/** `node(id)`: what kind of entity an id names and its record, or NOT_FOUND; the edge supplies the batched fetch. */
export class NodeService {
  constructor(private readonly store: KnowledgeStore) {}

  private async kindOf(id: string): Promise<EntityKind> {
    const [kind] = await this.store.getKinds([id]);
    return getOrThrow(
      kind,
      'record',
      id,
      'ids are listed by `search`, `organizations`, `instruments`, `regions` and `steps`',
    );
  }

  /** The record an id names, read by `fetch` (the edge's batched loaders); NOT_FOUND when the id names none. */
  async getNode<T>(id: string, fetch: (kind: EntityKind, id: string) => Promise<T | null>): Promise<T> {
    const kind = await this.kindOf(id);
    return getOrThrow(await fetch(kind, id), kind, id, 'the record disappeared while it was read; try again');
  }
}
