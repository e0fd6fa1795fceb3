import type { Instrument } from '../../knowledge/model';

/**
 * The graph the Neo4j store reads and the seeder writes: the only labels, relationship types and properties its
 * Cypher may name. The Cypher lint test hands exactly these to Neo4j's linter, so a misspelt label, a property the
 * seeder never writes or a relationship in the wrong direction fails a unit test instead of silently matching nothing.
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
  'Source',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Labels whose nodes are keyed by a dataset id (Source is keyed by file, ReferralStep by path and order). */
export type IdLabel = Exclude<NodeLabel, 'TaskForce' | 'ReferralStep' | 'Source'>;
export const ID_LABELS = NODE_LABELS.filter(
  (label): label is IdLabel => label !== 'TaskForce' && label !== 'ReferralStep' && label !== 'Source',
);

type Edge = readonly [from: NodeLabel, type: string, to: NodeLabel];

/** Every fact-bearing node cites its sources (TaskForce is an extra label on Organization; Source is cited). */
const CITING = NODE_LABELS.filter((label) => label !== 'TaskForce' && label !== 'Source');

/** How an instrument relation of the dataset is written as a relationship type. */
export const INSTRUMENT_RELATION_TYPES = {
  implements: 'IMPLEMENTS',
  amends: 'AMENDS',
  succeeds: 'SUCCEEDS',
  supplements: 'SUPPLEMENTS',
  'based-on': 'BASED_ON',
} as const satisfies Record<NonNullable<Instrument['relations']>[number]['type'], string>;

/** The graph's shape, (from)-[type]->(to), as it reads in Neo4j Browser. */
export const GRAPH_EDGES: readonly Edge[] = [
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
  ...Object.values(INSTRUMENT_RELATION_TYPES).map((type): Edge => ['Instrument', type, 'Instrument']),
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
  ...CITING.map((label): Edge => [label, 'CITES', 'Source']),
];

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
] as const;

/** The full-text index `search` queries; its fields are written by the seeder from names, acronyms and aliases. */
export const ENTITY_NAMES_INDEX = 'entityNames';

/** Separates the entries of a list stored as one text property (aliases, acronyms): names never hold a newline. */
export const TEXT_LIST_SEPARATOR = '\n';
