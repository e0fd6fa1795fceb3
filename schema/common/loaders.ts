import DataLoader from 'dataloader';
import type { KnowledgeStore } from '../../server/knowledge/knowledge-store.port';
import type { Place, SourceDocument, Step } from '../../server/knowledge/model';

/**
 * Per-request DataLoaders: every relationship a field resolver walks is fetched in one store call per tick, and
 * each id at most once per request. Created fresh for each request so no answer leaks between users.
 */
export function createLoaders(store: KnowledgeStore) {
  const batch = <K, V>(fn: (keys: readonly K[]) => Promise<V[]>) => new DataLoader<K, V>(fn);
  let places: Promise<Map<string, Place>> | undefined;
  let steps: Promise<Map<string, Step>> | undefined;
  let documents: Promise<Map<string, SourceDocument>> | undefined;
  const byId = <T>(items: T[], key: (t: T) => string) => new Map(items.map((i) => [key(i), i]));

  return {
    organization: batch((ids: readonly string[]) => store.getOrganizations(ids)),
    instrument: batch((ids: readonly string[]) => store.getInstruments(ids)),
    article: batch((ids: readonly string[]) => store.getArticles(ids)),
    membership: batch((ids: readonly string[]) => store.getMemberships(ids)),
    mandate: batch((ids: readonly string[]) => store.getMandates(ids)),
    gap: batch((ids: readonly string[]) => store.getGaps(ids)),
    kind: batch((ids: readonly string[]) => store.getKinds(ids)),
    referralPath: batch((ids: readonly string[]) => store.getReferralPaths(ids)),
    partnership: batch((ids: readonly string[]) => store.getPartnerships(ids)),
    statistic: batch((ids: readonly string[]) => store.getStatistics(ids)),
    disagreement: batch((ids: readonly string[]) => store.getDisagreements(ids)),
    knownUnknown: batch((ids: readonly string[]) => store.getKnownUnknowns(ids)),
    finding: batch((ids: readonly string[]) => store.getFindings(ids)),
    /** Known unknowns and findings are small collections: one read each, grouped by the records they concern. */
    knownUnknownsAbout: batch(async (ids: readonly string[]) => {
      const all = await store.listKnownUnknowns();
      return ids.map((id) => all.filter((k) => k.about.includes(id)));
    }),
    findingsAbout: batch(async (ids: readonly string[]) => {
      const all = await store.listFindings();
      return ids.map((id) => all.filter((f) => (f.about ?? []).includes(id)));
    }),
    membershipsByMember: batch((ids: readonly string[]) => store.listMembershipsByMember(ids)),
    membershipsOfOrganizationTree: batch((ids: readonly string[]) => store.listMembershipsOfOrganizationTree(ids)),
    membershipsByGroup: batch((ids: readonly string[]) => store.listMembershipsByGroup(ids)),
    childOrganizations: batch((ids: readonly string[]) => store.listChildOrganizations(ids)),
    mandatesByOrganization: batch((ids: readonly string[]) => store.listMandatesByOrganization(ids)),
    mandatesByInstrument: batch((ids: readonly string[]) => store.listMandatesByInstrument(ids)),
    partnershipsByOrganization: batch((ids: readonly string[]) => store.listPartnershipsByOrganization(ids)),
    instrumentRelations: batch((ids: readonly string[]) => store.listInstrumentRelations(ids)),
    organizationsEstablishedBy: batch((ids: readonly string[]) => store.listOrganizationsEstablishedBy(ids)),
    instrumentsByIssuer: batch((ids: readonly string[]) => store.listInstrumentsByIssuer(ids)),
    disagreementsBySubject: batch((ids: readonly string[]) => store.listDisagreementsBySubject(ids)),
    childPlaces: batch((ids: readonly string[]) => store.listChildPlaces(ids)),
    /** Places, steps and source documents are small vocabularies: read once per request. */
    place: async (id: string) =>
      (await (places ??= store.listPlaces().then((all) => byId(all, (p) => p.id)))).get(id) ?? null,
    step: async (id: string) =>
      (await (steps ??= store.listSteps().then((all) => byId(all, (s) => s.id)))).get(id) ?? null,
    allSteps: async () => [...(await (steps ??= store.listSteps().then((all) => byId(all, (s) => s.id)))).values()],
    sourceDocument: async (file: string) =>
      (await (documents ??= store.listSourceDocuments().then((all) => byId(all, (d) => d.file)))).get(file) ?? null,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
