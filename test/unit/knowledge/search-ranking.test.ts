import {
  allowedEdits,
  editDistance,
  rankSearchHits,
  type SearchCandidate,
} from '../../../server/knowledge/search-ranking';

const candidate = (id: string, names: string[], acronyms: string[] = []): SearchCandidate => ({
  id,
  kind: 'organization',
  names,
  acronyms,
});
const ranked = (text: string, candidates: SearchCandidate[], limit = 10) =>
  rankSearchHits(text, candidates, limit).map((h) => [h.id, h.score]);

describe('editDistance and allowedEdits', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('motamasin', 'motamasn')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('plbn', 'plbn')).toBe(0);
  });

  it('allows no edit below 3 letters, one below 8, two from 8', () => {
    expect([2, 3, 7, 8].map((n) => allowedEdits('x'.repeat(n)))).toEqual([0, 1, 1, 2]);
  });
});

describe('rankSearchHits', () => {
  it('ranks an exact acronym, then an exact name, then whole words, then close words, whatever the input order', () => {
    const candidates = [
      candidate('close', ['Plbm Something']),
      candidate('words', ['Pos PLBN Motaain']),
      candidate('name', ['PLBN']),
      candidate('acronym', ['Pos Lintas Batas Negara'], ['PLBN']),
    ];
    expect(ranked('plbn', candidates)).toEqual([
      ['acronym', 4],
      ['name', 3],
      ['words', 2],
      ['close', 0.45], // one edit in four letters: 0.6 * (1 - 1/4)
    ]);
  });

  it('scores a word the query begins at 0.8, and a word too many edits away at 0', () => {
    expect(ranked('kefa', [candidate('a', ['Kefamenanu']), candidate('b', ['Atambua'])])).toEqual([
      ['a', 0.8],
      ['b', 0],
    ]);
  });

  it('averages the closeness of each query word over the best name', () => {
    const hits = ranked('tapen bikomi', [candidate('a', ['Other', 'Yayasan Tapen Bikomo'])]);
    // tapen: 1; bikomi -> bikomo: one edit in six letters, 0.6 * (1 - 1/6) = 0.5; average 0.75
    expect(hits).toEqual([['a', 0.75]]);
  });

  it('folds case, accents and punctuation before comparing', () => {
    expect(ranked('TAPEN bikómi', [candidate('folded', ['Yayasan Tapen-Bikomi'])])).toEqual([['folded', 2]]);
  });

  it('matches whole words only for the words tier', () => {
    expect(ranked('plb', [candidate('part', ['PLBN Motaain'])])).toEqual([['part', 0.8]]);
  });

  it('breaks ties by closeness, then by id', () => {
    const candidates = [candidate('b', ['Dinas X']), candidate('a', ['Dinas Y']), candidate('c', ['Dinas'])];
    expect(rankSearchHits('dinas sosial', candidates, 10).map((h) => h.id)).toEqual(['a', 'b', 'c']);
    expect(ranked('dinas sosial', [candidate('z', ['Dinas Sosial TTU']), candidate('y', ['Dinas Sosia'])])).toEqual([
      ['z', 2],
      ['y', 0.75], // dinas: 1; sosial -> sosia: one edit in six letters, 0.5; average 0.75
    ]);
  });

  it('keeps at most limit hits, with their kind', () => {
    const hits = rankSearchHits('b', [candidate('a', ['a']), candidate('b', ['b'])], 1);
    expect(hits).toEqual([{ id: 'b', kind: 'organization', score: 3 }]);
  });

  it('answers nothing for no candidates', () => {
    expect(rankSearchHits('q', [], 10)).toEqual([]);
  });
});
