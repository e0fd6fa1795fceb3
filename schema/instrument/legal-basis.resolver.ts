import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/context';
import { LegalBasis } from './legal-basis.type';
import { toArticleRoot } from './article.resolver';

type LegalBasisRoot = { instrument: string; article?: string };

@Resolver(() => LegalBasis)
export class LegalBasisResolver {
  @FieldResolver()
  instrument(@Root() b: LegalBasisRoot, @Ctx() ctx: RequestContext) {
    return ctx.loaders.instrument.load(b.instrument);
  }

  @FieldResolver()
  async article(@Root() b: LegalBasisRoot, @Ctx() ctx: RequestContext) {
    return b.article === undefined ? null : toArticleRoot(await ctx.loaders.article.load(b.article));
  }
}
