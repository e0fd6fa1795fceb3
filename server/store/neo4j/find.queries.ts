import type { Instrument, Organization, PageRequest, ReferralPath, Responsibility } from '../../knowledge/model';
import { defineStatement, Statement } from './cypher-gateway';
import { isAround, isUnderStep, parseJson, Reader, toScope, validOnAsOf, withScope } from './cypher-fragments';

/**
 * The filtered lists and the responsibility query. Optional filters are `$x IS NULL OR …`, so one statement (and one
 * cached plan) serves every combination; pages are keyset pages on id returning first + 1 rows.
 */
export const FIND_STATEMENTS = {
  findOrganizations: defineStatement(
    'findOrganizations',
    `
OPTIONAL MATCH (place:Place {id: $placeId})
MATCH (o:Organization)
WHERE ($after IS NULL OR o.id > $after)
  AND ($kinds IS NULL OR o.kind IN $kinds)
  AND ($levels IS NULL OR o.level IN $levels)
  AND ($placeId IS NULL OR EXISTS { MATCH (o)-[:SERVES]->(area:Place) WHERE ${isAround('area', 'place')} })
  AND ($stepId IS NULL OR EXISTS {
    MATCH (o)-[:HAS_MANDATE]->(:Mandate)-[:ON_STEP]->(step:Step) WHERE ${isUnderStep('step')} })
RETURN o.json AS json
ORDER BY o.id
LIMIT toInteger($first) + 1`,
  ),

  findInstruments: defineStatement(
    'findInstruments',
    `
MATCH (i:Instrument)
WHERE ($after IS NULL OR i.id > $after)
  AND ($kinds IS NULL OR i.kind IN $kinds)
  AND ($year IS NULL OR i.year = $year)
  AND ($issuerId IS NULL OR EXISTS { (i)-[:ISSUED_BY]->(:Organization {id: $issuerId}) })
RETURN i.json AS json
ORDER BY i.id
LIMIT toInteger($first) + 1`,
  ),

  findReferralPaths: defineStatement(
    'findReferralPaths',
    `
OPTIONAL MATCH (place:Place {id: $placeId})
MATCH (rp:ReferralPath)
WHERE ($placeId IS NULL OR EXISTS { MATCH (rp)-[:APPLIES_IN]->(area:Place) WHERE ${isAround('area', 'place')} })
  AND ($stepId IS NULL OR EXISTS {
    MATCH (rp)-[:HAS_STEP]->(:ReferralStep)-[:ON_STEP]->(step:Step) WHERE ${isUnderStep('step')} })
RETURN rp.json AS json
ORDER BY rp.id`,
  ),

  // Sorted by the mandate's step in vocabulary order, then scope (local, fromAbove, within), then mandate id. Starts
  // from the place's and the step's index seeks (an EXISTS test on the step scanned every :Step); steps form a tree,
  // so the variable-length PART_OF reaches the asked step by one path and no mandate comes twice.
  findResponsibilities: defineStatement(
    'findResponsibilities',
    `
MATCH (place:Place {id: $placeId})
MATCH (asked:Step {id: $stepId})
MATCH (m:Mandate)-[:ON_STEP]->(step:Step)-[:PART_OF*0..]->(asked)
WHERE ($asOf IS NULL OR ${validOnAsOf('m')})
MATCH (m)-[:APPLIES_IN]->(area:Place)
${withScope('m, step', 'area', 'place')}
RETURN m.json AS json, scope
ORDER BY step.order, scope, m.id`,
  ),
} satisfies Record<string, Statement>;

/** An empty list filters nothing, as in the embedded store (a client sending `kinds: []` means "any kind"). */
const listOrNull = <T>(values: readonly T[] | undefined): readonly T[] | null => (values?.length ? values : null);

export async function findOrganizations(
  read: Reader,
  filter: { kinds?: Organization['kind'][]; levels?: Organization['level'][]; placeId?: string; stepId?: string },
  page: PageRequest,
): Promise<Organization[]> {
  const rows = await read(FIND_STATEMENTS.findOrganizations, {
    kinds: listOrNull(filter.kinds),
    levels: listOrNull(filter.levels),
    placeId: filter.placeId ?? null,
    stepId: filter.stepId ?? null,
    after: page.after ?? null,
    first: page.first,
  });
  return rows.map((row) => parseJson<Organization>(row.json, 'organization'));
}

export async function findInstruments(
  read: Reader,
  filter: { kinds?: Instrument['kind'][]; year?: number; issuerId?: string },
  page: PageRequest,
): Promise<Instrument[]> {
  const rows = await read(FIND_STATEMENTS.findInstruments, {
    kinds: listOrNull(filter.kinds),
    year: filter.year ?? null,
    issuerId: filter.issuerId ?? null,
    after: page.after ?? null,
    first: page.first,
  });
  return rows.map((row) => parseJson<Instrument>(row.json, 'instrument'));
}

export async function findReferralPaths(
  read: Reader,
  query: { placeId?: string; stepId?: string },
): Promise<ReferralPath[]> {
  const rows = await read(FIND_STATEMENTS.findReferralPaths, {
    placeId: query.placeId ?? null,
    stepId: query.stepId ?? null,
  });
  return rows.map((row) => parseJson<ReferralPath>(row.json, 'referral path'));
}

export async function findResponsibilities(
  read: Reader,
  query: { stepId: string; placeId: string; asOf: string | null },
): Promise<Responsibility[]> {
  const rows = await read(FIND_STATEMENTS.findResponsibilities, {
    stepId: query.stepId,
    placeId: query.placeId,
    asOf: query.asOf,
  });
  return rows.map((row) => ({ mandate: parseJson(row.json, 'mandate'), scope: toScope(row.scope) }));
}
