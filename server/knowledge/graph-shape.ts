import type { InstrumentRelationType } from './records';

/**
 * The knowledge graph's shape, (from)-[type]->(to): one description for every store. The Neo4j store writes and
 * reads exactly these labels and relationship types (its Cypher lint test hands them to Neo4j's linter); the
 * embedded store keeps the part of it its queries walk.
 */
export const NODE_LABELS = [
  'Place',
  'Organization',
  'TaskForce',
  'Instrument',
  'Article',
  'Step',
  'Mandate',
  'ReferralPath',
  'ReferralStep',
  'Partnership',
  'Gap',
  'Statistic',
  'Disagreement',
  'KnownUnknown',
  'Finding',
  'Source',
  // The search documents (search-documents.ts) as the Neo4j store indexes them; no fact, no relationship.
  'SearchEntry',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

type GraphEdge = readonly [from: NodeLabel, type: string, to: NodeLabel];

/** Every fact-bearing node cites its sources (TaskForce is an extra label on Organization; Source is cited). */
const CITING = NODE_LABELS.filter((label) => label !== 'TaskForce' && label !== 'Source' && label !== 'SearchEntry');

/** How an instrument relation of the dataset is written as a relationship type. */
export const INSTRUMENT_RELATION_TYPES = {
  implements: 'IMPLEMENTS',
  amends: 'AMENDS',
  succeeds: 'SUCCEEDS',
  supplements: 'SUPPLEMENTS',
  'based-on': 'BASED_ON',
} as const satisfies Record<InstrumentRelationType, string>;

/** The graph's shape, (from)-[type]->(to), as it reads in Neo4j Browser. */
export const GRAPH_EDGES = [
  ['Place', 'PART_OF', 'Place'],
  ['Place', 'ON_ISLAND', 'Place'],
  ['Organization', 'PART_OF', 'Organization'],
  ['Organization', 'SERVES', 'Place'],
  ['Organization', 'LOCATED_IN', 'Place'],
  ['Organization', 'ESTABLISHED_BY', 'Instrument'],
  ['Organization', 'SUCCEEDS', 'Organization'],
  ['Organization', 'MEMBER_OF', 'Organization'],
  ['Organization', 'HAS_MANDATE', 'Mandate'],
  ['Organization', 'PARTY_TO', 'Partnership'],
  ['Mandate', 'ON_STEP', 'Step'],
  ['Mandate', 'APPLIES_IN', 'Place'],
  ['Mandate', 'BASED_ON', 'Instrument'],
  ['Mandate', 'BASED_ON', 'Article'],
  ['Instrument', 'HAS_ARTICLE', 'Article'],
  ['Instrument', 'ISSUED_BY', 'Organization'],
  ['Instrument', 'APPLIES_IN', 'Place'],
  ...Object.values(INSTRUMENT_RELATION_TYPES).map((type) => ['Instrument', type, 'Instrument'] as const),
  ['Step', 'PART_OF', 'Step'],
  ['ReferralPath', 'APPLIES_IN', 'Place'],
  ['ReferralPath', 'HAS_STEP', 'ReferralStep'],
  ['ReferralStep', 'ON_STEP', 'Step'],
  ['ReferralStep', 'ACTOR', 'Organization'],
  ['ReferralStep', 'NEXT', 'ReferralStep'],
  ['Partnership', 'ON_STEP', 'Step'],
  ['Partnership', 'APPLIES_IN', 'Place'],
  ['Gap', 'APPLIES_IN', 'Place'],
  ['Gap', 'CONCERNS', 'Organization'],
  ['Gap', 'ON_STEP', 'Step'],
  ['Statistic', 'APPLIES_IN', 'Place'],
  ['Statistic', 'REPORTED_BY', 'Organization'],
  ['KnownUnknown', 'APPLIES_IN', 'Place'],
  ['Finding', 'APPLIES_IN', 'Place'],
  ['Finding', 'ON_STEP', 'Step'],
  ...CITING.map((label) => [label, 'CITES', 'Source'] as const),
] as const satisfies readonly GraphEdge[];

export type RelationshipType = (typeof GRAPH_EDGES)[number][1];
