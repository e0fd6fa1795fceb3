import type { SearchDocument } from '../../server/knowledge/search-documents';
import { rankSearchHits, SearchCandidate } from '../../server/knowledge/search-ranking';
import { editsWithin } from '../../server/knowledge/search-text';

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

describe('the shared search ranking', () => {
  it('counts edits between words, up to a bound', () => {
    expect(editsWithin('kitten', 'sitting', 3)).toBe(3);
    expect(editsWithin('', 'abc', 3)).toBe(3);
    expect(editsWithin('plbn', 'plb', 1)).toBe(1);
    expect(editsWithin('motamasin', 'motamasin', 0)).toBe(0);
    expect(editsWithin('kitten', 'sitting', 2)).toBe(Infinity);
  });

  it('gives the same order whatever order and score the engine found the candidates with', () => {
    const found = [
      candidate('pocadi-motamasin', ['Motamasin Digital Reading Corner'], [], 3),
      candidate('plbn-motamasin', ['Motamasin State Border Crossing Post'], ['PLBN Motamasin'], 2),
      candidate('motamasin', ['Motamasin'], [], 1),
    ];
    const ranked = rankSearchHits('Motamasn', found, 10).map((h) => h.id);
    const reversed = [...found].reverse().map((c, i) => ({ ...c, engineScore: i + 1 }));
    expect(rankSearchHits('Motamasn', reversed, 10).map((h) => h.id)).toEqual(ranked);
  });

  it('puts an exact acronym first, then an exact name, then closer names before looser ones', () => {
    const ranked = rankSearchHits(
      'plbn',
      [
        candidate('pas-lintas-batas', ['Pas Lintas Batas PLB']),
        candidate('plbn-wini', ['PLBN Wini border post']),
        candidate('plbn', ['State Border Crossing Post'], ['PLBN']),
      ],
      10,
    );
    expect(ranked.map((h) => h.id)).toEqual(['plbn', 'plbn-wini', 'pas-lintas-batas']);
  });
});
