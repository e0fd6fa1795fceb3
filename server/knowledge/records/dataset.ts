import type { z } from 'zod';
import { Disagreement } from './disagreement';
import { Finding } from './finding';
import { Gap } from './gap';
import { Instrument } from './instrument';
import { KnownUnknown } from './known-unknown';
import { Mandate } from './mandate';
import { Membership } from './membership';
import { Organization } from './organization';
import { Partnership } from './partnership';
import { Place } from './place';
import { ReferralPath } from './referral-path';
import { SourceDocument } from './source-document';
import { Statistic } from './statistic';
import { Step } from './step';

/** The collections the knowledge base is built from, each with the schema its records must satisfy. */
export const DATASET_SCHEMAS = {
  sources: SourceDocument,
  places: Place,
  organizations: Organization,
  instruments: Instrument,
  steps: Step,
  memberships: Membership,
  mandates: Mandate,
  referralPaths: ReferralPath,
  partnerships: Partnership,
  gaps: Gap,
  statistics: Statistic,
  disagreements: Disagreement,
  knownUnknowns: KnownUnknown,
  findings: Finding,
} as const;

export type RecordKind = keyof typeof DATASET_SCHEMAS;

export type Dataset = { [K in RecordKind]: z.infer<(typeof DATASET_SCHEMAS)[K]>[] };

/** A dataset with no records: what a schema needs to be built without data. */
export const emptyDataset = (): Dataset =>
  Object.fromEntries(Object.keys(DATASET_SCHEMAS).map((kind) => [kind, []])) as unknown as Dataset;

/** Every record that is a fact of its own (with basis and sources), across kinds. */
export const factRecordsOf = (d: Dataset) => [
  ...d.places,
  ...d.organizations,
  ...d.instruments,
  ...d.memberships,
  ...d.mandates,
  ...d.referralPaths,
  ...d.partnerships,
  ...d.gaps,
  ...d.statistics,
  ...d.knownUnknowns,
  ...d.findings,
];
