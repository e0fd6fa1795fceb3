import type { KnowledgeStore } from '../../knowledge/knowledge-store.port';
import type {
  ArticleOfInstrument,
  Coverage,
  Dataset,
  EntityKind,
  Instrument,
  InstrumentRelations,
  Mandate,
  Organization,
  PageRequest,
  Partners,
  ReferralPath,
  Responsibility,
  Scope,
  SearchHit,
} from '../../knowledge/model';
import { entityKindOf, sortSteps } from '../../knowledge/model';
import { isValidOn } from '../../knowledge/dates';
import { buildGraph, KnowledgeGraph, walk } from './memory-graph';
import { MemorySearchIndex } from './memory-search-index';

/** Plain code-unit order, as Neo4j's ORDER BY sorts strings (localeCompare would differ on hyphens). */
const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byId = <T extends { id: string }>(a: T, b: T) => compareIds(a.id, b.id);
const SCOPE_ORDER: Scope[] = ['local', 'fromAbove', 'within'];
const groupBy = <T>(items: T[], keys: (item: T) => string[]) => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
};

/** The embedded store: the dataset as an in-memory property graph with a full-text index. The default store. */
export class MemoryKnowledgeStore implements KnowledgeStore {
  private readonly graph: KnowledgeGraph;
  private readonly search_: MemorySearchIndex;
  private readonly steps;
  private readonly stepOrder: Map<string, number>;
  private readonly records = new Map<string, { kind: EntityKind; record: unknown }>();
  private readonly membershipsByMember;
  private readonly membershipsByGroup;
  private readonly childOrganizations;
  private readonly childPlaces;
  private readonly mandatesByOrganization;
  private readonly mandatesByInstrument;
  private readonly partnershipsByOrganization;
  private readonly instrumentsByIssuer;
  private readonly organizationsByEstablisher;
  private readonly disagreementsBySubject;
  private readonly incomingRelations;
  /** Indexes that keep the costly questions proportional to their answers, not to the graph (issue 10). */
  private readonly stepsBelow = new Map<string, Set<string>>();
  private readonly mandatesByPlace;
  private readonly gapsByPlace;
  private readonly referralPathsByPlace;
  private readonly sortedReferralPaths;
  /** Every request that shows a region reads the places (schema/common/loaders.ts): sort them once, not per request. */
  private readonly sortedPlaces;

  constructor(private readonly dataset: Dataset) {
    this.graph = buildGraph(dataset);
    this.search_ = new MemorySearchIndex(dataset);
    this.steps = sortSteps(dataset.steps);
    this.stepOrder = new Map(this.steps.map((s, i) => [s.id, i]));
    const register = (kind: EntityKind, items: { id: string }[]) =>
      items.forEach((r) => this.records.set(r.id, { kind, record: r }));
    register('place', dataset.places);
    register('step', dataset.steps);
    dataset.organizations.forEach((o) => this.records.set(o.id, { kind: entityKindOf(o), record: o }));
    register('instrument', dataset.instruments);
    dataset.instruments.forEach((i) =>
      (i.articles ?? []).forEach((a) =>
        this.records.set(a.id, { kind: 'article', record: { article: a, instrumentId: i.id } }),
      ),
    );
    register('membership', dataset.memberships);
    register('mandate', dataset.mandates);
    register('referralPath', dataset.referralPaths);
    register('partnership', dataset.partnerships);
    register('gap', dataset.gaps);
    register('statistic', dataset.statistics);
    register('disagreement', dataset.disagreements);
    register('knownUnknown', dataset.knownUnknowns);
    register('finding', dataset.findings);

    const sorted = <T extends { id: string }>(items: T[]) => [...items].sort(byId);
    this.membershipsByMember = groupBy(sorted(dataset.memberships), (m) => [m.member]);
    this.membershipsByGroup = groupBy(sorted(dataset.memberships), (m) => [m.of]);
    this.childOrganizations = groupBy(sorted(dataset.organizations), (o) => (o.parent ? [o.parent] : []));
    this.childPlaces = groupBy(sorted(dataset.places), (p) => (p.parent ? [p.parent] : []));
    this.mandatesByOrganization = groupBy(sorted(dataset.mandates), (m) => [m.organization]);
    this.mandatesByInstrument = groupBy(sorted(dataset.mandates), (m) => [
      ...new Set((m.legalBasis ?? []).map((b) => b.instrument)),
    ]);
    this.partnershipsByOrganization = groupBy(sorted(dataset.partnerships), (p) => p.parties);
    this.organizationsByEstablisher = groupBy(sorted(dataset.organizations), (o) =>
      o.establishedBy ? [o.establishedBy.instrument] : [],
    );
    this.instrumentsByIssuer = groupBy(sorted(dataset.instruments), (i) => (i.issuer ? [i.issuer] : []));
    this.disagreementsBySubject = groupBy(sorted(dataset.disagreements), (d) => [d.subject]);
    for (const step of dataset.steps) {
      this.stepsBelow.set(step.id, new Set([step.id, ...walk(this.graph, step.id, ['PART_OF'], 'in')]));
    }
    this.mandatesByPlace = groupBy(sorted(dataset.mandates), (m) => [m.area]);
    this.gapsByPlace = groupBy(sorted(dataset.gaps), (g) => [g.area]);
    this.sortedReferralPaths = sorted(dataset.referralPaths);
    this.sortedPlaces = sorted(dataset.places);
    this.referralPathsByPlace = groupBy(this.sortedReferralPaths, (p) => [p.area]);
    this.incomingRelations = groupBy(
      dataset.instruments.flatMap((i) => (i.relations ?? []).map((r) => ({ ...r, source: i.id }))),
      (r) => [r.target],
    );
  }

  async ping(): Promise<void> {}
  async close(): Promise<void> {}

  async listSteps() {
    return this.steps;
  }
  async listPlaces() {
    return this.sortedPlaces;
  }
  async listSourceDocuments() {
    return this.dataset.sources;
  }
  async listKnownUnknowns() {
    return [...this.dataset.knownUnknowns].sort(byId);
  }
  async listFindings() {
    return [...this.dataset.findings].sort(byId);
  }
  async readDataset(): Promise<Dataset> {
    const d = this.dataset;
    const sorted = <T extends { id: string }>(items: T[]) => [...items].sort(byId);
    return {
      sources: [...d.sources].sort((a, b) => compareIds(a.file, b.file)),
      places: sorted(d.places),
      organizations: sorted(d.organizations),
      instruments: sorted(d.instruments),
      steps: this.steps,
      memberships: sorted(d.memberships),
      mandates: sorted(d.mandates),
      referralPaths: sorted(d.referralPaths),
      partnerships: sorted(d.partnerships),
      gaps: sorted(d.gaps),
      statistics: sorted(d.statistics),
      disagreements: sorted(d.disagreements),
      knownUnknowns: sorted(d.knownUnknowns),
      findings: sorted(d.findings),
    };
  }

  async getKinds(ids: readonly string[]) {
    return ids.map((id) => this.records.get(id)?.kind ?? null);
  }
  private lookup<T>(ids: readonly string[], ...kinds: EntityKind[]): (T | null)[] {
    return ids.map((id) => {
      const found = this.records.get(id);
      return found && kinds.includes(found.kind) ? (found.record as T) : null;
    });
  }
  async getOrganizations(ids: readonly string[]) {
    return this.lookup<Organization>(ids, 'organization', 'taskForce');
  }
  async getInstruments(ids: readonly string[]) {
    return this.lookup<Instrument>(ids, 'instrument');
  }
  async getArticles(ids: readonly string[]) {
    return this.lookup<ArticleOfInstrument>(ids, 'article');
  }
  async getMemberships(ids: readonly string[]) {
    return this.lookup<Dataset['memberships'][number]>(ids, 'membership');
  }
  async getMandates(ids: readonly string[]) {
    return this.lookup<Mandate>(ids, 'mandate');
  }
  async getReferralPaths(ids: readonly string[]) {
    return this.lookup<ReferralPath>(ids, 'referralPath');
  }
  async getPartnerships(ids: readonly string[]) {
    return this.lookup<Dataset['partnerships'][number]>(ids, 'partnership');
  }
  async getKnownUnknowns(ids: readonly string[]) {
    return this.lookup<Dataset['knownUnknowns'][number]>(ids, 'knownUnknown');
  }
  async getFindings(ids: readonly string[]) {
    return this.lookup<Dataset['findings'][number]>(ids, 'finding');
  }
  async getGaps(ids: readonly string[]) {
    return this.lookup<Dataset['gaps'][number]>(ids, 'gap');
  }
  async getStatistics(ids: readonly string[]) {
    return this.lookup<Dataset['statistics'][number]>(ids, 'statistic');
  }
  async getDisagreements(ids: readonly string[]) {
    return this.lookup<Dataset['disagreements'][number]>(ids, 'disagreement');
  }

  async listMembershipsByMember(ids: readonly string[]) {
    return ids.map((id) => this.membershipsByMember.get(id) ?? []);
  }
  async listMembershipsOfOrganizationTree(ids: readonly string[]) {
    const unitsOf = (id: string): string[] => [
      id,
      ...(this.childOrganizations.get(id) ?? []).flatMap((unit) => unitsOf(unit.id)),
    ];
    return ids.map((id) =>
      unitsOf(id)
        .flatMap((unit) => this.membershipsByMember.get(unit) ?? [])
        .sort(byId),
    );
  }
  async listMembershipsByGroup(ids: readonly string[]) {
    return ids.map((id) => this.membershipsByGroup.get(id) ?? []);
  }
  async listChildOrganizations(ids: readonly string[]) {
    return ids.map((id) => this.childOrganizations.get(id) ?? []);
  }
  async listMandatesByOrganization(ids: readonly string[]) {
    return ids.map((id) => this.mandatesByOrganization.get(id) ?? []);
  }
  async listMandatesByInstrument(ids: readonly string[]) {
    return ids.map((id) => this.mandatesByInstrument.get(id) ?? []);
  }
  async listPartnershipsByOrganization(ids: readonly string[]) {
    return ids.map((id) => this.partnershipsByOrganization.get(id) ?? []);
  }
  async listInstrumentRelations(ids: readonly string[]): Promise<InstrumentRelations[]> {
    return ids.map((id) => {
      const instrument = this.records.get(id);
      const outgoing = instrument?.kind === 'instrument' ? ((instrument.record as Instrument).relations ?? []) : [];
      const incoming = [...(this.incomingRelations.get(id) ?? [])].sort((a, b) => compareIds(a.source, b.source));
      return { outgoing, incoming };
    });
  }
  async listOrganizationsEstablishedBy(ids: readonly string[]) {
    return ids.map((id) => this.organizationsByEstablisher.get(id) ?? []);
  }
  async listInstrumentsByIssuer(ids: readonly string[]) {
    return ids.map((id) => this.instrumentsByIssuer.get(id) ?? []);
  }
  async listDisagreementsBySubject(ids: readonly string[]) {
    return ids.map((id) => this.disagreementsBySubject.get(id) ?? []);
  }
  async listChildPlaces(ids: readonly string[]) {
    return ids.map((id) => this.childPlaces.get(id) ?? []);
  }

  /** Settles once the full-text index, filled in the background after construction, is complete. */
  whenSearchIndexed(): Promise<void> {
    return this.search_.whenIndexed();
  }

  async search(text: string, limit: number): Promise<SearchHit[]> {
    return this.search_.search(text, limit);
  }
  async findByName(name: string) {
    return this.search_.findByName(name).sort((a, b) => compareIds(a.id, b.id));
  }

  /** The place and the places within it; null when no place is asked for. */
  private placeAndWithin(placeId: string | undefined): Set<string> | null {
    return placeId === undefined
      ? null
      : new Set([placeId, ...walk(this.graph, placeId, ['PART_OF', 'ON_ISLAND'], 'in')]);
  }

  async findStatistics(filter: { placeId?: string }) {
    const places = this.placeAndWithin(filter.placeId);
    return [...this.dataset.statistics].sort(byId).filter((s) => places === null || places.has(s.place));
  }

  async findGaps(filter: { placeId?: string; stepId?: string }) {
    const places = this.placeAndWithin(filter.placeId);
    const steps = filter.stepId === undefined ? null : this.stepAndBelow(filter.stepId);
    return [...this.dataset.gaps]
      .sort(byId)
      .filter((g) => places === null || places.has(g.area))
      .filter((g) => steps === null || (g.steps ?? []).some((s) => steps.has(s)));
  }

  async findPartnerships(filter: { organizationId?: string; placeId?: string; stepId?: string }) {
    const places = this.placeAndWithin(filter.placeId);
    const steps = filter.stepId === undefined ? null : this.stepAndBelow(filter.stepId);
    return [...this.dataset.partnerships]
      .sort(byId)
      .filter((p) => filter.organizationId === undefined || p.parties.includes(filter.organizationId))
      .filter((p) => places === null || (p.area !== undefined && places.has(p.area)))
      .filter((p) => steps === null || (p.steps ?? []).some((s) => steps.has(s)));
  }

  async listDisagreements() {
    return [...this.dataset.disagreements].sort(byId);
  }

  /** The place itself, the places above it and the places within it, each with its scope. */
  private scopesAround(placeId: string): Map<string, Scope> {
    const scopes = new Map<string, Scope>([[placeId, 'local']]);
    for (const id of walk(this.graph, placeId, ['PART_OF', 'ON_ISLAND'], 'out')) scopes.set(id, 'fromAbove');
    for (const id of walk(this.graph, placeId, ['PART_OF', 'ON_ISLAND'], 'in'))
      if (!scopes.has(id)) scopes.set(id, 'within');
    return scopes;
  }

  private stepAndBelow(stepId: string): Set<string> {
    return this.stepsBelow.get(stepId) ?? new Set([stepId]);
  }

  /** Mandates valid on the day whose place is around the given place, with their scope. */
  private responsibilitiesAround(
    placeId: string,
    asOf: string | null,
    onStep: (stepId: string) => boolean,
  ): Responsibility[] {
    const found: Responsibility[] = [];
    for (const [place, scope] of this.scopesAround(placeId)) {
      for (const mandate of this.mandatesByPlace.get(place) ?? []) {
        if (onStep(mandate.step) && (asOf === null || isValidOn(asOf, mandate.validFrom, mandate.validTo)))
          found.push({ mandate, scope });
      }
    }
    return found.sort(
      (a, b) =>
        (this.stepOrder.get(a.mandate.step) ?? 0) - (this.stepOrder.get(b.mandate.step) ?? 0) ||
        SCOPE_ORDER.indexOf(a.scope) - SCOPE_ORDER.indexOf(b.scope) ||
        byId(a.mandate, b.mandate),
    );
  }

  async findResponsibilities(query: {
    stepId: string;
    placeId: string;
    asOf: string | null;
  }): Promise<Responsibility[]> {
    const steps = this.stepAndBelow(query.stepId);
    return this.responsibilitiesAround(query.placeId, query.asOf, (s) => steps.has(s));
  }

  async findOrganizations(
    filter: { kinds?: Organization['kind'][]; levels?: Organization['level'][]; placeId?: string; stepId?: string },
    page: PageRequest,
  ): Promise<Organization[]> {
    const places = filter.placeId === undefined ? null : this.scopesAround(filter.placeId);
    const steps = filter.stepId === undefined ? null : this.stepAndBelow(filter.stepId);
    return [...this.dataset.organizations]
      .sort(byId)
      .filter((o) => page.after === undefined || o.id > page.after)
      .filter((o) => !filter.kinds?.length || filter.kinds.includes(o.kind))
      .filter((o) => !filter.levels?.length || filter.levels.includes(o.level))
      .filter((o) => places === null || (o.area !== undefined && places.has(o.area)))
      .filter((o) => steps === null || (this.mandatesByOrganization.get(o.id) ?? []).some((m) => steps.has(m.step)))
      .slice(0, page.first + 1);
  }

  async findInstruments(filter: { kinds?: Instrument['kind'][]; year?: number; issuerId?: string }, page: PageRequest) {
    return [...this.dataset.instruments]
      .sort(byId)
      .filter((i) => page.after === undefined || i.id > page.after)
      .filter((i) => !filter.kinds?.length || filter.kinds.includes(i.kind))
      .filter((i) => filter.year === undefined || i.year === filter.year)
      .filter((i) => filter.issuerId === undefined || i.issuer === filter.issuerId)
      .slice(0, page.first + 1);
  }

  async findReferralPaths(query: { placeId?: string; stepId?: string }): Promise<ReferralPath[]> {
    const places = query.placeId === undefined ? null : this.scopesAround(query.placeId);
    const steps = query.stepId === undefined ? null : this.stepAndBelow(query.stepId);
    const inPlaces =
      places === null
        ? this.sortedReferralPaths
        : [...places.keys()].flatMap((place) => this.referralPathsByPlace.get(place) ?? []).sort(byId);
    return inPlaces.filter((p) => steps === null || p.steps.some((s) => steps.has(s.step)));
  }

  async findPartners(query: {
    organizationId: string;
    stepId?: string;
    placeId?: string;
    asOf: string;
  }): Promise<Partners> {
    const organization = this.records.get(query.organizationId)?.record as Organization;
    const all = this.partnershipsByOrganization.get(query.organizationId) ?? [];
    const steps = query.stepId === undefined ? null : this.stepAndBelow(query.stepId);
    const placeId = query.placeId ?? organization.area;
    const places = placeId === undefined ? null : this.scopesAround(placeId);
    const existing = all
      .filter((p) => steps === null || (p.steps ?? []).some((s) => steps.has(s)))
      .filter((p) => query.placeId === undefined || p.area === undefined || (places?.has(p.area) ?? true));
    const partnerIds = new Set(all.flatMap((p) => p.parties));
    const ownSteps = new Set(
      (this.mandatesByOrganization.get(query.organizationId) ?? [])
        .filter((m) => isValidOn(query.asOf, m.validFrom, m.validTo))
        .map((m) => m.step),
    );
    const wanted = steps ?? ownSteps;
    const byCandidate = new Map<string, Mandate[]>();
    // Mandates in the places in scope (few), or every mandate when the organisation has no area and none is asked.
    const nearby =
      places === null
        ? this.dataset.mandates
        : [...places.keys()].flatMap((place) => this.mandatesByPlace.get(place) ?? []);
    for (const m of [...nearby].sort(byId)) {
      if (m.organization === query.organizationId || partnerIds.has(m.organization)) continue;
      if (!wanted.has(m.step) || !isValidOn(query.asOf, m.validFrom, m.validTo)) continue;
      const mandates = byCandidate.get(m.organization);
      if (mandates) mandates.push(m);
      else byCandidate.set(m.organization, [m]);
    }
    const candidates = [...byCandidate.entries()]
      .sort(([a], [b]) => compareIds(a, b))
      .map(([organizationId, mandates]) => ({ organizationId, mandates }));
    return { existing, candidates };
  }

  async findCoverage(query: { placeId: string; asOf: string }): Promise<Coverage> {
    const around = this.responsibilitiesAround(query.placeId, query.asOf, () => true);
    const byStep = groupBy(around, (r) => [r.mandate.step]);
    const steps = this.steps
      .filter((s) => s.parent !== undefined)
      .map((s) => ({ stepId: s.id, responsibilities: byStep.get(s.id) ?? [] }));
    const scopes = this.scopesAround(query.placeId);
    const gaps = [...scopes]
      .flatMap(([place, scope]) => (this.gapsByPlace.get(place) ?? []).map((gap) => ({ gap, scope })))
      .sort((a, b) => SCOPE_ORDER.indexOf(a.scope) - SCOPE_ORDER.indexOf(b.scope) || byId(a.gap, b.gap));
    return { placeId: query.placeId, asOf: query.asOf, steps, gaps };
  }
}
