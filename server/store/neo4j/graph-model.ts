import { GRAPH_EDGES, NODE_LABELS, type NodeLabel } from '../../knowledge/graph-shape';

export { GRAPH_EDGES, INSTRUMENT_RELATION_TYPES, NODE_LABELS } from '../../knowledge/graph-shape';
export type { NodeLabel } from '../../knowledge/graph-shape';

/**
 * The graph the Neo4j store reads and the seeder writes: the only labels, relationship types and properties its
 * Cypher may name (labels and relationship types from the core's server/knowledge/graph-shape.ts, properties here).
 * The Cypher lint test hands exactly these to Neo4j's linter, so a misspelt label, a property the seeder never
 * writes or a relationship in the wrong direction fails a unit test instead of silently matching nothing.
 */
/** Labels whose nodes are keyed by a dataset id (Source is keyed by file, ReferralStep by path and order). */
export type IdLabel = Exclude<NodeLabel, 'TaskForce' | 'ReferralStep' | 'Source'>;
export const ID_LABELS = NODE_LABELS.filter(
  (label): label is IdLabel => label !== 'TaskForce' && label !== 'ReferralStep' && label !== 'Source',
);

export const RELATIONSHIP_TYPES: readonly string[] = [...new Set(GRAPH_EDGES.map(([, type]) => type))];

/** Every property the seeder writes, on nodes and relationships. */
export const PROPERTY_KEYS = [
  'id',
  'kind',
  'level',
  'nameId',
  'nameEn',
  'acronymsText',
  'aliasesText',
  'json',
  'position',
  'validFromStart',
  'validToEnd',
  'role',
  'year',
  'number',
  'pillar',
  'order',
  'pathId',
  'subject',
  'file',
  'locator',
  'quote',
  'recordId',
  'names',
  'acronyms',
  'descriptors',
  'texts',
  'nameKeys',
] as const;

/** The full-text index `search` queries, over the :SearchEntry nodes the seeder writes from the core's documents. */
export const SEARCH_INDEX = 'searchEntries';

/** Separates the entries of a list stored as one text property (aliases, acronyms): names never hold a newline. */
export const TEXT_LIST_SEPARATOR = '\n';
