import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type {
  ReferralPath as ReferralPathRecord,
  ReferralStep as ReferralStepRecord,
} from '../../server/knowledge/model';
import { ReferralPathService } from '../../server/knowledge/services/referral-path.service';
import { Connection, toConnection } from '../common/connection';
import type { RequestContext } from '../common/context';
import { FactResolver, toLocalizedText, withBasis } from '../common/fact.resolver';
import { Source } from '../common/common.types';
import { LABEL_OF } from '../common/labels';
import { ReferralPath, ReferralStep } from './referral-path.type';

export const ReferralPathConnection = Connection(
  'ReferralPath',
  ReferralPath,
  'A page of referral paths, sorted by id.',
);

@Resolver(() => ReferralPath)
export class ReferralPathResolver extends FactResolver<ReferralPath, ReferralPathRecord>(
  ReferralPath,
  LABEL_OF.referralPath,
) {
  constructor(private readonly referralPathService: ReferralPathService) {
    super();
  }

  @Query(() => ReferralPathConnection, {
    description:
      'How victims and cases are referred from step to step in a place (paths for the place, above it or within it), optionally only paths through a step.',
  })
  async referralPaths(
    @Arg('region', () => ID, { nullable: true }) region?: string,
    @Arg('step', () => ID, { nullable: true }) step?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return toConnection(await this.referralPathService.referralPaths({ region, step }, { first, after }));
  }

  @Query(() => ReferralPath, {
    description:
      'One referral path. Takes the id, or an exact name, alias, acronym or citation that names only one record ("TTU", "PLBN Motaain", "UU 21/2007"); an ambiguous name fails with AMBIGUOUS_NAME listing the candidates, an unknown one with NOT_FOUND.',
  })
  referralPath(@Arg('id', () => ID) id: string): Promise<ReferralPathRecord> {
    return this.referralPathService.referralPath(id);
  }

  @FieldResolver()
  name(@Root() p: ReferralPathRecord) {
    return toLocalizedText(p.name);
  }

  @FieldResolver()
  description(@Root() p: ReferralPathRecord) {
    return toLocalizedText(p.description);
  }

  @FieldResolver()
  region(@Root() p: ReferralPathRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.place(p.area);
  }

  @FieldResolver()
  legalBasis(@Root() p: ReferralPathRecord) {
    return p.legalBasis ?? [];
  }

  @FieldResolver()
  steps(@Root() p: ReferralPathRecord) {
    return [...p.steps].sort((a, b) => a.order - b.order);
  }
}

@Resolver(() => ReferralStep)
export class ReferralStepResolver {
  @FieldResolver()
  step(@Root() s: ReferralStepRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.step(s.step);
  }

  @FieldResolver()
  actors(@Root() s: ReferralStepRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.organization.loadMany(s.actors);
  }

  @FieldResolver()
  description(@Root() s: ReferralStepRecord) {
    return toLocalizedText(s.description);
  }

  @FieldResolver()
  handover(@Root() s: ReferralStepRecord) {
    return toLocalizedText(s.handover);
  }

  @FieldResolver()
  legalBasis(@Root() s: ReferralStepRecord) {
    return s.legalBasis ?? [];
  }

  @FieldResolver(() => [Source])
  sources(@Root() s: ReferralStepRecord): Source[] {
    return withBasis(s.sources, s.basis);
  }
}
