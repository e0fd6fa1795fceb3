import type { KnowledgeStore } from '../../server/knowledge/knowledge-store.port';
import { emptyDataset } from '../../server/knowledge/records/dataset';
import { toNameKeys, toSearchDocuments } from '../../server/knowledge/search-documents';
import { toSearchKey } from '../../server/knowledge/search-text';
import type {
  Coverage,
  Disagreement,
  EntityKind,
  Finding,
  Gap,
  Instrument,
  KnownUnknown,
  Mandate,
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
} from '../../server/knowledge/model';

/** The few records a core unit test needs; everything else is empty. */
export interface FakeRecords {
  places?: Place[];
  steps?: Step[];
  organizations?: Organization[];
  instruments?: Instrument[];
  mandates?: Mandate[];
  referralPaths?: ReferralPath[];
  sources?: SourceDocument[];
  searchHits?: SearchHit[];
  statistics?: Statistic[];
  gaps?: Gap[];
  partnerships?: Partnership[];
  disagreements?: Disagreement[];
  knownUnknowns?: KnownUnknown[];
  findings?: Finding[];
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const keysetPage = <T extends { id: string }>(items: T[], page: PageRequest) =>
  [...items]
    .sort(byId)
    .filter((i) => page.after === undefined || i.id > page.after)
    .slice(0, page.first + 1);

/**
 * A small store for the core's unit tests: it implements the port over a handful of records, with the port's
 * conventions (order of ids kept, null / [] for unknown ids, keyset pages of first + 1) but none of the graph: places
 * and steps match only themselves. It remembers the domain queries it was asked, so a test can check what a service
 * passed on after checking the client's input.
 */
export class FakeKnowledgeStore implements KnowledgeStore {
  readonly queries: { method: string; query: unknown }[] = [];
  private readonly kinds = new Map<string, EntityKind>();

  constructor(private readonly records: FakeRecords = {}) {
    const register = (kind: EntityKind, items: { id: string }[] = []) =>
      items.forEach((r) => this.kinds.set(r.id, kind));
    register('place', records.places);
    register('step', records.steps);
    register('instrument', records.instruments);
    register('mandate', records.mandates);
    register('referralPath', records.referralPaths);
    register('statistic', records.statistics);
    register('gap', records.gaps);
    register('partnership', records.partnerships);
    register('disagreement', records.disagreements);
    register('knownUnknown', records.knownUnknowns);
    register('finding', records.findings);
    for (const o of records.organizations ?? []) {
      this.kinds.set(o.id, o.kind === 'task-force' || o.kind === 'sub-task-force' ? 'taskForce' : 'organization');
    }
  }

  private asked(method: string, query: unknown) {
    this.queries.push({ method, query });
  }
  private find<T extends { id: string }>(items: T[] | undefined, ids: readonly string[]): (T | null)[] {
    return ids.map((id) => (items ?? []).find((i) => i.id === id) ?? null);
  }
  private none(ids: readonly string[]) {
    return ids.map(() => null);
  }
  private empty(ids: readonly string[]) {
    return ids.map(() => []);
  }

  async ping() {}
  async close() {}
  async readDataset() {
    const sorted = <T extends { id: string }>(items: T[] = []) => [...items].sort(byId);
    return {
      ...emptyDataset(),
      sources: this.records.sources ?? [],
      places: sorted(this.records.places),
      steps: this.records.steps ?? [],
      organizations: sorted(this.records.organizations),
      instruments: sorted(this.records.instruments),
      mandates: sorted(this.records.mandates),
      referralPaths: sorted(this.records.referralPaths),
      partnerships: sorted(this.records.partnerships),
      gaps: sorted(this.records.gaps),
      statistics: sorted(this.records.statistics),
      disagreements: sorted(this.records.disagreements),
      knownUnknowns: sorted(this.records.knownUnknowns),
      findings: sorted(this.records.findings),
    };
  }
  async listSteps() {
    return this.records.steps ?? [];
  }
  async listPlaces() {
    return [...(this.records.places ?? [])].sort(byId);
  }
  async listSourceDocuments() {
    return this.records.sources ?? [];
  }
  async listKnownUnknowns() {
    return [...(this.records.knownUnknowns ?? [])].sort(byId);
  }
  async listFindings() {
    return [...(this.records.findings ?? [])].sort(byId);
  }

  async getKinds(ids: readonly string[]) {
    return ids.map((id) => this.kinds.get(id) ?? null);
  }
  async getOrganizations(ids: readonly string[]) {
    return this.find(this.records.organizations, ids);
  }
  async getInstruments(ids: readonly string[]) {
    return this.find(this.records.instruments, ids);
  }
  async getMandates(ids: readonly string[]) {
    return this.find(this.records.mandates, ids);
  }
  async getReferralPaths(ids: readonly string[]) {
    return this.find(this.records.referralPaths, ids);
  }
  getArticles = async (ids: readonly string[]) => this.none(ids);
  getMemberships = async (ids: readonly string[]) => this.none(ids);
  getPartnerships = async (ids: readonly string[]) => this.find(this.records.partnerships, ids);
  getGaps = async (ids: readonly string[]) => this.find(this.records.gaps, ids);
  getStatistics = async (ids: readonly string[]) => this.find(this.records.statistics, ids);
  getDisagreements = async (ids: readonly string[]) => this.find(this.records.disagreements, ids);
  getKnownUnknowns = async (ids: readonly string[]) => this.find(this.records.knownUnknowns, ids);
  getFindings = async (ids: readonly string[]) => this.find(this.records.findings, ids);

  async listMandatesByOrganization(ids: readonly string[]) {
    return ids.map((id) => (this.records.mandates ?? []).filter((m) => m.organization === id).sort(byId));
  }
  listMembershipsByMember = async (ids: readonly string[]) => this.empty(ids);
  listMembershipsOfOrganizationTree = async (ids: readonly string[]) => this.empty(ids);
  listMembershipsByGroup = async (ids: readonly string[]) => this.empty(ids);
  listChildOrganizations = async (ids: readonly string[]) => this.empty(ids);
  listMandatesByInstrument = async (ids: readonly string[]) => this.empty(ids);
  listPartnershipsByOrganization = async (ids: readonly string[]) => this.empty(ids);
  listOrganizationsEstablishedBy = async (ids: readonly string[]) => this.empty(ids);
  listInstrumentsByIssuer = async (ids: readonly string[]) => this.empty(ids);
  listDisagreementsBySubject = async (ids: readonly string[]) => this.empty(ids);
  listChildPlaces = async (ids: readonly string[]) => this.empty(ids);
  listInstrumentRelations = async (ids: readonly string[]) => ids.map(() => ({ outgoing: [], incoming: [] }));

  async search(text: string, limit: number): Promise<SearchHit[]> {
    this.asked('search', { text, limit });
    return (this.records.searchHits ?? []).slice(0, limit);
  }

  /** Names resolve as in the real stores: through the core's search documents and their name keys. */
  async findByName(name: string): Promise<{ id: string; kind: EntityKind }[]> {
    const key = toSearchKey(name);
    return toSearchDocuments(await this.readDataset())
      .filter((d) => toNameKeys(d).includes(key))
      .map((d) => ({ id: d.recordId, kind: this.kinds.get(d.recordId) ?? d.kind }))
      .filter((r): r is { id: string; kind: EntityKind } => r.kind !== undefined)
      .sort(byId);
  }

  /** Places and steps match only themselves here (no graph), so a filter keeps the records on exactly that id. */
  async findStatistics(filter: { placeId?: string }): Promise<Statistic[]> {
    this.asked('findStatistics', filter);
    return [...(this.records.statistics ?? [])]
      .filter((s) => filter.placeId === undefined || s.place === filter.placeId)
      .sort(byId);
  }
  async findGaps(filter: { placeId?: string; stepId?: string }): Promise<Gap[]> {
    this.asked('findGaps', filter);
    return [...(this.records.gaps ?? [])]
      .filter((g) => filter.placeId === undefined || g.area === filter.placeId)
      .filter((g) => filter.stepId === undefined || (g.steps ?? []).includes(filter.stepId))
      .sort(byId);
  }
  async findPartnerships(filter: { organizationId?: string; placeId?: string; stepId?: string }) {
    this.asked('findPartnerships', filter);
    return [...(this.records.partnerships ?? [])]
      .filter((p) => filter.organizationId === undefined || p.parties.includes(filter.organizationId))
      .filter((p) => filter.placeId === undefined || p.area === filter.placeId)
      .filter((p) => filter.stepId === undefined || (p.steps ?? []).includes(filter.stepId))
      .sort(byId);
  }
  async listDisagreements() {
    return [...(this.records.disagreements ?? [])].sort(byId);
  }

  async findOrganizations(
    filter: { kinds?: Organization['kind'][]; levels?: Organization['level'][]; placeId?: string; stepId?: string },
    page: PageRequest,
  ): Promise<Organization[]> {
    this.asked('findOrganizations', { filter, page });
    const matching = (this.records.organizations ?? [])
      .filter((o) => !filter.kinds?.length || filter.kinds.includes(o.kind))
      .filter((o) => filter.placeId === undefined || o.area === filter.placeId);
    return keysetPage(matching, page);
  }

  async findInstruments(
    filter: { kinds?: Instrument['kind'][]; year?: number; issuerId?: string },
    page: PageRequest,
  ): Promise<Instrument[]> {
    this.asked('findInstruments', { filter, page });
    const matching = (this.records.instruments ?? [])
      .filter((i) => filter.year === undefined || i.year === filter.year)
      .filter((i) => filter.issuerId === undefined || i.issuer === filter.issuerId);
    return keysetPage(matching, page);
  }

  async findResponsibilities(query: {
    stepId: string;
    placeId: string;
    asOf: string | null;
  }): Promise<Responsibility[]> {
    this.asked('findResponsibilities', query);
    return (this.records.mandates ?? [])
      .filter((m) => m.step === query.stepId && m.area === query.placeId)
      .sort(byId)
      .map((mandate) => ({ mandate, scope: 'local' }));
  }

  async findReferralPaths(query: { placeId?: string; stepId?: string }): Promise<ReferralPath[]> {
    this.asked('findReferralPaths', query);
    return [...(this.records.referralPaths ?? [])]
      .filter((p) => query.placeId === undefined || p.area === query.placeId)
      .sort(byId);
  }

  async findPartners(query: { organizationId: string; stepId?: string; placeId?: string; asOf: string }) {
    this.asked('findPartners', query);
    return { existing: [], candidates: [] } satisfies Partners;
  }

  async findCoverage(query: { placeId: string; asOf: string }): Promise<Coverage> {
    this.asked('findCoverage', query);
    return { placeId: query.placeId, asOf: query.asOf, steps: [], gaps: [] };
  }
}
