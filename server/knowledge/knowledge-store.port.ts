import type {
  ArticleOfInstrument,
  Coverage,
  EntityKind,
  Finding,
  Gap,
  Instrument,
  InstrumentRelations,
  KnownUnknown,
  Mandate,
  Membership,
  Organization,
  PageRequest,
  Partners,
  Partnership,
  Place,
  ReferralPath,
  Responsibility,
  SearchHit,
  SourceDocument,
  Statistic,
  Step,
  Disagreement,
  Dataset,
} from './model';

/**
 * The store port: the questions the knowledge base asks of its graph, at the level of the domain.
 * Implemented by the embedded store (server/store/memory) and the Neo4j store (server/store/neo4j); both pass the
 * one contract suite in test/contract.
 *
 * Conventions every implementation keeps:
 * - Batched lookups (`get…`, `list…By…`) answer in the order of the ids given, `null` / `[]` for unknown ids.
 * - Lists are sorted by id unless a method says otherwise, so answers are the same from every store.
 * - Ids passed to the domain queries have been checked by the services (unknown ids are the services' concern).
 * - Dates are full ISO days (YYYY-MM-DD). A record valid "from 2018-04" is valid from 2018-04-01; "to 2023" means to
 *   2023-12-31 inclusive; an open end is unbounded.
 * - Places nest by `parent` and by `island`: the places "above" a place are its ancestors by either; the places
 *   "within" it are those it is above.
 * - Any failure to reach the store is thrown as StoreUnavailableError.
 */
export interface KnowledgeStore {
  /** Resolves when the store answers; throws StoreUnavailableError otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;

  // ---- Vocabulary, places, sources ------------------------------------------------------------------------------
  /** The whole step vocabulary, in vocabulary order (pillars first, then each pillar's steps). */
  listSteps(): Promise<Step[]>;
  /** Every place, sorted by id. */
  listPlaces(): Promise<Place[]>;
  listSourceDocuments(): Promise<SourceDocument[]>;
  /** Every known unknown (what the sources leave open), sorted by id: a small collection, filtered by the service. */
  listKnownUnknowns(): Promise<KnownUnknown[]>;
  /** Every finding of the papers on the context, sorted by id: a small collection, filtered by the service. */
  listFindings(): Promise<Finding[]>;
  /**
   * Every record the store holds, as the curated dataset models it: each kind sorted by id (steps in vocabulary
   * order, sources by file). For bulk export and the dataset's version, so both reflect what this store serves.
   */
  readDataset(): Promise<Dataset>;

  // ---- Batched lookups by id -----------------------------------------------------------------------------------
  getKinds(ids: readonly string[]): Promise<(EntityKind | null)[]>;
  getOrganizations(ids: readonly string[]): Promise<(Organization | null)[]>;
  getInstruments(ids: readonly string[]): Promise<(Instrument | null)[]>;
  getArticles(ids: readonly string[]): Promise<(ArticleOfInstrument | null)[]>;
  getMemberships(ids: readonly string[]): Promise<(Membership | null)[]>;
  getMandates(ids: readonly string[]): Promise<(Mandate | null)[]>;
  getReferralPaths(ids: readonly string[]): Promise<(ReferralPath | null)[]>;
  getPartnerships(ids: readonly string[]): Promise<(Partnership | null)[]>;
  getGaps(ids: readonly string[]): Promise<(Gap | null)[]>;
  getStatistics(ids: readonly string[]): Promise<(Statistic | null)[]>;
  getDisagreements(ids: readonly string[]): Promise<(Disagreement | null)[]>;
  getKnownUnknowns(ids: readonly string[]): Promise<(KnownUnknown | null)[]>;
  getFindings(ids: readonly string[]): Promise<(Finding | null)[]>;

  // ---- Relationships, batched by the owner's id ----------------------------------------------------------------
  /** Posts each organisation holds in task forces, sub-task forces and alliances. */
  listMembershipsByMember(organizationIds: readonly string[]): Promise<Membership[][]>;
  /** Posts each organisation and its units (at any depth, e.g. a police resort's sections) hold, sorted by id. */
  listMembershipsOfOrganizationTree(organizationIds: readonly string[]): Promise<Membership[][]>;
  /** Posts held in each group (task force, sub-task force, alliance). */
  listMembershipsByGroup(groupIds: readonly string[]): Promise<Membership[][]>;
  /** Organisations whose parent is each organisation (units, sub-task forces). */
  listChildOrganizations(organizationIds: readonly string[]): Promise<Organization[][]>;
  listMandatesByOrganization(organizationIds: readonly string[]): Promise<Mandate[][]>;
  /** Mandates that cite each instrument as (part of) their legal basis. */
  listMandatesByInstrument(instrumentIds: readonly string[]): Promise<Mandate[][]>;
  listPartnershipsByOrganization(organizationIds: readonly string[]): Promise<Partnership[][]>;
  listInstrumentRelations(instrumentIds: readonly string[]): Promise<InstrumentRelations[]>;
  /** Organisations (task forces included) each instrument establishes (their `establishedBy`). */
  listOrganizationsEstablishedBy(instrumentIds: readonly string[]): Promise<Organization[][]>;
  /** Instruments each organisation issued. */
  listInstrumentsByIssuer(organizationIds: readonly string[]): Promise<Instrument[][]>;
  /** Disagreements between sources about each record. */
  listDisagreementsBySubject(subjectIds: readonly string[]): Promise<Disagreement[][]>;
  /** Places whose parent is each place. */
  listChildPlaces(placeIds: readonly string[]): Promise<Place[][]>;

  // ---- Domain queries ------------------------------------------------------------------------------------------
  /**
   * Records and parts of records (server/knowledge/search-documents.ts) whose names or text match, ranked by
   * server/knowledge/search-ranking.ts, best first.
   */
  search(text: string, limit: number): Promise<SearchHit[]>;
  /** Records one of whose names, aliases or acronyms is exactly `name` (compared as search keys), sorted by id. */
  findByName(name: string): Promise<{ id: string; kind: EntityKind }[]>;
  /**
   * Organisations (task forces included) matching every filter given, sorted by id, one keyset page (first + 1
   * items at most, so the caller can tell whether there is a next page). `placeId` keeps those whose area is the
   * place, within it or above it; `stepId` those with a mandate on that step or a step under it.
   */
  findOrganizations(
    filter: { kinds?: Organization['kind'][]; levels?: Organization['level'][]; placeId?: string; stepId?: string },
    page: PageRequest,
  ): Promise<Organization[]>;
  /** Instruments matching every filter given, sorted by id, one keyset page (first + 1 items at most). */
  findInstruments(
    filter: { kinds?: Instrument['kind'][]; year?: number; issuerId?: string },
    page: PageRequest,
  ): Promise<Instrument[]>;
  /**
   * Mandates on the step or any step under it, valid on `asOf` (on any day when null), whose place is the place itself (local), above it
   * (fromAbove: a national mandate applies in TTU) or within it (within). Sorted by step vocabulary order, then
   * scope (local, fromAbove, within), then mandate id.
   */
  findResponsibilities(query: { stepId: string; placeId: string; asOf: string | null }): Promise<Responsibility[]>;
  /** Referral paths whose place is the place, above it or within it, and that have a step on the step or under it. */
  findReferralPaths(query: { placeId?: string; stepId?: string }): Promise<ReferralPath[]>;
  /**
   * The organisation's partnerships (limited to those on the step and/or touching the place when given), and
   * candidates: other organisations, not already partners, with a mandate valid on `asOf` on the same step (or on any
   * step the organisation itself has a mandate on) in a place that is, is above or is within the place (default: the
   * organisation's area). Candidates sorted by id, their mandates by id.
   */
  findPartners(query: { organizationId: string; stepId?: string; placeId?: string; asOf: string }): Promise<Partners>;
  /** Statistics whose place is the place or within it (all when no place is given), sorted by id. */
  findStatistics(filter: { placeId?: string }): Promise<Statistic[]>;
  /** Gaps whose place is the place or within it, on the step or a step under it, sorted by id. */
  findGaps(filter: { placeId?: string; stepId?: string }): Promise<Gap[]>;
  /** Partnerships with the organisation as a party, whose area is the place or within it, on the step or under it. */
  findPartnerships(filter: { organizationId?: string; placeId?: string; stepId?: string }): Promise<Partnership[]>;
  /** Every disagreement between sources, sorted by id. */
  listDisagreements(): Promise<Disagreement[]>;
  /** For each step (not the pillars), who covers it in the place on `asOf`, with the gaps documented around it. */
  findCoverage(query: { placeId: string; asOf: string }): Promise<Coverage>;
}
