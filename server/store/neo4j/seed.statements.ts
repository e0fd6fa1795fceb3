import { defineStatement, Statement } from './cypher-gateway';
import { INSTRUMENT_RELATION_TYPES } from './graph-model';

/**
 * The seeder's Cypher. Each statement loads one batch of one record kind with `UNWIND $rows AS row MERGE …`:
 * - a record whose stored json equals the new one is left alone, so a second run changes nothing;
 * - a new or changed record gets its properties set, loses the relationships it owns and gets them again, so an edited
 *   reference (a new parent, a different step) leaves no stale relationship behind;
 * - a referenced node that is not loaded yet is MERGEd by id as a placeholder its own row fills in later, so the
 *   load order and the batch boundaries do not matter.
 * Row shapes are built in seed-rows.ts; single references travel as lists of zero or one id.
 */
const CHANGED = 'WITH n, row WHERE n.json IS NULL OR n.json <> row.json';
const dropOutgoing = (types: string) => `WITH n, row CALL (n) { MATCH (n)-[old:${types}]->() DELETE old }`;
const dropIncoming = (types: string) => `CALL (n) { MATCH ()-[old:${types}]->(n) DELETE old }`;
const linkTo = (field: string, type: string, label: string) =>
  `FOREACH (ref IN row.${field} | MERGE (target:${label} {id: ref}) MERGE (n)-[:${type}]->(target))`;
const linkFrom = (field: string, type: string, label: string) =>
  `FOREACH (ref IN row.${field} | MERGE (origin:${label} {id: ref}) MERGE (origin)-[:${type}]->(n))`;
const cites = (node = 'n', citations = 'row.citations') =>
  `FOREACH (c IN ${citations} | MERGE (source:Source {file: c.file}) ` +
  `MERGE (${node})-[:CITES {locator: c.locator, quote: c.quote}]->(source))`;
const mergeNode = (label: string) => `UNWIND $rows AS row MERGE (n:${label} {id: row.id})`;

const RELATION_TYPES = Object.values(INSTRUMENT_RELATION_TYPES).join('|');
const instrumentRelations = Object.entries(INSTRUMENT_RELATION_TYPES)
  .map(
    ([kind, type]) =>
      `FOREACH (rel IN [r IN row.relations WHERE r.type = '${kind}'] | MERGE (target:Instrument {id: rel.target}) ` +
      `MERGE (n)-[e:${type}]->(target) SET e.json = rel.json, e.position = toInteger(rel.position))`,
  )
  .join('\n');

export const SEED_STATEMENTS = {
  sources: defineStatement(
    'seed sources',
    `
UNWIND $rows AS row MERGE (n:Source {file: row.file})
${CHANGED}
SET n.json = row.json`,
  ),

  places: defineStatement(
    'seed places',
    `
${mergeNode('Place')}
${CHANGED}
SET n.kind = row.kind, n.nameId = row.nameId, n.nameEn = row.nameEn, n.aliasesText = row.aliasesText, n.json = row.json
${dropOutgoing('PART_OF|ON_ISLAND|CITES')}
${linkTo('parent', 'PART_OF', 'Place')}
${linkTo('island', 'ON_ISLAND', 'Place')}
${cites()}`,
  ),

  steps: defineStatement(
    'seed steps',
    `
${mergeNode('Step')}
${CHANGED} OR n.order <> row.order
SET n.pillar = row.pillar, n.order = toInteger(row.order), n.nameId = row.nameId, n.nameEn = row.nameEn, n.json = row.json
${dropOutgoing('PART_OF|CITES')}
${linkTo('parent', 'PART_OF', 'Step')}
${cites()}`,
  ),

  organizations: defineStatement(
    'seed organizations',
    `
${mergeNode('Organization')}
${CHANGED}
SET n.kind = row.kind, n.level = row.level, n.nameId = row.nameId, n.nameEn = row.nameEn,
  n.acronymsText = row.acronymsText, n.aliasesText = row.aliasesText, n.json = row.json
REMOVE n:TaskForce
${dropOutgoing('PART_OF|SERVES|LOCATED_IN|ESTABLISHED_BY|SUCCEEDS|CITES')}
FOREACH (_ IN CASE WHEN row.isTaskForce THEN [1] ELSE [] END | SET n:TaskForce)
${linkTo('parent', 'PART_OF', 'Organization')}
${linkTo('area', 'SERVES', 'Place')}
${linkTo('location', 'LOCATED_IN', 'Place')}
${linkTo('establishedBy', 'ESTABLISHED_BY', 'Instrument')}
${linkTo('succeeds', 'SUCCEEDS', 'Organization')}
${cites()}`,
  ),

  instruments: defineStatement(
    'seed instruments',
    `
${mergeNode('Instrument')}
${CHANGED}
SET n.kind = row.kind, n.year = toInteger(row.year), n.nameId = row.nameId, n.nameEn = row.nameEn,
  n.aliasesText = row.aliasesText, n.json = row.json
${dropOutgoing(`ISSUED_BY|APPLIES_IN|${RELATION_TYPES}|CITES`)}
${linkTo('issuer', 'ISSUED_BY', 'Organization')}
${linkTo('jurisdiction', 'APPLIES_IN', 'Place')}
${instrumentRelations}
${cites()}`,
  ),

  // An article that moved to another instrument keeps its json, hence the second condition.
  articles: defineStatement(
    'seed articles',
    `
${mergeNode('Article')}
${CHANGED} OR NOT EXISTS { (:Instrument {id: row.instrumentId})-[:HAS_ARTICLE]->(n) }
SET n.number = row.number, n.json = row.json
${dropOutgoing('CITES')}
${dropIncoming('HAS_ARTICLE')}
MERGE (instrument:Instrument {id: row.instrumentId}) MERGE (instrument)-[:HAS_ARTICLE]->(n)
${cites()}`,
  ),

  // A membership is a relationship: a changed one is deleted and created again.
  memberships: defineStatement(
    'seed memberships',
    `
UNWIND $rows AS row
OPTIONAL MATCH (:Organization)-[old:MEMBER_OF {id: row.id}]->(:Organization)
WITH row, old WHERE old IS NULL OR old.json <> row.json
DELETE old
WITH row
MERGE (member:Organization {id: row.member})
MERGE (group:Organization {id: row.of})
CREATE (member)-[:MEMBER_OF {id: row.id, position: row.position, validFromStart: row.validFromStart,
  validToEnd: row.validToEnd, json: row.json}]->(group)`,
  ),

  mandates: defineStatement(
    'seed mandates',
    `
${mergeNode('Mandate')}
${CHANGED}
SET n.role = row.role, n.validFromStart = row.validFromStart, n.validToEnd = row.validToEnd, n.json = row.json
${dropOutgoing('ON_STEP|APPLIES_IN|BASED_ON|CITES')}
${dropIncoming('HAS_MANDATE')}
${linkFrom('organization', 'HAS_MANDATE', 'Organization')}
${linkTo('step', 'ON_STEP', 'Step')}
${linkTo('area', 'APPLIES_IN', 'Place')}
${linkTo('instruments', 'BASED_ON', 'Instrument')}
${linkTo('articles', 'BASED_ON', 'Article')}
${cites()}`,
  ),

  // A changed path gets its steps afresh: ReferralStep nodes belong to their path alone.
  referralPaths: defineStatement(
    'seed referral paths',
    `
${mergeNode('ReferralPath')}
${CHANGED}
SET n.json = row.json
${dropOutgoing('APPLIES_IN|CITES')}
CALL (n) { MATCH (n)-[:HAS_STEP]->(old:ReferralStep) DETACH DELETE old }
${linkTo('area', 'APPLIES_IN', 'Place')}
${cites()}
FOREACH (st IN row.steps |
  CREATE (n)-[:HAS_STEP]->(rs:ReferralStep {pathId: row.id, order: toInteger(st.order)})
  MERGE (step:Step {id: st.step}) CREATE (rs)-[:ON_STEP]->(step)
  FOREACH (ref IN st.actors | MERGE (actor:Organization {id: ref}) CREATE (rs)-[:ACTOR]->(actor))
  ${cites('rs', 'st.citations')})
WITH n
CALL (n) {
  MATCH (n)-[:HAS_STEP]->(a:ReferralStep), (n)-[:HAS_STEP]->(b:ReferralStep) WHERE b.order = a.order + 1
  CREATE (a)-[:NEXT]->(b)
}`,
  ),

  partnerships: defineStatement(
    'seed partnerships',
    `
${mergeNode('Partnership')}
${CHANGED}
SET n.validFromStart = row.validFromStart, n.validToEnd = row.validToEnd, n.json = row.json
${dropOutgoing('ON_STEP|APPLIES_IN|CITES')}
${dropIncoming('PARTY_TO')}
${linkFrom('parties', 'PARTY_TO', 'Organization')}
${linkTo('steps', 'ON_STEP', 'Step')}
${linkTo('area', 'APPLIES_IN', 'Place')}
${cites()}`,
  ),

  gaps: defineStatement(
    'seed gaps',
    `
${mergeNode('Gap')}
${CHANGED}
SET n.json = row.json
${dropOutgoing('APPLIES_IN|CONCERNS|ON_STEP|CITES')}
${linkTo('area', 'APPLIES_IN', 'Place')}
${linkTo('organizations', 'CONCERNS', 'Organization')}
${linkTo('steps', 'ON_STEP', 'Step')}
${cites()}`,
  ),

  statistics: defineStatement(
    'seed statistics',
    `
${mergeNode('Statistic')}
${CHANGED}
SET n.json = row.json
${dropOutgoing('APPLIES_IN|REPORTED_BY|CITES')}
${linkTo('place', 'APPLIES_IN', 'Place')}
${linkTo('reportedBy', 'REPORTED_BY', 'Organization')}
${cites()}`,
  ),

  knownUnknowns: defineStatement(
    'seed known unknowns',
    `
${mergeNode('KnownUnknown')}
${CHANGED}
SET n.json = row.json
${dropOutgoing('APPLIES_IN|CITES')}
${linkTo('area', 'APPLIES_IN', 'Place')}
${cites()}`,
  ),

  findings: defineStatement(
    'seed findings',
    `
${mergeNode('Finding')}
${CHANGED}
SET n.json = row.json
${dropOutgoing('APPLIES_IN|ON_STEP|CITES')}
${linkTo('area', 'APPLIES_IN', 'Place')}
${linkTo('steps', 'ON_STEP', 'Step')}
${cites()}`,
  ),

  disagreements: defineStatement(
    'seed disagreements',
    `
${mergeNode('Disagreement')}
${CHANGED}
SET n.subject = row.subject, n.json = row.json
${dropOutgoing('CITES')}
${cites()}`,
  ),

  // Search documents (server/knowledge/search-documents.ts): text for the full-text index, the document for ranking.
  searchEntries: defineStatement(
    'seed search entries',
    `
${mergeNode('SearchEntry')}
${CHANGED}
SET n.kind = row.kind, n.recordId = row.recordId, n.names = row.names, n.acronyms = row.acronyms,
  n.descriptors = row.descriptors, n.texts = row.texts, n.nameKeys = row.nameKeys, n.json = row.json`,
  ),
} satisfies Record<string, Statement>;

export type SeedKind = keyof typeof SEED_STATEMENTS;
