import { MultiDirectedGraph } from 'graphology';
import type { RelationshipType } from '../../knowledge/graph-shape';
import type { Dataset } from '../../knowledge/model';

/**
 * The embedded store's engine: the part of the core's graph shape (server/knowledge/graph-shape.ts) that its queries
 * walk, kept in a graphology multigraph. Hierarchies (places within places and on islands, steps under steps) and
 * where mandates apply are walked here; everything else the store answers from its records, grouped by id.
 */
export type RelType = Extract<RelationshipType, 'PART_OF' | 'ON_ISLAND' | 'APPLIES_IN'>;

/** Nodes carry no attributes: the graph is the topology; the store keeps the records by id beside it. */
export type NodeAttributes = Record<string, never>;

export interface EdgeAttributes {
  type: RelType;
}

export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export function buildGraph(dataset: Dataset): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  const node = (id: string) => graph.addNode(id);
  const edge = (from: string | undefined, type: RelType, to: string | undefined) => {
    if (from !== undefined && to !== undefined && graph.hasNode(from) && graph.hasNode(to)) {
      graph.addDirectedEdge(from, to, { type });
    }
  };

  for (const p of dataset.places) node(p.id);
  for (const s of dataset.steps) node(s.id);
  for (const m of dataset.mandates) node(m.id);

  for (const p of dataset.places) {
    edge(p.id, 'PART_OF', p.parent);
    edge(p.id, 'ON_ISLAND', p.island);
  }
  for (const s of dataset.steps) edge(s.id, 'PART_OF', s.parent);
  for (const m of dataset.mandates) edge(m.id, 'APPLIES_IN', m.area);
  return graph;
}
/** Ids reached from `start` by following relationships of the given types, outwards or inwards, any depth. */
export function walk(graph: KnowledgeGraph, start: string, types: RelType[], direction: 'out' | 'in'): string[] {
  // An id the graph does not hold reaches nothing, as in Neo4j; graphology would throw instead.
  if (!graph.hasNode(start)) return [];
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const current = queue.shift() as string;
    const visit = (_e: string, attrs: EdgeAttributes, source: string, target: string) => {
      const next = direction === 'out' ? target : source;
      if (types.includes(attrs.type) && !seen.has(next) && next !== start) {
        seen.add(next);
        queue.push(next);
      }
    };
    if (direction === 'out') graph.forEachOutEdge(current, visit);
    else graph.forEachInEdge(current, visit);
  }
  return [...seen];
}
