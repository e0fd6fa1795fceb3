import { z } from 'zod';
import {
  Disagreement,
  Gap,
  Instrument,
  Mandate,
  Membership,
  Organization,
  Partnership,
  Place,
  ReferralPath,
  SourceDocument,
  Statistic,
  Step,
} from '../../server/knowledge/records/records';

/**
 * The record kinds of the dataset. Each kind is a folder `seed/data/<folder>/` of YAML files, each file a list of
 * records of that kind; curators may split a kind over as many files as reads well (by level, by source, by area).
 */
export const RECORD_KINDS = {
  sources: { folder: 'sources', schema: SourceDocument },
  places: { folder: 'places', schema: Place },
  organizations: { folder: 'organizations', schema: Organization },
  instruments: { folder: 'instruments', schema: Instrument },
  steps: { folder: 'steps', schema: Step },
  memberships: { folder: 'memberships', schema: Membership },
  mandates: { folder: 'mandates', schema: Mandate },
  referralPaths: { folder: 'referral-paths', schema: ReferralPath },
  partnerships: { folder: 'partnerships', schema: Partnership },
  gaps: { folder: 'gaps', schema: Gap },
  statistics: { folder: 'statistics', schema: Statistic },
  disagreements: { folder: 'disagreements', schema: Disagreement },
} as const;

export type RecordKind = keyof typeof RECORD_KINDS;

export type Dataset = { [K in RecordKind]: z.infer<(typeof RECORD_KINDS)[K]['schema']>[] };

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
];
