import type { KnowledgeStore } from '../knowledge-store.port';
import { ERROR_CODES, InvalidRequestError } from '../errors';
import type { SearchHit } from '../model';
import { Page, pageOf } from '../pagination';

const MAX_HITS = 200;

/** Checks text a client wants searched; throws BAD_USER_INPUT saying what was expected. */
export function assertSearchText(text: string, argument = 'text'): string {
  const query = text.trim();
  if (query.length < 2 || query.length > 200) {
    throw new InvalidRequestError(
      ERROR_CODES.BAD_USER_INPUT,
      `${argument} must be 2 to 200 characters, e.g. "Tapen Bikomi" or "PLBN"; got ${query.length}`,
    );
  }
  return query;
}

export class SearchService {
  constructor(private readonly store: KnowledgeStore) {}

  /** Hits across every kind of record and the parts of records (duties, penalties, referral steps), best first. */
  async search(
    text: string,
    filter: { kinds?: SearchHit['kind'][] },
    page: { first?: number | null; after?: string | null },
  ): Promise<Page<SearchHit>> {
    const query = assertSearchText(text);
    const hits = (await this.store.search(query, MAX_HITS)).filter(
      (h) => !filter.kinds?.length || filter.kinds.includes(h.kind),
    );
    return pageOf(hits, (h) => h.id, page);
  }
}
