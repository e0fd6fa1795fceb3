/**
 * `npm run neo4j:profile`: runs every statement the Neo4j store sends under PROFILE on the database at NEO4J_URI
 * (seeded with `npm run seed`) and prints, per statement, the operators its plan starts from (index seek or scan),
 * its database hits and rows, and its time on the first run (planning included) and warm. A label scan or all-nodes scan is flagged; see
 * server/store/neo4j/README.md for what was seen and why the remaining scans are accepted.
 */
import neo4j, { ProfiledPlan } from 'neo4j-driver';
import { loadConfig } from '../server/config';
import { createNeo4jDriver } from '../server/store/neo4j/driver';
import { STORE_STATEMENTS } from '../server/store/neo4j/statements';
import { toLuceneQuery } from '../server/store/neo4j/search.queries';

/** Representative arguments: ids from the README's example queries. Unlisted parameters are null (filter unused). */
const EXAMPLE_PARAMS: Record<string, Record<string, unknown>> = {
  getKinds: { ids: ['gugus-tugas-ttu-2023', 'uu-21-2007-art-58', 'ttu', 'shelter', 'nothing'] },
  getOrganizations: { ids: ['polres-ttu', 'iom'] },
  getInstruments: { ids: ['uu-21-2007'] },
  getArticles: { ids: ['uu-18-2017-art-46'] },
  getMemberships: { ids: ['dinas-sosial-ttu-koordinator-sub-penanganan-2023'] },
  listMembershipsByMember: { ids: ['dinas-sosial-ttu'] },
  listMembershipsByGroup: { ids: ['gugus-tugas-ttu-2023-sub-penanganan'] },
  listChildOrganizations: { ids: ['gugus-tugas-ttu-2023'] },
  listMandatesByOrganization: { ids: ['dinas-sosial-ttu'] },
  listMandatesByInstrument: { ids: ['uu-18-2017'] },
  listPartnershipsByOrganization: { ids: ['yayasan-tapen-bikomi'] },
  listOrganizationsEstablishedBy: { ids: ['kepbup-ttu-126-2023'] },
  listInstrumentsByIssuer: { ids: ['pemkab-ttu'] },
  listDisagreementsBySubject: { ids: ['yayasan-tapen-bikomi'] },
  listChildPlaces: { ids: ['ttu'] },
  listInstrumentRelations: { ids: ['un-trafficking-protocol-2000'] },
  findOrganizations: { placeId: 'kupang-city', stepId: 'shelter', first: 50 },
  findInstruments: { kinds: ['law'], year: 2007, first: 10 },
  findReferralPaths: { placeId: 'ttu', stepId: 'criminal-prosecution' },
  findResponsibilities: { stepId: 'repatriation', placeId: 'ttu', asOf: '2024-01-01' },
  findPartners: { organizationId: 'yayasan-tapen-bikomi', asOf: '2024-01-01' },
  findCoverage: { placeId: 'sumba-island', asOf: '2024-01-01' },
  search: { query: toLuceneQuery('Tapenpah Bikomi'), candidateLimit: 200 },
};

const SCANS =
  /^(NodeByLabelScan|AllNodesScan|DirectedAllRelationshipsScan|UndirectedAllRelationshipsScan|DirectedRelationshipTypeScan|UndirectedRelationshipTypeScan)/;

interface PlanFacts {
  leaves: string[];
  dbHits: number;
}

function walk(plan: ProfiledPlan, facts: PlanFacts = { leaves: [], dbHits: 0 }): PlanFacts {
  facts.dbHits += plan.dbHits;
  const operator = plan.operatorType.replace(/@.*$/, '');
  if (plan.children.length === 0) {
    const details = String(plan.arguments.Details ?? '').slice(0, 70);
    facts.leaves.push(`${operator}${details ? ` ${details}` : ''}`);
  }
  for (const child of plan.children) walk(child, facts);
  return facts;
}

async function main(): Promise<void> {
  const config = loadConfig().neo4j;
  if (config === null) throw new Error('set NEO4J_URI (e.g. NEO4J_URI=bolt://127.0.0.1:7687) and seed it first');
  const driver = createNeo4jDriver(config);
  const session = driver.session({ database: config.database, defaultAccessMode: neo4j.session.READ });
  let flagged = 0;
  try {
    for (const statement of STORE_STATEMENTS) {
      const params = Object.fromEntries(
        statement.params.map((name) => [name, EXAMPLE_PARAMS[statement.name]?.[name] ?? null]),
      );
      const coldStart = process.hrtime.bigint();
      await session.run(statement.cypher, params); // first run: planned and cached; the profiled run below is warm
      const coldMs = Number(process.hrtime.bigint() - coldStart) / 1e6;
      const started = process.hrtime.bigint();
      const result = await session.run(`PROFILE ${statement.cypher}`, params);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const plan = result.summary.profile;
      if (!plan) throw new Error(`no profile for ${statement.name}`);
      const facts = walk(plan);
      const scans = facts.leaves.filter((leaf) => SCANS.test(leaf));
      flagged += scans.length > 0 ? 1 : 0;
      console.log(
        `${scans.length > 0 ? 'SCAN' : 'ok  '} ${statement.name.padEnd(31)} first ${coldMs.toFixed(0).padStart(5)} ms, warm ${ms.toFixed(1).padStart(6)} ms ` +
          `${String(facts.dbHits).padStart(7)} db hits ${String(result.records.length).padStart(4)} rows`,
      );
      for (const leaf of [...new Set(facts.leaves)]) console.log(`       starts from ${leaf}`);
    }
    console.log(`${STORE_STATEMENTS.length} statements profiled, ${flagged} with a label or all-nodes scan`);
  } finally {
    await session.close();
    await driver.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
