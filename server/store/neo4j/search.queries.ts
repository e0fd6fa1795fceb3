import type { EntityKind, SearchHit } from '../../knowledge/model';
import type { SearchDocument } from '../../knowledge/search-documents';
import { rankSearchHits, SEARCH_CANDIDATE_LIMIT } from '../../knowledge/search-ranking';
import { allowedEdits, toEngineWords, toSearchKey } from '../../knowledge/search-text';
import { defineStatement, Statement } from './cypher-gateway';
import { asString, parseJson, Reader } from './cypher-fragments';
import { SEARCH_INDEX } from './graph-model';

/**
 * Search: the `searchEntries` full-text index over the core's search documents (written as :SearchEntry nodes by the
 * seeder) finds candidates, tolerant of typos and prefixes; the ranking every store shares
 * (server/knowledge/search-ranking.ts) orders them, so both stores answer a search alike.
 */
export const SEARCH_STATEMENTS = {
  search: defineStatement(
    'search',
    `
CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $query) YIELD node, score
RETURN node.json AS json, score
ORDER BY score DESC, node.id
LIMIT toInteger($candidateLimit)`,
  ),
  findByName: defineStatement(
    'findByName',
    `
MATCH (entry:SearchEntry) WHERE $key IN entry.nameKeys
RETURN entry.recordId AS id, entry.kind AS kind
ORDER BY entry.recordId`,
  ),
} satisfies Record<string, Statement>;

/** Characters Lucene's query parser treats as syntax; `&&` and `||` are covered by escaping each `&` and `|`. */
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

export const escapeLucene = (term: string): string => term.replace(LUCENE_SPECIAL, '\\$&');

/** At most this many words of a query reach Lucene, which bounds the clauses of one search. */
const MAX_TERMS = 12;

/**
 * Turns user text into a Lucene query: each word (and each word of its search key, so "Art. 58" also asks for
 * "pasal") matches exactly, as a prefix, or within a small edit distance (one edit for 3 to 7 letters, two from 8,
 * like MiniSearch's fuzzy 0.2 in the embedded store). Words are lowercased because fuzzy and prefix terms bypass the
 * analyzer, and escaped so no input can change the query's structure. Returns null when the text holds no word.
 */
export function toLuceneQuery(text: string): string | null {
  const words = toEngineWords(text, MAX_TERMS);
  if (words.length === 0) return null;
  return words
    .map((word) => {
      const term = escapeLucene(word);
      const edits = allowedEdits(word);
      return edits === 0 ? `(${term} OR ${term}*)` : `(${term} OR ${term}* OR ${term}~${edits})`;
    })
    .join(' OR ');
}

export async function search(read: Reader, text: string, limit: number): Promise<SearchHit[]> {
  const query = toLuceneQuery(text);
  if (query === null || limit <= 0) return [];
  const rows = await read(SEARCH_STATEMENTS.search, { query, candidateLimit: Math.max(SEARCH_CANDIDATE_LIMIT, limit) });
  const candidates = rows.map((row) => ({
    document: parseJson<SearchDocument>(row.json, 'search entry'),
    engineScore: Number(row.score),
  }));
  return rankSearchHits(text, candidates, limit);
}

export async function findByName(read: Reader, name: string): Promise<{ id: string; kind: EntityKind }[]> {
  const key = toSearchKey(name);
  if (key.length === 0) return [];
  const rows = await read(SEARCH_STATEMENTS.findByName, { key });
  return rows.map((row) => ({
    id: asString(row.id, 'name match'),
    kind: asString(row.kind, 'name match') as EntityKind,
  }));
}
