/**
 * The domain model. The record types of records/ are the domain's entities (one truth for curators, stores and API);
 * this file adds what queries return. Nothing here knows about GraphQL or Neo4j.
 */
import type { Article, Gap, Instrument, Mandate, Partnership } from './records';

export * from './records';

export type Citation = Mandate['sources'][number];

/** An article together with the instrument it belongs to. */
export interface ArticleOfInstrument {
  article: Article;
  instrumentId: string;
}

/** How a mandate's place relates to the place asked about. */
export type Scope = 'local' | 'fromAbove' | 'within';

/** A mandate that applies to the place (and day) a query asked about. */
export interface Responsibility {
  mandate: Mandate;
  scope: Scope;
}

export interface StepCoverage {
  stepId: string;
  responsibilities: Responsibility[];
}

export interface Coverage {
  placeId: string;
  asOf: string;
  /** Every step of the vocabulary except the four pillars, in vocabulary order. */
  steps: StepCoverage[];
  /** Documented gaps for the place, for places within it, and for the places above it. */
  gaps: { gap: Gap; scope: Scope }[];
}

export type { SearchHit } from './search-ranking';
export type { SearchHitKind } from './search-documents';

export interface CandidatePartner {
  organizationId: string;
  /** The candidate's mandates that make it a candidate (same step, overlapping place). */
  mandates: Mandate[];
}

export interface Partners {
  existing: Partnership[];
  candidates: CandidatePartner[];
}

export interface InstrumentRelations {
  outgoing: (Instrument['relations'] & object)[number][];
  /** Relations other instruments have to this one, with the other instrument's id. */
  incoming: ((Instrument['relations'] & object)[number] & { source: string })[];
}

/** Keyset page request: items after the key `after` (exclusive), at most `first`. */
export interface PageRequest {
  after?: string;
  first: number;
}
