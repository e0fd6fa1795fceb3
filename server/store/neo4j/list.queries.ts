import type { Disagreement, Gap, Partnership, Statistic } from '../../knowledge/model';
import { defineStatement, Statement } from './cypher-gateway';
import { isUnderStep, parseJson, Reader } from './cypher-fragments';

/** The place node is $placeId or within it (by parent or island). */
const isWithinPlace = (area: string) => `EXISTS { (${area})-[:PART_OF|ON_ISLAND*0..]->(:Place {id: $placeId}) }`;

/**
 * The first-class lists (statistics, gaps, partnerships, disagreements), whole and sorted by id: they are small, and
 * the core filters by year and topic and pages them. Optional filters are `$x IS NULL OR …`.
 */
export const LIST_STATEMENTS = {
  findStatistics: defineStatement(
    'findStatistics',
    `
MATCH (n:Statistic)
WHERE $placeId IS NULL OR EXISTS { MATCH (n)-[:APPLIES_IN]->(area:Place) WHERE ${isWithinPlace('area')} }
RETURN n.json AS json
ORDER BY n.id`,
  ),
  findGaps: defineStatement(
    'findGaps',
    `
MATCH (n:Gap)
WHERE ($placeId IS NULL OR EXISTS { MATCH (n)-[:APPLIES_IN]->(area:Place) WHERE ${isWithinPlace('area')} })
  AND ($stepId IS NULL OR EXISTS { MATCH (n)-[:ON_STEP]->(step:Step) WHERE ${isUnderStep('step')} })
RETURN n.json AS json
ORDER BY n.id`,
  ),
  findPartnerships: defineStatement(
    'findPartnerships',
    `
MATCH (n:Partnership)
WHERE ($organizationId IS NULL OR EXISTS { (:Organization {id: $organizationId})-[:PARTY_TO]->(n) })
  AND ($placeId IS NULL OR EXISTS { MATCH (n)-[:APPLIES_IN]->(area:Place) WHERE ${isWithinPlace('area')} })
  AND ($stepId IS NULL OR EXISTS { MATCH (n)-[:ON_STEP]->(step:Step) WHERE ${isUnderStep('step')} })
RETURN n.json AS json
ORDER BY n.id`,
  ),
  listDisagreements: defineStatement('listDisagreements', 'MATCH (n:Disagreement) RETURN n.json AS json ORDER BY n.id'),
} satisfies Record<string, Statement>;

const parseAll = <T>(rows: { json?: unknown }[], what: string) => rows.map((row) => parseJson<T>(row.json, what));

export async function findStatistics(read: Reader, filter: { placeId?: string }): Promise<Statistic[]> {
  return parseAll(await read(LIST_STATEMENTS.findStatistics, { placeId: filter.placeId ?? null }), 'statistic');
}

export async function findGaps(read: Reader, filter: { placeId?: string; stepId?: string }): Promise<Gap[]> {
  const params = { placeId: filter.placeId ?? null, stepId: filter.stepId ?? null };
  return parseAll(await read(LIST_STATEMENTS.findGaps, params), 'gap');
}

export async function findPartnerships(
  read: Reader,
  filter: { organizationId?: string; placeId?: string; stepId?: string },
): Promise<Partnership[]> {
  const params = {
    organizationId: filter.organizationId ?? null,
    placeId: filter.placeId ?? null,
    stepId: filter.stepId ?? null,
  };
  return parseAll(await read(LIST_STATEMENTS.findPartnerships, params), 'partnership');
}

export async function listDisagreements(read: Reader): Promise<Disagreement[]> {
  return parseAll(await read(LIST_STATEMENTS.listDisagreements, {}), 'disagreement');
}
