import type { KnowledgeStore } from './knowledge-store.port';
import { ERROR_CODES, InvalidRequestError } from './errors';
import type { EntityKind } from './model';

export interface ResolvedName {
  id: string;
  kind: EntityKind;
}

/**
 * Turns what a client passed where an id is expected into an id: the id itself, or an exact name, alias, acronym or
 * citation ("TTU", "PLBN Motaain", "UU 21/2007") that names exactly one record of the kinds the argument accepts.
 * Every argument that takes an id goes through here, so names work everywhere ids do.
 */
export class NameResolver {
  constructor(private readonly store: KnowledgeStore) {}

  /**
   * The record `value` names among `kinds`, or null when no record of those kinds has that id or name. A name shared
   * by several records of those kinds throws AMBIGUOUS_NAME, listing the candidates with their ids.
   */
  async resolve(value: string, kinds: readonly EntityKind[]): Promise<ResolvedName | null> {
    const [kind] = await this.store.getKinds([value]);
    if (kind !== null && kinds.includes(kind)) return { id: value, kind };
    const named = (await this.store.findByName(value)).filter((r) => kinds.includes(r.kind));
    const candidates = [...new Map(named.map((r) => [r.id, r])).values()];
    if (candidates.length === 1) return candidates[0];
    if (candidates.length > 1) {
      throw new InvalidRequestError(
        ERROR_CODES.AMBIGUOUS_NAME,
        `"${value}" names ${candidates.length} records: ${candidates.map((c) => `${c.id} (${c.kind})`).join(', ')}; ` +
          'pass one of these ids instead',
        { candidates },
      );
    }
    return null;
  }

  /** What else `value` is, for an error message: "that id is a place", "that name is an organization's". */
  async describeMismatch(value: string): Promise<string> {
    const [kind] = await this.store.getKinds([value]);
    if (kind !== null) return `that id is a ${kind}`;
    const named = await this.store.findByName(value);
    if (named.length > 0)
      return `that name belongs to: ${[...new Set(named.map((n) => `${n.id} (${n.kind})`))].join(', ')}`;
    return 'no record has that id or name';
  }
}
