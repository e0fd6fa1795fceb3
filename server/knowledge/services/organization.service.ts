import type { KnowledgeStore } from '../knowledge-store.port';
import { toAsOfDay } from '../dates';
import { isTaskForce, Organization, Partners, TASK_FORCE_KINDS } from '../model';
import { Page, toPage, toPageRequest } from '../pagination';
import { ReferenceChecker } from '../reference-checker';
import { getOrThrow } from './lookup';

export interface OrganizationFilter {
  kinds?: Organization['kind'][];
  levels?: Organization['level'][];
  region?: string;
  step?: string;
}

export class OrganizationService {
  constructor(
    private readonly store: KnowledgeStore,
    private readonly checker: ReferenceChecker,
  ) {}

  /** One organisation by id, or by an exact name, alias or acronym that names only it. */
  async organization(idOrName: string): Promise<Organization> {
    const id = (await this.checker.names.resolve(idOrName, ['organization', 'taskForce']))?.id ?? idOrName;
    const [found] = await this.store.getOrganizations([id]);
    return getOrThrow(found, 'organization', id, 'use `search` or `organizations` to find organisation ids');
  }

  async organizations(
    filter: OrganizationFilter,
    page: { first?: number | null; after?: string | null },
  ): Promise<Page<Organization>> {
    const request = toPageRequest(page);
    const placeId = filter.region === undefined ? undefined : await this.checker.assertRegion(filter.region);
    const stepId = filter.step === undefined ? undefined : await this.checker.assertStep(filter.step);
    const rows = await this.store.findOrganizations(
      { kinds: filter.kinds, levels: filter.levels, placeId, stepId },
      request,
    );
    return toPage(rows, request);
  }

  async taskForce(idOrName: string): Promise<Organization> {
    const id = (await this.checker.names.resolve(idOrName, ['taskForce']))?.id ?? idOrName;
    const [found] = await this.store.getOrganizations([id]);
    const hint = 'query `taskForces` for the task force ids, e.g. "gugus-tugas-ttu-2023"';
    return getOrThrow(found !== null && isTaskForce(found) ? found : null, 'task force', id, hint);
  }

  async taskForces(args: { includeSubTaskForces: boolean }, page: { first?: number | null; after?: string | null }) {
    const request = toPageRequest(page);
    const kinds = args.includeSubTaskForces ? [...TASK_FORCE_KINDS] : (['task-force'] as Organization['kind'][]);
    return toPage(await this.store.findOrganizations({ kinds }, request), request);
  }

  /** Existing partners of an organisation, and candidates working on the same steps in the same area. */
  async partners(args: {
    organization: string;
    step?: string | null;
    region?: string | null;
    asOf?: string | null;
  }): Promise<Partners & { organizationId: string; asOf: string }> {
    const asOf = toAsOfDay(args.asOf);
    const organizationId = await this.checker.assertOrganization(args.organization);
    const stepId = args.step == null ? undefined : await this.checker.assertStep(args.step);
    const placeId = args.region == null ? undefined : await this.checker.assertRegion(args.region);
    return { ...(await this.store.findPartners({ organizationId, stepId, placeId, asOf })), organizationId, asOf };
  }
}
