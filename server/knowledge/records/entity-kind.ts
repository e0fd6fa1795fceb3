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

/**
 * What `search` finds: every kind of record, and the parts of records with text of their own (a task force's duties,
 * an instrument's penalties, a referral path's steps); see search-documents.ts.
 */
export const SEARCHABLE_KINDS = [...ENTITY_KINDS, 'duty', 'penalty', 'referralStep'] as const;

export type SearchableKind = (typeof SEARCHABLE_KINDS)[number];

/** The kinds an organisation id can name (task forces are organisations too). */
export const ORGANIZATION_KINDS = ['organization', 'taskForce'] as const satisfies readonly EntityKind[];

export const entityKindOf = (o: Organization): 'organization' | 'taskForce' =>
  isTaskForce(o) ? 'taskForce' : 'organization';
