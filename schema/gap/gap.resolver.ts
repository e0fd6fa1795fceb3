import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Language, LanguageEnum } from '../common/enums';
import type {
  Disagreement as DisagreementRecord,
  Gap as GapRecord,
  Statistic as StatisticRecord,
} from '../../server/knowledge/model';
import type { RequestContext } from '../common/context';
import { FactResolver, toLocalizedText, withBasis } from '../common/fact.resolver';
import { LABEL_OF } from '../common/labels';
import { resolveNode } from '../node/resolve-node';
import { Disagreement } from './disagreement.type';
import { Gap, Statistic } from './gap.type';

@Resolver(() => Gap)
export class GapResolver extends FactResolver<Gap, GapRecord>(Gap, LABEL_OF.gap) {
  @FieldResolver()
  region(@Root() g: GapRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.place(g.area);
  }

  @FieldResolver()
  async steps(@Root() g: GapRecord, @Ctx() ctx: RequestContext) {
    return Promise.all((g.steps ?? []).map((s) => ctx.loaders.step(s)));
  }

  @FieldResolver()
  organizations(@Root() g: GapRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.organization.loadMany(g.organizations ?? []);
  }

  @FieldResolver()
  description(@Root() g: GapRecord) {
    return toLocalizedText(g.description);
  }
}

@Resolver(() => Statistic)
export class StatisticResolver extends FactResolver<Statistic, StatisticRecord>(Statistic, LABEL_OF.statistic) {
  @FieldResolver()
  indicator(@Root() s: StatisticRecord) {
    return toLocalizedText(s.indicator);
  }

  @FieldResolver()
  region(@Root() s: StatisticRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.place(s.place);
  }

  @FieldResolver()
  reportedBy(@Root() s: StatisticRecord, @Ctx() ctx: RequestContext) {
    return s.reportedBy === undefined ? null : ctx.loaders.organization.load(s.reportedBy);
  }
}

@Resolver(() => Disagreement)
export class DisagreementResolver {
  @FieldResolver(() => String)
  label(@Root() d: DisagreementRecord, @Arg('lang', () => LanguageEnum, { nullable: true }) _lang?: Language): string {
    return LABEL_OF.disagreement(d);
  }

  @FieldResolver()
  subject(@Root() d: DisagreementRecord, @Ctx() ctx: RequestContext) {
    return resolveNode(d.subject, ctx);
  }

  @FieldResolver()
  variants(@Root() d: DisagreementRecord) {
    return d.variants.map((v) => ({ ...v, sources: withBasis(v.sources, 'stated') }));
  }
}
