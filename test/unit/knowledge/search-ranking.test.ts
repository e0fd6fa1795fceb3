import type { SearchDocument } from '../../../server/knowledge/search-documents';
import { rankSearchHits, type SearchCandidate } from '../../../server/knowledge/search-ranking';
import { allowedEdits, editsWithin } from '../../../server/knowledge/search-text';

const candidate = (id: string, names: string[], acronyms: string[] = [], engineScore = 1): SearchCandidate => {
  const document: SearchDocument = {
    id,
    kind: 'organization',
    recordId: id,
    ownerId: null,
    names,
    acronyms,
    descriptors: [],
    texts: [],
  };
  return { document, engineScore };
};
const rankedIds = (text: string, candidates: SearchCandidate[], limit = 10) =>
  rankSearchHits(text, candidates, limit).map((h) => h.id);

describe('editsWithin and allowedEdits', () => {
  it('counts insertions, deletions and substitutions up to the bound, Infinity beyond it', () => {
    expect(editsWithin('kitten', 'sitting', 3)).toBe(3);
    expect(editsWithin('kitten', 'sitting', 2)).toBe(Infinity);
    expect(editsWithin('motamasin', 'motamasn', 2)).toBe(1);
    expect(editsWithin('', 'abc', 3)).toBe(3);
    expect(editsWithin('abc', '', 3)).toBe(3);
    expect(editsWithin('plbn', 'plbn', 0)).toBe(0);
  });

  it('allows no edit below 3 letters, one below 8, two from 8', () => {
    expect([2, 3, 7, 8].map((n) => allowedEdits('x'.repeat(n)))).toEqual([0, 1, 1, 2]);
  });
});

describe('rankSearchHits', () => {
  it('ranks an exact acronym, then an exact name, then a name holding the phrase, then a close word, whatever the input order and engine score', () => {
    const candidates = [
      candidate('close', ['Plbm Something'], [], 9),
      candidate('words', ['Pos PLBN Motaain'], [], 7),
      candidate('name', ['PLBN'], [], 5),
      candidate('acronym', ['Pos Lintas Batas Negara'], ['PLBN'], 1),
    ];
    const expected = ['acronym', 'name', 'words', 'close'];
    expect(rankedIds('plbn', candidates)).toEqual(expected);
    expect(rankedIds('plbn', [...candidates].reverse())).toEqual(expected);
  });

  it('reports scores best first', () => {
    const scores = rankSearchHits(
      'plbn',
      [candidate('a', ['PLBN']), candidate('b', ['Pos PLBN Motaain']), candidate('c', ['Pos Lintas'], ['PLBN'])],
      10,
    ).map((h) => h.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    expect(new Set(scores).size).toBe(3);
  });

  it('matches a word the query begins, and drops a word too many edits away', () => {
    expect(rankedIds('kefa', [candidate('a', ['Kefamenanu']), candidate('b', ['Atambua'])])).toEqual(['a']);
  });

  it('folds case, accents and punctuation before comparing', () => {
    expect(rankedIds('TAPEN bikómi', [candidate('other', ['Tapen']), candidate('folded', ['Tapen-Bikomi'])])).toEqual([
      'folded',
      'other',
    ]);
  });

  it('breaks ties by id', () => {
    const candidates = [candidate('b', ['Dinas X']), candidate('a', ['Dinas Y']), candidate('c', ['Dinas Z'])];
    expect(rankedIds('dinas', candidates)).toEqual(['a', 'b', 'c']);
  });

  it('keeps at most limit hits, with their kind and the record they open', () => {
    const hits = rankSearchHits('b', [candidate('a', ['a']), candidate('b', ['b'])], 1);
    expect(hits).toEqual([expect.objectContaining({ id: 'b', kind: 'organization', recordId: 'b', ownerId: null })]);
  });

  it('answers nothing for no candidates', () => {
    expect(rankSearchHits('q', [], 10)).toEqual([]);
  });
});
