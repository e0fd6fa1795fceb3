/**
 * The pieces of the peer's queries that encode our rules, in `@neo4j/graphql` 7's generated API.
 *
 * That API has no variable-length paths. Steps nest one level under a pillar in the dataset, so "the step or under
 * it" is spelt out to that depth (a developer must raise it by hand if the vocabulary deepens; our Cypher uses
 * `*0..`). Places nest five levels through PART_OF or ON_ISLAND, and spelling that out did not work: as a `where`
 * filter (the area, or a place reachable from it up or down, is the place) a request took 30 to 170 s, because Neo4j
 * runs the nested EXISTS tests per candidate node; as a selection nested five levels up and down (2^5 chains each
 * way) a request did not answer within 5 minutes, the generated Cypher being hundreds of subqueries. So the peer's
 * schema has one hand-written `@cypher` field, `Place.around`, and the queries select from it.
 */

export const STEP_DEPTH = 1;

/** Valid on the day $asOf (inside a `where: { AND: [...] }`): a missing start or end is open, as in validOnAsOf. */
export const VALID_ON_AS_OF =
  '{ OR: [{ validFromStart: { eq: null } }, { validFromStart: { lte: $asOf } }] }, ' +
  '{ OR: [{ validToEnd: { eq: null } }, { validToEnd: { gte: $asOf } }] }';

/** A StepWhere: the step with id $step or under it. */
export function stepOrUnder(depth = STEP_DEPTH): string {
  return depth === 0
    ? '{ id: { eq: $step } }'
    : `{ OR: [{ id: { eq: $step } }, { partOf: { some: ${stepOrUnder(depth - 1)} } }] }`;
}
