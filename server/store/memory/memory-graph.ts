import { MultiDirectedGraph } from 'graphology';
import type { Dataset } from '../../knowledge/model';

/**
 * The embedded store's engine: the same property graph the Neo4j store holds (same relationship types), kept in a
 * graphology multigraph. Queries walk relationships instead of scanning record lists, so both stores answer the same
 * questions the same way.
 */
export type RelType =
  | 'PART_OF'
  | 'ON_ISLAND'
  | 'SERVES'
  | 'HAS_MANDATE'
  | 'ON_STEP'
  | 'APPLIES_IN'
  | 'BASED_ON'
  | 'MEMBER_OF'
  | 'PARTY_TO'
  | 'ISSUED_BY'
  | 'CONCERNS';

/** Nodes carry no attributes: the graph is the topology; the store keeps the records by id beside it. */
export type NodeAttributes = Record<string, never>;

export interface EdgeAttributes {
  type: RelType;
  /** For MEMBER_OF: the membership's id (a membership is a relationship, as in Neo4j). */
  id?: string;
}

export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export function buildGraph(dataset: Dataset): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  const node = (id: string) => graph.addNode(id);
  const edge = (from: string | undefined, type: RelType, to: string | undefined, id?: string) => {
    if (from !== undefined && to !== undefined && graph.hasNode(from) && graph.hasNode(to)) {
      graph.addDirectedEdge(from, to, id === undefined ? { type } : { type, id });
    }
  };

  for (const p of dataset.places) node(p.id);
  for (const s of dataset.steps) node(s.id);
  for (const o of dataset.organizations) node(o.id);
  for (const i of dataset.instruments) {
    node(i.id);
    for (const a of i.articles ?? []) node(a.id);
  }
  for (const m of dataset.mandates) node(m.id);
  for (const p of dataset.partnerships) node(p.id);
  for (const g of dataset.gaps) node(g.id);
  for (const p of dataset.referralPaths) node(p.id);

  for (const p of dataset.places) {
    edge(p.id, 'PART_OF', p.parent);
    edge(p.id, 'ON_ISLAND', p.island);
  }
  for (const s of dataset.steps) edge(s.id, 'PART_OF', s.parent);
  for (const o of dataset.organizations) {
    edge(o.id, 'PART_OF', o.parent);
    edge(o.id, 'SERVES', o.area);
  }
  for (const i of dataset.instruments) edge(i.id, 'ISSUED_BY', i.issuer);
  for (const m of dataset.memberships) edge(m.member, 'MEMBER_OF', m.of, m.id);
  for (const m of dataset.mandates) {
    edge(m.organization, 'HAS_MANDATE', m.id);
    edge(m.id, 'ON_STEP', m.step);
    edge(m.id, 'APPLIES_IN', m.area);
    for (const b of m.legalBasis ?? []) edge(m.id, 'BASED_ON', b.article ?? b.instrument);
    for (const b of m.legalBasis ?? []) if (b.article !== undefined) edge(m.id, 'BASED_ON', b.instrument);
  }
  for (const p of dataset.partnerships) {
    for (const party of p.parties) edge(party, 'PARTY_TO', p.id);
    for (const s of p.steps ?? []) edge(p.id, 'ON_STEP', s);
    edge(p.id, 'APPLIES_IN', p.area);
  }
  for (const g of dataset.gaps) {
    edge(g.id, 'APPLIES_IN', g.area);
    for (const o of g.organizations ?? []) edge(g.id, 'CONCERNS', o);
    for (const s of g.steps ?? []) edge(g.id, 'ON_STEP', s);
  }
  for (const p of dataset.referralPaths) {
    edge(p.id, 'APPLIES_IN', p.area);
    for (const s of p.steps) edge(p.id, 'ON_STEP', s.step);
  }
  return graph;
}

/** Ids reached from `start` by following relationships of the given types, outwards or inwards, any depth. */
export function walk(graph: KnowledgeGraph, start: string, types: RelType[], direction: 'out' | 'in'): string[] {
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

/** Ids one relationship away. */
export function neighbours(graph: KnowledgeGraph, id: string, type: RelType, direction: 'out' | 'in'): string[] {
  if (!graph.hasNode(id)) return [];
  const found: string[] = [];
  const visit = (_e: string, attrs: EdgeAttributes, source: string, target: string) => {
    if (attrs.type === type) found.push(direction === 'out' ? target : source);
  };
  if (direction === 'out') graph.forEachOutEdge(id, visit);
  else graph.forEachInEdge(id, visit);
  return found;
}
