import { GRAPH_EDGES, INSTRUMENT_RELATION_TYPES, NODE_LABELS } from '../../../server/knowledge/graph-shape';

const cites = (label: string) =>
  GRAPH_EDGES.some(([from, type, to]) => from === label && type === 'CITES' && to === 'Source');

describe('the graph shape', () => {
  it('lets every fact-bearing label cite its sources, and only those', () => {
    const citing = NODE_LABELS.filter(cites);
    expect(citing).toEqual(NODE_LABELS.filter((l) => !['TaskForce', 'Source', 'SearchEntry'].includes(l)));
    expect(citing).toContain('Mandate');
    expect(citing).not.toContain('SearchEntry');
  });

  it('writes each instrument relation as a relationship between instruments', () => {
    for (const type of Object.values(INSTRUMENT_RELATION_TYPES)) {
      expect(GRAPH_EDGES).toContainEqual(['Instrument', type, 'Instrument']);
    }
    expect(Object.keys(INSTRUMENT_RELATION_TYPES)).toHaveLength(5);
  });

  it('uses only labels it declares', () => {
    const labels = new Set<string>(NODE_LABELS);
    const undeclared = GRAPH_EDGES.flatMap(([from, , to]) => [from, to]).filter((l) => !labels.has(l));
    expect(undeclared).toEqual([]);
    expect(GRAPH_EDGES.length).toBeGreaterThan(30);
  });
});
