import { SEARCHABLE_KINDS, type SearchHit } from '../../knowledge/model';
import { toSearchDocument } from '../../knowledge/search-documents';
import { allowedEdits, rankSearchHits, SearchCandidate } from '../../knowledge/search-ranking';
import { defineStatement, Statement } from './cypher-gateway';
import { asString, parseJson, Reader } from './cypher-fragments';

/**
 * Search: the `entityNames` full-text index finds candidates, tolerant of typos and prefixes; the ranking every store
 * shares (server/knowledge/search-ranking.ts) orders them, so both stores answer a search alike.
 */
export const SEARCH_STATEMENTS = {
  search: defineStatement(
    'search',
    `
CALL db.index.fulltext.queryNodes('entityNames', $query) YIELD node, score
RETURN node.json AS json, CASE
  WHEN node:TaskForce THEN 'taskForce' WHEN node:Organization THEN 'organization'
  WHEN node:Instrument THEN 'instrument' WHEN node:Place THEN 'place' ELSE 'step' END AS kind
ORDER BY score DESC, node.id
LIMIT toInteger($candidateLimit)`,
  ),
} satisfies Record<string, Statement>;

/** Characters Lucene's query parser treats as syntax; `&&` and `||` are covered by escaping each `&` and `|`. */
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

export const escapeLucene = (term: string): string => term.replace(LUCENE_SPECIAL, '\\$&');

/** At most this many words of a query reach Lucene, which bounds the clauses of one search. */
const MAX_TERMS = 12;

/**
 * Turns user text into a Lucene query: each word matches exactly, as a prefix, or within a small edit distance (one
 * edit for 3 to 7 letters, two from 8, like MiniSearch's fuzzy 0.2 in the embedded store). Words are lowercased
 * because fuzzy and prefix terms bypass the analyzer, and escaped so no input can change the query's structure.
 * Returns null when the text holds no word.
 */
export function toLuceneQuery(text: string): string | null {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, MAX_TERMS);
  if (words.length === 0) return null;
  return words
    .map((word) => {
      const term = escapeLucene(word);
      const edits = allowedEdits(word);
      return edits === 0 ? `(${term} OR ${term}*)` : `(${term} OR ${term}* OR ${term}~${edits})`;
    })
    .join(' OR ');
}

/** The names and acronyms the shared ranking compares the query with: the core's search document of the record. */
export function toSearchCandidate(kind: SearchHit['kind'], record: unknown): SearchCandidate {
  return toSearchDocument(kind, record);
}

const KINDS: readonly SearchHit['kind'][] = SEARCHABLE_KINDS;

export async function search(read: Reader, text: string, limit: number): Promise<SearchHit[]> {
  const query = toLuceneQuery(text);
  if (query === null || limit <= 0) return [];
  // Lucene's best candidates, well beyond the limit: the shared ranking re-orders them by their names.
  const rows = await read(SEARCH_STATEMENTS.search, { query, candidateLimit: Math.max(200, limit * 5) });
  const candidates = rows.map((row) => {
    const kind = asString(row.kind, 'search hit') as SearchHit['kind'];
    if (!KINDS.includes(kind)) throw new Error(`the Neo4j store returned a search hit of unknown kind "${kind}"`);
    return toSearchCandidate(kind, parseJson(row.json, 'search hit'));
  });
  return rankSearchHits(text, candidates, limit);
}
