import { DATASET_SCHEMAS, type RecordKind } from '../../server/knowledge/records';

export { emptyDataset, factRecordsOf } from '../../server/knowledge/records';
export type { Dataset, RecordKind } from '../../server/knowledge/records';

/**
 * Where each record kind of the core lives in the dataset: a folder `seed/data/<folder>/` of YAML files, each file a
 * list of records of that kind; curators may split a kind over as many files as reads well (by level, by source,
 * by area).
 */
const FOLDERS: Record<RecordKind, string> = {
  sources: 'sources',
  places: 'places',
  organizations: 'organizations',
  instruments: 'instruments',
  steps: 'steps',
  memberships: 'memberships',
  mandates: 'mandates',
  referralPaths: 'referral-paths',
  partnerships: 'partnerships',
  gaps: 'gaps',
  statistics: 'statistics',
  disagreements: 'disagreements',
  knownUnknowns: 'known-unknowns',
  findings: 'findings',
};

export const RECORD_KINDS = Object.fromEntries(
  Object.entries(DATASET_SCHEMAS).map(([kind, schema]) => [kind, { folder: FOLDERS[kind as RecordKind], schema }]),
) as { [K in RecordKind]: { folder: string; schema: (typeof DATASET_SCHEMAS)[K] } };
