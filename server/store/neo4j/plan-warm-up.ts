import type { KnowledgeStore } from '../../knowledge/knowledge-store.port';

/**
 * Neo4j plans a statement the first time it sees it with a given set of parameter types (null counts as a type of
 * its own), and planning the larger statements takes hundreds of milliseconds, seconds on a busy machine: enough to
 * break the two-second answer on the first request after a start or a reseed. These calls make the server plan every
 * statement for the argument shapes the API sends (each optional filter alone, and none), so requests find the plan
 * cached. Unknown ids keep the calls cheap; only the parameter types matter for the plan cache.
 */
const DAY = '2024-01-01';
const ID = ['warm-up'];
const PAGE = { first: 10 };

export const WARM_UP_CALLS: readonly ((store: KnowledgeStore) => Promise<unknown>)[] = [
  (s) => s.listSteps(),
  (s) => s.listPlaces(),
  (s) => s.listSourceDocuments(),
  (s) => s.listKnownUnknowns(),
  (s) => s.listFindings(),
  (s) => s.getKnownUnknowns(ID),
  (s) => s.getFindings(ID),
  (s) => s.getKinds(ID),
  (s) => s.getOrganizations(ID),
  (s) => s.getInstruments(ID),
  (s) => s.getArticles(ID),
  (s) => s.getMemberships(ID),
  (s) => s.getMandates(ID),
  (s) => s.getReferralPaths(ID),
  (s) => s.getPartnerships(ID),
  (s) => s.getGaps(ID),
  (s) => s.getStatistics(ID),
  (s) => s.getDisagreements(ID),
  (s) => s.listMembershipsByMember(ID),
  (s) => s.listMembershipsByGroup(ID),
  (s) => s.listChildOrganizations(ID),
  (s) => s.listMandatesByOrganization(ID),
  (s) => s.listMandatesByInstrument(ID),
  (s) => s.listPartnershipsByOrganization(ID),
  (s) => s.listInstrumentRelations(ID),
  (s) => s.listOrganizationsEstablishedBy(ID),
  (s) => s.listInstrumentsByIssuer(ID),
  (s) => s.listDisagreementsBySubject(ID),
  (s) => s.listChildPlaces(ID),
  (s) => s.search('warm up', 10),
  (s) => s.findByName('warm up'),
  (s) => s.listMembershipsOfOrganizationTree(ID),
  (s) => s.findStatistics({}),
  (s) => s.findStatistics({ placeId: ID[0] }),
  (s) => s.findGaps({}),
  (s) => s.findGaps({ placeId: ID[0] }),
  (s) => s.findGaps({ stepId: ID[0] }),
  (s) => s.findGaps({ placeId: ID[0], stepId: ID[0] }),
  (s) => s.findPartnerships({}),
  (s) => s.findPartnerships({ organizationId: ID[0] }),
  (s) => s.findPartnerships({ placeId: ID[0], stepId: ID[0] }),
  (s) => s.listDisagreements(),
  (s) => s.findOrganizations({}, PAGE),
  (s) => s.findOrganizations({}, { ...PAGE, after: ID[0] }),
  (s) => s.findOrganizations({ kinds: ['ngo'] }, PAGE),
  (s) => s.findOrganizations({ levels: ['regency'] }, PAGE),
  (s) => s.findOrganizations({ placeId: ID[0] }, PAGE),
  (s) => s.findOrganizations({ stepId: ID[0] }, PAGE),
  (s) => s.findOrganizations({ placeId: ID[0], stepId: ID[0] }, PAGE),
  (s) => s.findInstruments({}, PAGE),
  (s) => s.findInstruments({ kinds: ['law'] }, PAGE),
  (s) => s.findInstruments({ year: 2007 }, PAGE),
  (s) => s.findInstruments({ issuerId: ID[0] }, PAGE),
  (s) => s.findResponsibilities({ stepId: ID[0], placeId: ID[0], asOf: DAY }),
  (s) => s.findResponsibilities({ stepId: ID[0], placeId: ID[0], asOf: null }),
  (s) => s.findReferralPaths({}),
  (s) => s.findReferralPaths({ placeId: ID[0] }),
  (s) => s.findReferralPaths({ stepId: ID[0] }),
  (s) => s.findReferralPaths({ placeId: ID[0], stepId: ID[0] }),
  (s) => s.findPartners({ organizationId: ID[0], asOf: DAY }),
  (s) => s.findPartners({ organizationId: ID[0], stepId: ID[0], asOf: DAY }),
  (s) => s.findPartners({ organizationId: ID[0], placeId: ID[0], asOf: DAY }),
  (s) => s.findPartners({ organizationId: ID[0], stepId: ID[0], placeId: ID[0], asOf: DAY }),
  (s) => s.findCoverage({ placeId: ID[0], asOf: DAY }),
  // Read once per process for the dataset's version; warmed so that first read is not also a slow plan.
  (s) => s.readDataset(),
];

/**
 * Runs the calls one after another (planning is CPU-bound on the server) until done or `isStopped`, and returns how
 * long it took.
 */
export async function warmUpPlans(store: KnowledgeStore, isStopped: () => boolean = () => false): Promise<number> {
  const started = Date.now();
  for (const call of WARM_UP_CALLS) {
    if (isStopped()) break;
    await call(store);
  }
  return Date.now() - started;
}
