import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Mandate as MandateRecord } from '../../server/knowledge/model';
import type { RequestContext } from '../common/context';
import { FactResolver, toLocalizedText } from '../common/fact.resolver';
import { LABEL_OF } from '../common/labels';
import { Mandate } from './mandate.type';

@Resolver(() => Mandate)
export class MandateResolver extends FactResolver<Mandate, MandateRecord>(Mandate, LABEL_OF.mandate) {
  @FieldResolver()
  organization(@Root() m: MandateRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.organization.load(m.organization);
  }

  @FieldResolver()
  step(@Root() m: MandateRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.step(m.step);
  }

  @FieldResolver()
  region(@Root() m: MandateRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.place(m.area);
  }

  @FieldResolver()
  description(@Root() m: MandateRecord) {
    return toLocalizedText(m.description);
  }

  @FieldResolver()
  legalBasis(@Root() m: MandateRecord) {
    return m.legalBasis ?? [];
  }

  @FieldResolver()
  hasLegalBasis(@Root() m: MandateRecord): boolean {
    return (m.legalBasis ?? []).length > 0;
  }

  @FieldResolver()
  membership(@Root() m: MandateRecord, @Ctx() ctx: RequestContext) {
    return m.membership === undefined ? null : ctx.loaders.membership.load(m.membership);
  }
}
