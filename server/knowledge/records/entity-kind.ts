import { isTaskForce, type Organization } from './organization';

/** What an id can name; `node(id)` answers with one of these. Add a kind here and the compiler lists what to extend. */
export const ENTITY_KINDS = [
  'organization',
  'taskForce',
  'instrument',
  'article',
  'place',
  'step',
  'membership',
  'mandate',
  'referralPath',
  'partnership',
  'gap',
  'statistic',
  'disagreement',
  'knownUnknown',
  'finding',
] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];

/** The kinds `search` finds by name. */
export const SEARCHABLE_KINDS = [
  'organization',
  'taskForce',
  'instrument',
  'place',
  'step',
] as const satisfies readonly EntityKind[];

export type SearchableKind = (typeof SEARCHABLE_KINDS)[number];

/** The kinds an organisation id can name (task forces are organisations too). */
export const ORGANIZATION_KINDS = ['organization', 'taskForce'] as const satisfies readonly EntityKind[];

export const entityKindOf = (o: Organization): 'organization' | 'taskForce' =>
  isTaskForce(o) ? 'taskForce' : 'organization';
