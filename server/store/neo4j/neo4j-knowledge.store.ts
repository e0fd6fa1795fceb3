import type { KnowledgeStore } from '../../knowledge/knowledge-store.port';
import type {
  Coverage,
  Dataset,
  Disagreement,
  Finding,
  Gap,
  Instrument,
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
} from '../../knowledge/model';
import { CypherGateway, defineStatement, Params, Row, Statement } from './cypher-gateway';
import { NEO4J_TIMEOUTS, Neo4jConfig } from './config';
import { parseJson } from './cypher-fragments';
import { DriverGateway } from './driver';
import { toDomainError } from './error-mapping';
import { withDeadline } from '../../knowledge/deadline';
import { StoreUnavailableError } from '../../knowledge/errors';
import { getArticles, getKinds, getRecords, listByOwners, listInstrumentRelations } from './lookup.queries';
import { findInstruments, findOrganizations, findReferralPaths, findResponsibilities } from './find.queries';
import { findCoverage, findPartners } from './coverage.queries';
import { findByName, search } from './search.queries';
import { warmUpPlans } from './plan-warm-up';
import { findGaps, findPartnerships, findStatistics, listDisagreements } from './list.queries';
import { readDataset } from './dataset.queries';

export const VOCABULARY_STATEMENTS = {
  listSteps: defineStatement('listSteps', 'MATCH (s:Step) RETURN s.json AS json ORDER BY s.order'),
  listPlaces: defineStatement('listPlaces', 'MATCH (p:Place) RETURN p.json AS json ORDER BY p.id'),
  // Sources are keyed by file name, so that is their sort key.
  listSourceDocuments: defineStatement('listSourceDocuments', 'MATCH (s:Source) RETURN s.json AS json ORDER BY s.file'),
  listKnownUnknowns: defineStatement('listKnownUnknowns', 'MATCH (k:KnownUnknown) RETURN k.json AS json ORDER BY k.id'),
  listFindings: defineStatement('listFindings', 'MATCH (f:Finding) RETURN f.json AS json ORDER BY f.id'),
} satisfies Record<string, Statement>;

export interface Neo4jStoreOptions {
  /** ping() gives up after this long (default NEO4J_TIMEOUTS.pingTimeoutMs). */
  pingTimeoutMs?: number;
  /** A read gives up after this long, and the server ends its transaction then (default NEO4J_TIMEOUTS.readDeadlineMs). */
  readDeadlineMs?: number;
}

/**
 * The knowledge store over Neo4j. Cypher and row mapping live in the *.queries.ts files beside this one; this class
 * only routes each port method to its query through `read`, the one place driver errors become domain errors.
 */
export class Neo4jKnowledgeStore implements KnowledgeStore {
  private readonly read = (statement: Statement, params: Params): Promise<Row[]> =>
    this.watchForRecovery(
      withDeadline(
        this.gateway.executeRead(statement, params, this.options.readDeadlineMs).catch((error: unknown) => {
          throw toDomainError(error, statement.name);
        }),
        this.options.readDeadlineMs ?? NEO4J_TIMEOUTS.readDeadlineMs,
      ),
    );

  /** Set while the store is unavailable: a Neo4j that restarts comes back with an empty plan cache. */
  private plansMayBeCold = false;
  /** A warm-up still running stops at its next call once the store is closed. */
  private closed = false;

  constructor(
    private readonly gateway: CypherGateway,
    private readonly options: Neo4jStoreOptions = {},
  ) {}

  /** A store on a new driver; create one per process and close it on shutdown. */
  static connect(config: Neo4jConfig, options?: Neo4jStoreOptions): Neo4jKnowledgeStore {
    return new Neo4jKnowledgeStore(DriverGateway.fromConfig(config), options);
  }

  /** Answers within pingTimeoutMs: the driver may keep waiting for a connection that a health check cannot. */
  ping(): Promise<void> {
    const attempt = this.gateway.verifyConnectivity().catch((error: unknown) => {
      throw toDomainError(error, 'ping');
    });
    return this.watchForRecovery(withDeadline(attempt, this.options.pingTimeoutMs ?? NEO4J_TIMEOUTS.pingTimeoutMs));
  }

  /** The first answer after an outage warms the plans again in the background, as at start-up. */
  private watchForRecovery<T>(attempt: Promise<T>): Promise<T> {
    return attempt.then(
      (answer) => {
        if (this.plansMayBeCold) {
          this.plansMayBeCold = false;
          this.warmUpPlans().catch(() => {
            this.plansMayBeCold = true;
          });
        }
        return answer;
      },
      (error: unknown) => {
        if (error instanceof StoreUnavailableError) this.plansMayBeCold = true;
        throw error;
      },
    );
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.gateway.close();
  }

  /**
   * Has the server plan every statement for the shapes of arguments the API sends (plan-warm-up.ts), so the first
   * requests after a start or a reseed do not spend their two seconds on planning. Returns the milliseconds it took.
   */
  warmUpPlans(): Promise<number> {
    const patient = new Neo4jKnowledgeStore(this.gateway, {
      ...this.options,
      readDeadlineMs: NEO4J_TIMEOUTS.warmUpDeadlineMs,
    });
    return warmUpPlans(patient, () => this.closed);
  }

  async listSteps(): Promise<Step[]> {
    return (await this.read(VOCABULARY_STATEMENTS.listSteps, {})).map((row) => parseJson<Step>(row.json, 'step'));
  }
  async listPlaces(): Promise<Place[]> {
    return (await this.read(VOCABULARY_STATEMENTS.listPlaces, {})).map((row) => parseJson<Place>(row.json, 'place'));
  }
  async listSourceDocuments(): Promise<SourceDocument[]> {
    const rows = await this.read(VOCABULARY_STATEMENTS.listSourceDocuments, {});
    return rows.map((row) => parseJson<SourceDocument>(row.json, 'source'));
  }
  async listKnownUnknowns(): Promise<KnownUnknown[]> {
    const rows = await this.read(VOCABULARY_STATEMENTS.listKnownUnknowns, {});
    return rows.map((row) => parseJson<KnownUnknown>(row.json, 'known unknown'));
  }
  async listFindings(): Promise<Finding[]> {
    return (await this.read(VOCABULARY_STATEMENTS.listFindings, {})).map((row) =>
      parseJson<Finding>(row.json, 'finding'),
    );
  }
  readDataset(): Promise<Dataset> {
    return readDataset(this.read);
  }

  getKinds = (ids: readonly string[]) => getKinds(this.read, ids);
  getOrganizations = (ids: readonly string[]) => getRecords<Organization>(this.read, 'getOrganizations', ids);
  getInstruments = (ids: readonly string[]) => getRecords<Instrument>(this.read, 'getInstruments', ids);
  getArticles = (ids: readonly string[]) => getArticles(this.read, ids);
  getMemberships = (ids: readonly string[]) => getRecords<Membership>(this.read, 'getMemberships', ids);
  getMandates = (ids: readonly string[]) => getRecords<Mandate>(this.read, 'getMandates', ids);
  getReferralPaths = (ids: readonly string[]) => getRecords<ReferralPath>(this.read, 'getReferralPaths', ids);
  getPartnerships = (ids: readonly string[]) => getRecords<Partnership>(this.read, 'getPartnerships', ids);
  getGaps = (ids: readonly string[]) => getRecords<Gap>(this.read, 'getGaps', ids);
  getStatistics = (ids: readonly string[]) => getRecords<Statistic>(this.read, 'getStatistics', ids);
  getDisagreements = (ids: readonly string[]) => getRecords<Disagreement>(this.read, 'getDisagreements', ids);
  getKnownUnknowns = (ids: readonly string[]) => getRecords<KnownUnknown>(this.read, 'getKnownUnknowns', ids);
  getFindings = (ids: readonly string[]) => getRecords<Finding>(this.read, 'getFindings', ids);

  listMembershipsByMember = (ids: readonly string[]) =>
    listByOwners<Membership>(this.read, 'listMembershipsByMember', ids);
  listMembershipsOfOrganizationTree = (ids: readonly string[]) =>
    listByOwners<Membership>(this.read, 'listMembershipsOfOrganizationTree', ids);
  listMembershipsByGroup = (ids: readonly string[]) =>
    listByOwners<Membership>(this.read, 'listMembershipsByGroup', ids);
  listChildOrganizations = (ids: readonly string[]) =>
    listByOwners<Organization>(this.read, 'listChildOrganizations', ids);
  listMandatesByOrganization = (ids: readonly string[]) =>
    listByOwners<Mandate>(this.read, 'listMandatesByOrganization', ids);
  listMandatesByInstrument = (ids: readonly string[]) =>
    listByOwners<Mandate>(this.read, 'listMandatesByInstrument', ids);
  listPartnershipsByOrganization = (ids: readonly string[]) =>
    listByOwners<Partnership>(this.read, 'listPartnershipsByOrganization', ids);
  listInstrumentRelations = (ids: readonly string[]) => listInstrumentRelations(this.read, ids);
  listOrganizationsEstablishedBy = (ids: readonly string[]) =>
    listByOwners<Organization>(this.read, 'listOrganizationsEstablishedBy', ids);
  listInstrumentsByIssuer = (ids: readonly string[]) =>
    listByOwners<Instrument>(this.read, 'listInstrumentsByIssuer', ids);
  listDisagreementsBySubject = (ids: readonly string[]) =>
    listByOwners<Disagreement>(this.read, 'listDisagreementsBySubject', ids);
  listChildPlaces = (ids: readonly string[]) => listByOwners<Place>(this.read, 'listChildPlaces', ids);

  search(text: string, limit: number): Promise<SearchHit[]> {
    return search(this.read, text, limit);
  }
  findByName(name: string) {
    return findByName(this.read, name);
  }
  findStatistics(filter: { placeId?: string }) {
    return findStatistics(this.read, filter);
  }
  findGaps(filter: { placeId?: string; stepId?: string }) {
    return findGaps(this.read, filter);
  }
  findPartnerships(filter: { organizationId?: string; placeId?: string; stepId?: string }) {
    return findPartnerships(this.read, filter);
  }
  listDisagreements() {
    return listDisagreements(this.read);
  }
  findOrganizations(
    filter: { kinds?: Organization['kind'][]; levels?: Organization['level'][]; placeId?: string; stepId?: string },
    page: PageRequest,
  ): Promise<Organization[]> {
    return findOrganizations(this.read, filter, page);
  }
  findInstruments(
    filter: { kinds?: Instrument['kind'][]; year?: number; issuerId?: string },
    page: PageRequest,
  ): Promise<Instrument[]> {
    return findInstruments(this.read, filter, page);
  }
  findResponsibilities(query: { stepId: string; placeId: string; asOf: string | null }): Promise<Responsibility[]> {
    return findResponsibilities(this.read, query);
  }
  findReferralPaths(query: { placeId?: string; stepId?: string }): Promise<ReferralPath[]> {
    return findReferralPaths(this.read, query);
  }
  findPartners(query: { organizationId: string; stepId?: string; placeId?: string; asOf: string }): Promise<Partners> {
    return findPartners(this.read, query);
  }
  findCoverage(query: { placeId: string; asOf: string }): Promise<Coverage> {
    return findCoverage(this.read, query);
  }
}
