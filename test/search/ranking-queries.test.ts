import { realDataset } from '../support/real-dataset';
import { toSearchDocuments } from '../../server/knowledge/search-documents';
import { RANKING_QUERIES } from './search-ranking.contract';

/** The query list itself: big enough, each query once, each expected record one search can return. */
describe('the committed ranking queries', () => {
  it('hold at least 40 queries, none twice', () => {
    expect(RANKING_QUERIES.length).toBeGreaterThanOrEqual(40);
    const queries = RANKING_QUERIES.map((q) => String(q.query).toLowerCase());
    expect(new Set(queries).size).toBe(queries.length);
  });

  it('expect only records and parts of records that search can return', () => {
    const searchable = new Set(toSearchDocuments(realDataset()).map((d) => d.id));
    expect(RANKING_QUERIES.map((q) => q.expect).filter((id) => !searchable.has(id))).toEqual([]);
  });

  it('cover every kind of search hit but the vocabulary-only ones', () => {
    const kindOf = new Map(toSearchDocuments(realDataset()).map((d) => [d.id, d.kind]));
    const kinds = new Set(RANKING_QUERIES.map((q) => kindOf.get(q.expect)));
    const expected = ['organization', 'taskForce', 'instrument', 'article', 'place', 'step', 'membership'];
    const more = ['referralStep', 'partnership', 'gap', 'statistic', 'disagreement', 'duty', 'penalty', 'referralPath'];
    const unknowns = ['knownUnknown', 'finding'];
    expect([...kinds].sort()).toEqual(expect.arrayContaining([...expected, ...more, ...unknowns]));
  });
});
