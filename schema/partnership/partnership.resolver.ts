import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Partnership as PartnershipRecord } from '../../server/knowledge/model';
import { OrganizationService } from '../../server/knowledge/services/organization.service';
import type { RequestContext } from '../common/context';
import { FactResolver, toLocalizedText } from '../common/fact.resolver';
import { LABEL_OF } from '../common/labels';
import { Partners, Partnership } from './partnership.type';
import { describeCandidate } from './candidate-reason';

@Resolver(() => Partnership)
export class PartnershipResolver extends FactResolver<Partnership, PartnershipRecord>(
  Partnership,
  LABEL_OF.partnership,
) {
  constructor(private readonly organizationService: OrganizationService) {
    super();
  }

  @Query(() => Partners, {
    description:
      "Existing partners of an organisation (with the partnership's dates and sources), and candidate partners working on the same steps in the same area, each with the reason it is listed.",
  })
  async partners(
    @Arg('organization', () => ID) organization: string,
    @Ctx() ctx: RequestContext,
    @Arg('step', () => ID, {
      nullable: true,
      description: 'Only this step (and steps under it); default: every step the organisation works on.',
    })
    step?: string,
    @Arg('region', () => ID, {
      nullable: true,
      description: "Only this place, places within it and above it; default: the organisation's area.",
    })
    region?: string,
    @Arg('asOf', () => String, {
      nullable: true,
      description: "Candidates' mandates valid on this day, YYYY-MM-DD (default: today).",
    })
    asOf?: string,
  ) {
    const found = await this.organizationService.partners({ organization, step, region, asOf });
    return {
      organization: ctx.loaders.organization.load(found.organizationId),
      asOf: found.asOf,
      existing: found.existing.flatMap((partnership) =>
        partnership.parties
          .filter((id) => id !== found.organizationId)
          .map((id) => ({ organization: ctx.loaders.organization.load(id), partnership })),
      ),
      candidates: found.candidates.map((c) => ({
        organization: ctx.loaders.organization.load(c.organizationId),
        mandates: c.mandates,
        reason: describeCandidate(c.mandates, ctx),
      })),
    };
  }

  @FieldResolver()
  parties(@Root() p: PartnershipRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.organization.loadMany(p.parties);
  }

  @FieldResolver()
  description(@Root() p: PartnershipRecord) {
    return toLocalizedText(p.description);
  }

  @FieldResolver()
  async steps(@Root() p: PartnershipRecord, @Ctx() ctx: RequestContext) {
    return Promise.all((p.steps ?? []).map((s) => ctx.loaders.step(s)));
  }

  @FieldResolver()
  region(@Root() p: PartnershipRecord, @Ctx() ctx: RequestContext) {
    return p.area === undefined ? null : ctx.loaders.place(p.area);
  }
}
