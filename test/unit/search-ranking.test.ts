import { editDistance, rankSearchHits, SearchCandidate } from '../../server/knowledge/search-ranking';

const candidate = (id: string, names: string[], acronyms: string[] = []): SearchCandidate => ({
  id,
  kind: 'organization',
  names,
  acronyms,
});

describe('the shared search ranking', () => {
  it('counts edits between words', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('plbn', 'plb')).toBe(1);
    expect(editDistance('motamasin', 'motamasin')).toBe(0);
  });

  it('gives the same order whatever order the engine found the candidates in', () => {
    const found = [
      candidate('pocadi-motamasin', ['Motamasin Digital Reading Corner']),
      candidate('plbn-motamasin', ['Motamasin State Border Crossing Post'], ['PLBN Motamasin']),
      candidate('motamasin', ['Motamasin']),
    ];
    const ranked = rankSearchHits('Motamasn', found, 10).map((h) => h.id);
    expect(rankSearchHits('Motamasn', [...found].reverse(), 10).map((h) => h.id)).toEqual(ranked);
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
