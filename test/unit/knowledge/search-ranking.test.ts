import { rankSearchHits, type SearchCandidate } from '../../../server/knowledge/search-ranking';

const candidate = (
  id: string,
  _formerEngineScore: number,
  names: string[],
  acronyms: string[] = [],
): SearchCandidate => ({
  id,
  kind: 'organization',
  names,
  acronyms,
});
const rankedIds = (text: string, candidates: SearchCandidate[], limit = 10) =>
  rankSearchHits(text, candidates, limit).map((h) => h.id);

describe('rankSearchHits', () => {
  it('ranks an exact acronym, then an exact name, then whole words, then fuzzy matches, whatever the engine said', () => {
    const candidates = [
      candidate('fuzzy', 90, ['Plbm Something']),
      candidate('words', 50, ['Pos PLBN Motaain']),
      candidate('name', 20, ['PLBN']),
      candidate('acronym', 1, ['Pos Lintas Batas Negara'], ['PLBN']),
    ];
    expect(rankedIds('plbn', candidates)).toEqual(['acronym', 'name', 'words', 'fuzzy']);
  });

  it('folds case, accents and punctuation before comparing', () => {
    const candidates = [candidate('fuzzy', 10, ['Other']), candidate('folded', 1, ['Yayasan Tapen-Bikomi'])];
    expect(rankedIds('TAPEN bikómi', candidates)).toEqual(['folded', 'fuzzy']);
  });

  it('matches whole words only, not part of a word', () => {
    const candidates = [candidate('part', 1, ['PLBN Motaain']), candidate('other', 2, ['Something'])];
    expect(rankedIds('PLB', candidates)).toEqual(['other', 'part']);
  });

  it('breaks ties by engine score, then by id', () => {
    const candidates = [candidate('b', 5, ['x']), candidate('a', 5, ['y']), candidate('c', 7, ['z'])];
    expect(rankedIds('q', candidates)).toEqual(['c', 'a', 'b']);
  });

  it('keeps at most limit hits, with their kind', () => {
    const hits = rankSearchHits('q', [candidate('a', 1, ['a']), candidate('b', 2, ['b'])], 1);
    expect(hits).toEqual([{ id: 'b', kind: 'organization', score: 1 }]);
  });

  it('scores the tier plus the engine score relative to the best, to three decimals', () => {
    const hits = rankSearchHits('plbn', [candidate('a', 3, ['PLBN']), candidate('b', 9, ['Other'], ['PLBN'])], 10);
    expect(hits).toEqual([
      { id: 'b', kind: 'organization', score: 4 },
      { id: 'a', kind: 'organization', score: 2.333 },
    ]);
  });

  it('does not inflate engine scores below 1', () => {
    expect(rankSearchHits('q', [candidate('a', 0.25, ['x'])], 10)[0].score).toBe(0.25);
  });

  it('answers nothing for no candidates', () => {
    expect(rankSearchHits('q', [], 10)).toEqual([]);
  });
});
