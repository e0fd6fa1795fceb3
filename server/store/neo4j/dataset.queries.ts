import type { Dataset } from '../../knowledge/model';
import { defineStatement, Statement } from './cypher-gateway';
import { parseJson, Reader } from './cypher-fragments';

/** Each kind's records as stored JSON, in the port's order; memberships are the MEMBER_OF relationships. */
const KIND_PATTERNS: { [K in keyof Dataset]: string } = {
  sources: 'MATCH (n:Source) RETURN n.json ORDER BY n.file',
  places: 'MATCH (n:Place) RETURN n.json ORDER BY n.id',
  organizations: 'MATCH (n:Organization) RETURN n.json ORDER BY n.id',
  instruments: 'MATCH (n:Instrument) RETURN n.json ORDER BY n.id',
  steps: 'MATCH (n:Step) RETURN n.json ORDER BY n.order',
  memberships: 'MATCH (:Organization)-[n:MEMBER_OF]->(:Organization) RETURN n.json ORDER BY n.id',
  mandates: 'MATCH (n:Mandate) RETURN n.json ORDER BY n.id',
  referralPaths: 'MATCH (n:ReferralPath) RETURN n.json ORDER BY n.id',
  partnerships: 'MATCH (n:Partnership) RETURN n.json ORDER BY n.id',
  gaps: 'MATCH (n:Gap) RETURN n.json ORDER BY n.id',
  statistics: 'MATCH (n:Statistic) RETURN n.json ORDER BY n.id',
  disagreements: 'MATCH (n:Disagreement) RETURN n.json ORDER BY n.id',
  knownUnknowns: 'MATCH (n:KnownUnknown) RETURN n.json ORDER BY n.id',
  findings: 'MATCH (n:Finding) RETURN n.json ORDER BY n.id',
};

export const DATASET_KINDS = Object.keys(KIND_PATTERNS) as (keyof Dataset)[];

/** One statement, so the whole dataset is read in one transaction: a snapshot, even while a seed runs. */
export const DATASET_STATEMENTS = {
  readDataset: defineStatement(
    'readDataset',
    `RETURN ${DATASET_KINDS.map((kind) => `COLLECT { ${KIND_PATTERNS[kind]} } AS ${kind}`).join(',\n  ')}`,
  ),
} satisfies Record<string, Statement>;

export async function readDataset(read: Reader): Promise<Dataset> {
  const [row] = await read(DATASET_STATEMENTS.readDataset, {});
  const dataset: Partial<Record<keyof Dataset, unknown[]>> = {};
  for (const kind of DATASET_KINDS) dataset[kind] = (row[kind] as unknown[]).map((json) => parseJson(json, kind));
  return dataset as Dataset;
}
