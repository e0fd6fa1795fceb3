import type { SearchHit } from './model';

/** What a store's text engine found, before the shared ranking. */
export interface SearchCandidate {
  id: string;
  kind: SearchHit['kind'];
  /** Names, titles and aliases in both languages. */
  names: string[];
  acronyms: string[];
  /** The engine's own relevance (MiniSearch or Lucene score); only compared within one answer. */
  engineScore: number;
}

const fold = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Ranks candidates the same way for every store: an exact acronym first, then an exact name, then a name that holds
 * the query as whole words, then the engine's fuzzy matches; ties by engine score, then id, so answers are stable.
 */
export function rankSearchHits(text: string, candidates: SearchCandidate[], limit: number): SearchHit[] {
  const query = fold(text);
  const maxEngine = Math.max(1, ...candidates.map((c) => c.engineScore));
  const tierOf = (c: SearchCandidate): number => {
    if (c.acronyms.some((a) => fold(a) === query)) return 3;
    const names = c.names.map(fold);
    if (names.some((n) => n === query)) return 2;
    if (names.some((n) => ` ${n} `.includes(` ${query} `))) return 1;
    return 0;
  };
  return candidates
    .map((c) => ({ c, tier: tierOf(c) }))
    .sort((a, b) => b.tier - a.tier || b.c.engineScore - a.c.engineScore || a.c.id.localeCompare(b.c.id))
    .slice(0, limit)
    .map(({ c, tier }) => ({
      id: c.id,
      kind: c.kind,
      score: Math.round((tier + Math.min(c.engineScore / maxEngine, 1)) * 1000) / 1000,
    }));
}
