import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Membership as MembershipRecord } from '../../server/knowledge/model';
import type { RequestContext } from '../common/context';
import { FactResolver, toLocalizedText } from '../common/fact.resolver';
import { LABEL_OF } from '../common/labels';
import { Membership } from './membership.type';

@Resolver(() => Membership)
export class MembershipResolver extends FactResolver<Membership, MembershipRecord>(Membership, LABEL_OF.membership) {
  @FieldResolver()
  member(@Root() m: MembershipRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.organization.load(m.member);
  }

  @FieldResolver()
  group(@Root() m: MembershipRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.organization.load(m.of);
  }

  @FieldResolver()
  post(@Root() m: MembershipRecord) {
    return toLocalizedText(m.post);
  }

  @FieldResolver()
  legalBasis(@Root() m: MembershipRecord) {
    return m.legalBasis ?? null;
  }
}
