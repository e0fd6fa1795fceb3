import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Responsibility as ResponsibilityRecord } from '../../server/knowledge/model';
import { ResponsibilityService } from '../../server/knowledge/services/responsibility.service';
import { OutsideAsOf } from '../common/common.types';
import { Connection, toConnection } from '../common/connection';
import type { RequestContext } from '../common/context';
import { toLocalizedText, withBasis } from '../common/fact.resolver';
import { Responsibility } from './mandate.type';
import { Step } from '../step/step.type';
import { Region } from '../region/region.type';

const ResponsibilityConnectionBase = Connection(
  'Responsibility',
  Responsibility,
  'Who is responsible, one page at a time.',
);

@ObjectType({ description: 'A page of responsibilities, and the day they are for.' })
export class ResponsibilityConnection extends ResponsibilityConnectionBase {
  @Field({ description: 'The day the answer is for (YYYY-MM-DD).' })
  asOf!: string;

  @Field(() => Step, { description: 'The step asked about (the answer includes the steps under it).' })
  step!: Step;

  @Field(() => Region, { description: 'The place asked about.' })
  region!: Region;

  @Field(() => OutsideAsOf, {
    nullable: true,
    description: 'Mandates for this step and place that hold only on other days than `asOf`; null when none.',
  })
  outsideAsOf?: OutsideAsOf | null;
}

@ArgsType()
export class ResponsibilitiesArgs {
  @Field(() => ID, { description: 'A step id from `steps` (e.g. "shelter"); the answer includes the steps under it.' })
  step!: string;

  @Field(() => ID, {
    description: 'A place id from `regions` (e.g. "ttu"); mandates from the places above it apply too.',
  })
  region!: string;

  @Field(() => String, { nullable: true, description: 'The day to answer for, YYYY-MM-DD (default: today).' })
  asOf?: string;

  @Field(() => Int, { nullable: true, description: 'Page size, 0 to 100 (default 20).' })
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string;
}

@Resolver(() => Responsibility)
export class ResponsibilityResolver {
  constructor(private readonly responsibilityService: ResponsibilityService) {}

  @Query(() => ResponsibilityConnection, {
    description:
      'Who is responsible for a step in a place on a day, including organisations whose jurisdiction covers it from a higher level.',
  })
  async responsibilities(@Args() { first, after, ...args }: ResponsibilitiesArgs, @Ctx() ctx: RequestContext) {
    const page = await this.responsibilityService.responsibilities(args, { first, after });
    return {
      ...toConnection(page),
      asOf: page.asOf,
      outsideAsOf: page.outsideAsOf,
      step: ctx.loaders.step(page.stepId),
      region: ctx.loaders.place(page.placeId),
    };
  }

  @FieldResolver()
  organization(@Root() r: ResponsibilityRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.organization.load(r.mandate.organization);
  }

  @FieldResolver()
  step(@Root() r: ResponsibilityRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.step(r.mandate.step);
  }

  @FieldResolver()
  role(@Root() r: ResponsibilityRecord): string {
    return r.mandate.role;
  }

  @FieldResolver()
  region(@Root() r: ResponsibilityRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.place(r.mandate.area);
  }

  @FieldResolver()
  legalBasis(@Root() r: ResponsibilityRecord) {
    return r.mandate.legalBasis ?? [];
  }

  @FieldResolver()
  membership(@Root() r: ResponsibilityRecord, @Ctx() ctx: RequestContext) {
    return r.mandate.membership === undefined ? null : ctx.loaders.membership.load(r.mandate.membership);
  }

  @FieldResolver(() => String, { nullable: true })
  validFrom(@Root() r: ResponsibilityRecord) {
    return r.mandate.validFrom ?? null;
  }

  @FieldResolver(() => String, { nullable: true })
  validTo(@Root() r: ResponsibilityRecord) {
    return r.mandate.validTo ?? null;
  }

  @FieldResolver()
  description(@Root() r: ResponsibilityRecord) {
    return toLocalizedText(r.mandate.description);
  }

  @FieldResolver()
  basis(@Root() r: ResponsibilityRecord): string {
    return r.mandate.basis;
  }

  @FieldResolver()
  sources(@Root() r: ResponsibilityRecord) {
    return withBasis(r.mandate.sources, r.mandate.basis);
  }

  @FieldResolver()
  mandate(@Root() r: ResponsibilityRecord) {
    return r.mandate;
  }
}
