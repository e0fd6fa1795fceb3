import type { KnowledgeStore } from '../knowledge-store.port';
import { isValidOn, toAsOfDay } from '../dates';
import { describeOutsideAsOf, OutsideAsOf } from '../date-notice';
import type { Coverage, Mandate, Responsibility } from '../model';
import { Page, pageOf } from '../pagination';
import { ReferenceChecker } from '../reference-checker';

const MANDATES = { one: 'mandate', many: 'mandates', verb: 'resting on' };

export class ResponsibilityService {
  constructor(
    private readonly store: KnowledgeStore,
    private readonly checker: ReferenceChecker,
  ) {}

  /** Who is responsible for a step (or any step under it) in a place on a day (default: today). */
  async responsibilities(
    args: { step: string; region: string; asOf?: string | null },
    page: { first?: number | null; after?: string | null },
  ): Promise<
    Page<Responsibility> & { asOf: string; stepId: string; placeId: string; outsideAsOf: OutsideAsOf | null }
  > {
    const asOf = toAsOfDay(args.asOf);
    const [stepId, placeId] = await Promise.all([
      this.checker.assertStep(args.step),
      this.checker.assertRegion(args.region),
    ]);
    const onAnyDay = await this.store.findResponsibilities({ stepId, placeId, asOf: null });
    const valid = onAnyDay.filter((r) => isValidOn(asOf, r.mandate.validFrom, r.mandate.validTo));
    const outsideAsOf = await describeOutsideAsOf(
      this.store,
      onAnyDay.map((r) => r.mandate),
      asOf,
      MANDATES,
    );
    return { ...pageOf(valid, (r) => r.mandate.id, page), asOf, stepId, placeId, outsideAsOf };
  }

  /** An organisation's mandates, with the instruments and articles they rest on (where the sources give them). */
  async legalBasis(organization: string): Promise<{ organizationId: string; mandates: Mandate[] }> {
    const organizationId = await this.checker.assertOrganization(organization);
    const [mandates] = await this.store.listMandatesByOrganization([organizationId]);
    return { organizationId, mandates };
  }

  /** For each step, who covers it in the place on a day, which steps nobody covers, and the documented gaps. */
  async coverage(args: {
    region: string;
    asOf?: string | null;
  }): Promise<Coverage & { outsideAsOf: OutsideAsOf | null }> {
    const asOf = toAsOfDay(args.asOf);
    const placeId = await this.checker.assertRegion(args.region);
    const pillars = (await this.store.listSteps()).filter((s) => s.parent === undefined);
    const [coverage, ...onAnyDay] = await Promise.all([
      this.store.findCoverage({ placeId, asOf }),
      ...pillars.map((p) => this.store.findResponsibilities({ stepId: p.id, placeId, asOf: null })),
    ]);
    const mandates = onAnyDay.flat().map((r) => r.mandate);
    return { ...coverage, outsideAsOf: await describeOutsideAsOf(this.store, mandates, asOf, MANDATES) };
  }
}
