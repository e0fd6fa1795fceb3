import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Article as ArticleRecord, ArticleOfInstrument } from '../../server/knowledge/model';
import type { RequestContext } from '../common/context';
import { FactResolver, toLocalizedText } from '../common/fact.resolver';
import { LABEL_OF } from '../common/labels';
import { Mandate } from '../mandate/mandate.type';
import { Article } from './instrument.type';

export type ArticleRoot = ArticleRecord & { instrumentId: string };

export const toArticleRoot = (found: ArticleOfInstrument | null): ArticleRoot | null =>
  found === null ? null : { ...found.article, instrumentId: found.instrumentId };

@Resolver(() => Article)
export class ArticleResolver extends FactResolver<Article, ArticleRoot>(Article, LABEL_OF.article) {
  @FieldResolver()
  summary(@Root() a: ArticleRoot) {
    return toLocalizedText(a.summary);
  }

  @FieldResolver()
  instrument(@Root() a: ArticleRoot, @Ctx() ctx: RequestContext) {
    return ctx.loaders.instrument.load(a.instrumentId);
  }

  @FieldResolver(() => [Mandate], { description: 'Mandates that cite this article.' })
  async mandatesGranted(@Root() a: ArticleRoot, @Ctx() ctx: RequestContext) {
    const mandates = await ctx.loaders.mandatesByInstrument.load(a.instrumentId);
    return mandates.filter((m) => (m.legalBasis ?? []).some((b) => b.article === a.id));
  }
}
