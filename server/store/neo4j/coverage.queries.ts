import type { CandidatePartner, Coverage, Gap, Mandate, Partners, Partnership } from '../../knowledge/model';
import { defineStatement, Statement } from './cypher-gateway';
import {
  asString,
  isAround,
  isUnderStep,
  parseJson,
  Reader,
  toScope,
  validOnAsOf,
  withScope,
} from './cypher-fragments';

/** The two questions that look at an organisation's or a place's whole neighbourhood, one statement each. */
export const COVERAGE_STATEMENTS = {
  /*
   * existing: the organisation's partnerships, on the step or under it when a step is given, and touching the place
   *   (no area, or an area around it) when a place is given.
   * candidates: mandates valid on $asOf of organisations that are neither it nor already its partners, on the step or
   *   under it (else on a step one of its own mandates valid on $asOf is on), in a place around $placeId (default:
   *   its area; no place restriction when it has none). One row per mandate, sorted by organisation then mandate id.
   */
  findPartners: defineStatement(
    'findPartners',
    `
MATCH (org:Organization {id: $organizationId})
OPTIONAL MATCH (given:Place {id: $placeId})
OPTIONAL MATCH (org)-[:SERVES]->(home:Place)
WITH org, given, CASE WHEN $placeId IS NULL THEN home ELSE given END AS place,
  ($placeId IS NULL AND home IS NULL) AS anywhere
RETURN
  COLLECT {
    MATCH (org)-[:PARTY_TO]->(p:Partnership)
    WHERE ($stepId IS NULL OR EXISTS { MATCH (p)-[:ON_STEP]->(step:Step) WHERE ${isUnderStep('step')} })
      AND ($placeId IS NULL OR NOT EXISTS { (p)-[:APPLIES_IN]->(:Place) }
        OR EXISTS { MATCH (p)-[:APPLIES_IN]->(area:Place) WHERE ${isAround('area', 'given')} })
    RETURN p.json ORDER BY p.id
  } AS existing,
  COLLECT {
    MATCH (other:Organization)-[:HAS_MANDATE]->(m:Mandate)-[:ON_STEP]->(step:Step)
    WHERE other <> org
      AND NOT EXISTS { (org)-[:PARTY_TO]->(:Partnership)<-[:PARTY_TO]-(other) }
      AND ${validOnAsOf('m')}
      AND (($stepId IS NOT NULL AND ${isUnderStep('step')})
        OR ($stepId IS NULL AND EXISTS {
          MATCH (org)-[:HAS_MANDATE]->(own:Mandate)-[:ON_STEP]->(step) WHERE ${validOnAsOf('own')} }))
      AND (anywhere OR EXISTS { MATCH (m)-[:APPLIES_IN]->(area:Place) WHERE ${isAround('area', 'place')} })
    RETURN {organizationId: other.id, json: m.json} AS candidate ORDER BY other.id, m.id
  } AS candidates`,
  ),

  /*
   * Every step but the pillars in vocabulary order (collect keeps the order of the sorted rows), each with the
   * mandates on exactly that step valid on $asOf around the place (by scope, then id); and the gaps around the place
   * (by scope, then id). One row, even for an unknown place. Subqueries are not nested: the linter cannot see into a
   * COLLECT inside a COLLECT.
   */
  findCoverage: defineStatement(
    'findCoverage',
    `
OPTIONAL MATCH (place:Place {id: $placeId})
MATCH (step:Step)-[:PART_OF]->(:Step)
WITH place, step, COLLECT {
  MATCH (m:Mandate)-[:ON_STEP]->(step)
  WHERE ${validOnAsOf('m')}
  MATCH (m)-[:APPLIES_IN]->(area:Place)
  ${withScope('m', 'area', 'place')}
  RETURN {json: m.json, scope: scope} ORDER BY scope, m.id
} AS responsibilities
ORDER BY step.order
WITH place, collect({stepId: step.id, responsibilities: responsibilities}) AS steps
RETURN steps, COLLECT {
  MATCH (gap:Gap)-[:APPLIES_IN]->(area:Place)
  ${withScope('gap', 'area', 'place')}
  RETURN {json: gap.json, scope: scope} ORDER BY scope, gap.id
} AS gaps`,
  ),
} satisfies Record<string, Statement>;

interface ScopedJson {
  json: unknown;
  scope: unknown;
}

export async function findPartners(
  read: Reader,
  query: { organizationId: string; stepId?: string; placeId?: string; asOf: string },
): Promise<Partners> {
  const [row] = await read(COVERAGE_STATEMENTS.findPartners, {
    organizationId: query.organizationId,
    stepId: query.stepId ?? null,
    placeId: query.placeId ?? null,
    asOf: query.asOf,
  });
  if (row === undefined) return { existing: [], candidates: [] };
  const candidates: CandidatePartner[] = [];
  for (const { organizationId, json } of row.candidates as { organizationId: unknown; json: unknown }[]) {
    const id = asString(organizationId, 'candidate partner');
    const mandate = parseJson<Mandate>(json, 'mandate');
    // Rows arrive sorted by organisation, so each candidate's mandates are consecutive.
    const last = candidates[candidates.length - 1];
    if (last?.organizationId === id) last.mandates.push(mandate);
    else candidates.push({ organizationId: id, mandates: [mandate] });
  }
  return {
    existing: (row.existing as unknown[]).map((json) => parseJson<Partnership>(json, 'partnership')),
    candidates,
  };
}

export async function findCoverage(read: Reader, query: { placeId: string; asOf: string }): Promise<Coverage> {
  const [row] = await read(COVERAGE_STATEMENTS.findCoverage, { placeId: query.placeId, asOf: query.asOf });
  const steps = (row?.steps ?? []) as { stepId: unknown; responsibilities: ScopedJson[] }[];
  const gaps = (row?.gaps ?? []) as ScopedJson[];
  return {
    placeId: query.placeId,
    asOf: query.asOf,
    steps: steps.map((entry) => ({
      stepId: asString(entry.stepId, 'step'),
      responsibilities: entry.responsibilities.map((r) => ({
        mandate: parseJson<Mandate>(r.json, 'mandate'),
        scope: toScope(r.scope),
      })),
    })),
    gaps: gaps.map((g) => ({ gap: parseJson<Gap>(g.json, 'gap'), scope: toScope(g.scope) })),
  };
}
