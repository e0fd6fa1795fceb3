import { ENTITY_KINDS, type EntityKind } from '../model';
import type { NameResolver } from '../name-resolver';
import { getOrThrow } from './lookup';

/**
 * `node(id)`: the record an id (or an exact, unambiguous name) names, or NOT_FOUND; the edge supplies the batched
 * fetch.
 */
export class NodeService {
  constructor(private readonly names: NameResolver) {}

  /** The record `id` names, read by `fetch` (the edge's batched loaders); NOT_FOUND when it names none. */
  async getNode<T>(id: string, fetch: (kind: EntityKind, id: string) => Promise<T | null>): Promise<T> {
    const found = getOrThrow(
      await this.names.resolve(id, ENTITY_KINDS),
      'record',
      id,
      'ids are listed by `search`, `organizations`, `instruments`, `regions` and `steps`',
    );
    const hint = 'the record disappeared while it was read; try again';
    return getOrThrow(await fetch(found.kind, found.id), found.kind, found.id, hint);
  }
}
