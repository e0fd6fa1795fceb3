import { editDistance, rankSearchHits, type SearchCandidate } from '../../../server/knowledge/search-ranking';

const candidate = (id: string, names: string[], acronyms: string[] = []): SearchCandidate => ({
  id,
  kind: 'organization',
  names,
  acronyms,
});
const rankedIds = (text: string, candidates: SearchCandidate[], limit = 10) =>
  rankSearchHits(text, candidates, limit).map((h) => h.id);

describe('rankSearchHits', () => {
  it('ranks an exact acronym, then an exact name, then whole words, then fuzzy matches', () => {
    const candidates = [
      candidate('fuzzy', ['Plbm Something']),
      candidate('words', ['Pos PLBN Motaain']),
      candidate('name', ['PLBN']),
      candidate('acronym', ['Pos Lintas Batas Negara'], ['PLBN']),
    ];
    expect(rankedIds('plbn', candidates)).toEqual(['acronym', 'name', 'words', 'fuzzy']);
  });

  it('folds case, accents and punctuation before comparing', () => {
    const candidates = [candidate('fuzzy', ['Other']), candidate('folded', ['Yayasan Tapen-Bikomi'])];
    expect(rankedIds('TAPEN bikómi', candidates)).toEqual(['folded', 'fuzzy']);
  });

  it('gives the whole-word tier to whole words only; a word the query only begins ranks below it', () => {
    const [part] = rankSearchHits('PLB', [candidate('other', ['Something']), candidate('part', ['PLBN Motaain'])], 10);
    expect(part.id).toBe('part');
    expect(part.score).toBeLessThan(1);
  });

  it('orders within a tier by how close a name is to the query, whatever order the engine found them in', () => {
    const found = [
      candidate('reading-corner', ['Motamasin Digital Reading Corner']),
      candidate('far', ['Motaain State Border Crossing Post']),
      candidate('exact', ['Motamasin']),
    ];
    const ranked = rankedIds('Motamasn', found);
    expect(ranked[0]).toBe('exact');
    expect(rankedIds('Motamasn', [...found].reverse())).toEqual(ranked);
  });

  it('breaks remaining ties by id, never by an engine score', () => {
    const candidates = [candidate('b', ['x']), candidate('a', ['y']), candidate('c', ['z'])];
    expect(rankedIds('q', candidates)).toEqual(['a', 'b', 'c']);
  });

  it('keeps at most limit hits, with their kind', () => {
    const hits = rankSearchHits('q', [candidate('b', ['b']), candidate('a', ['a'])], 1);
    expect(hits).toEqual([{ id: 'a', kind: 'organization', score: 0 }]);
  });

  it('scores the tier plus the closeness of the best name, to three decimals', () => {
    const hits = rankSearchHits('plbn', [candidate('a', ['PLBN']), candidate('b', ['Other'], ['PLBN'])], 10);
    expect(hits).toEqual([
      { id: 'b', kind: 'organization', score: 4 },
      { id: 'a', kind: 'organization', score: 3 },
    ]);
  });

  it('answers nothing for no candidates', () => {
    expect(rankSearchHits('q', [], 10)).toEqual([]);
  });
});

describe('editDistance', () => {
  it('counts the edits between two words', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('plbn', 'plb')).toBe(1);
    expect(editDistance('motamasin', 'motamasin')).toBe(0);
  });
});
