import type { KnowledgeStore } from '../knowledge-store.port';
import { toAsOfDay } from '../dates';
import type { Coverage, Mandate, Responsibility } from '../model';
import { Page, pageOf } from '../pagination';
import { ReferenceChecker } from '../reference-checker';

export class ResponsibilityService {
  constructor(
    private readonly store: KnowledgeStore,
    private readonly checker: ReferenceChecker,
  ) {}

  /** Who is responsible for a step (or any step under it) in a place on a day (default: today). */
  async responsibilities(
    args: { step: string; region: string; asOf?: string | null },
    page: { first?: number | null; after?: string | null },
  ): Promise<Page<Responsibility> & { asOf: string; stepId: string; placeId: string }> {
    const asOf = toAsOfDay(args.asOf);
    const [stepId, placeId] = await Promise.all([
      this.checker.assertStep(args.step),
      this.checker.assertRegion(args.region),
    ]);
    const all = await this.store.findResponsibilities({ stepId, placeId, asOf });
    return { ...pageOf(all, (r) => r.mandate.id, page), asOf, stepId, placeId };
  }

  /** An organisation's mandates, with the instruments and articles they rest on (where the sources give them). */
  async legalBasis(organization: string): Promise<Mandate[]> {
    const id = await this.checker.assertOrganization(organization);
    const [mandates] = await this.store.listMandatesByOrganization([id]);
    return mandates;
  }

  /** For each step, who covers it in the place on a day, which steps nobody covers, and the documented gaps. */
  async coverage(args: { region: string; asOf?: string | null }): Promise<Coverage> {
    const asOf = toAsOfDay(args.asOf);
    const placeId = await this.checker.assertRegion(args.region);
    return this.store.findCoverage({ placeId, asOf });
  }
}
