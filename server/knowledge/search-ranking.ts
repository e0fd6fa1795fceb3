import type { SearchHit } from './model';

/** What a store's text engine found: the engine decides which records match, the shared ranking their order. */
export interface SearchCandidate {
  id: string;
  kind: SearchHit['kind'];
  /** Names, titles and aliases in both languages. */
  names: string[];
  acronyms: string[];
}

const fold = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The edits a word may be off by and still match, as both engines are configured (MiniSearch fuzzy 0.2, Lucene ~). */
export const allowedEdits = (word: string): number => (word.length < 3 ? 0 : word.length < 8 ? 1 : 2);

/**
 * Levenshtein distance between two short words (names are a few words of a few letters). Written here rather than
 * imported: the core depends on nothing but zod (eslint.config.js).
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length];
}

/** 1 for the same word, 0.8 for a word it begins, less the more edits apart within the allowed edits, else 0. */
function wordCloseness(queryWord: string, word: string): number {
  if (word === queryWord) return 1;
  if (word.startsWith(queryWord)) return 0.8;
  const edits = editDistance(queryWord, word);
  return edits <= allowedEdits(queryWord) ? 0.6 * (1 - edits / Math.max(queryWord.length, word.length)) : 0;
}

/** How well the best of the names matches the query's words, from 0 to 1. */
function closeness(queryWords: string[], names: string[]): number {
  let best = 0;
  for (const name of names) {
    const words = name.split(' ');
    const sum = queryWords.reduce((total, q) => total + Math.max(0, ...words.map((w) => wordCloseness(q, w))), 0);
    best = Math.max(best, sum / queryWords.length);
  }
  return best;
}

/**
 * Ranks candidates the same way for every store: an exact acronym first, then an exact name, then a name that holds
 * the query as whole words, then fuzzy matches; within each tier by how closely a name matches the query's words,
 * then by id. Only the names decide the order, never an engine's own score (Lucene's and MiniSearch's differ), so
 * both stores answer a search alike.
 */
export function rankSearchHits(text: string, candidates: SearchCandidate[], limit: number): SearchHit[] {
  const query = fold(text);
  const queryWords = query.split(' ').filter((w) => w.length > 0);
  const rank = (c: SearchCandidate): { tier: number; close: number } => {
    const names = c.names.map(fold);
    const close = closeness(queryWords, [...names, ...c.acronyms.map(fold)]);
    if (c.acronyms.some((a) => fold(a) === query)) return { tier: 3, close };
    if (names.some((n) => n === query)) return { tier: 2, close };
    if (names.some((n) => ` ${n} `.includes(` ${query} `))) return { tier: 1, close };
    return { tier: 0, close };
  };
  return candidates
    .map((c) => ({ c, ...rank(c) }))
    .sort((a, b) => b.tier - a.tier || b.close - a.close || a.c.id.localeCompare(b.c.id))
    .slice(0, limit)
    .map(({ c, tier, close }) => ({ id: c.id, kind: c.kind, score: Math.round((tier + close) * 1000) / 1000 }));
}
