import { Arg, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { ResponsibilityService } from '../../server/knowledge/services/responsibility.service';
import type { RequestContext } from '../common/context';
import { Instrument } from '../instrument/instrument.type';
import { Organization } from '../organization/organization.type';
import { Mandate } from './mandate.type';

@ObjectType({ description: "An organisation's mandates and the instruments and articles they rest on." })
export class LegalBasisReport {
  @Field(() => Organization)
  organization!: Organization;

  @Field(() => [Mandate], {
    description: "All its mandates; each one's `legalBasis` is empty where the sources state none.",
  })
  mandates!: Mandate[];

  @Field(() => [Instrument], { description: 'The distinct instruments its mandates rest on.' })
  instruments!: Instrument[];

  @Field(() => [Mandate], { description: 'Mandates for which the sources state no legal basis.' })
  notStated!: Mandate[];
}

@Resolver(() => LegalBasisReport)
export class LegalBasisReportResolver {
  constructor(private readonly responsibilityService: ResponsibilityService) {}

  @Query(() => LegalBasisReport, {
    description: "An organisation's mandates and the instruments and articles they rest on.",
  })
  async legalBasis(@Arg('organization', () => ID) organization: string, @Ctx() ctx: RequestContext) {
    const { organizationId, mandates } = await this.responsibilityService.legalBasis(organization);
    const instrumentIds = [...new Set(mandates.flatMap((m) => (m.legalBasis ?? []).map((b) => b.instrument)))].sort();
    return {
      organization: ctx.loaders.organization.load(organizationId),
      mandates,
      instruments: ctx.loaders.instrument.loadMany(instrumentIds),
      notStated: mandates.filter((m) => (m.legalBasis ?? []).length === 0),
    };
  }
}
