import { readFileSync } from 'fs';
import { join } from 'path';
import { load } from 'js-yaml';
import type { KnowledgeStore } from '../../server/knowledge/knowledge-store.port';

/** One query of ranking-queries.yaml: the record it must find, in the top three or first. */
export interface RankingQuery {
  query: string;
  expect: string;
  first?: boolean;
}

export const RANKING_QUERIES = load(readFileSync(join(__dirname, 'ranking-queries.yaml'), 'utf8')) as RankingQuery[];

/**
 * The committed ranking queries, run against a store: each expected record is among the first three hits, and first
 * for exact names, acronyms and citations. Part of the store contract, so both stores must pass it.
 */
export function describeSearchRanking(getStore: () => KnowledgeStore) {
  describe('search ranking (test/search/ranking-queries.yaml)', () => {
    it.each(RANKING_QUERIES.map((q) => [String(q.query), q] as const))('"%s" finds its record', async (_, q) => {
      const hits = await getStore().search(String(q.query), 10);
      const top = hits.slice(0, q.first ? 1 : 3).map((h) => h.id);
      expect({ query: q.query, top }).toEqual({ query: q.query, top: expect.arrayContaining([q.expect]) });
    });
  });
}
