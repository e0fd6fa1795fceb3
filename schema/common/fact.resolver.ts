import { Arg, ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Citation } from '../../server/knowledge/model';
import { Source, LocalizedText } from './common.types';
import type { RequestContext } from './context';
import { LanguageEnum, Language } from './enums';

export interface FactRoot {
  sources?: Citation[];
  basis?: 'stated' | 'inferred';
}

/** Citations as `Source` values: each carries the basis of the fact it supports. */
export const withBasis = (sources: Citation[], basis: 'stated' | 'inferred' = 'stated'): Source[] =>
  sources.map((s) => ({ ...s, basis }));

export const toLocalizedText = (text: { id?: string; en?: string } | undefined | null): LocalizedText | null =>
  text == null ? null : { indonesian: text.id ?? null, english: text.en ?? null };

/**
 * The fields every entity type shares, resolved once here: `label` in the requested language and `sources` with the
 * fact's basis. Each entity's resolver extends the class this returns.
 */
export function FactResolver<T extends object, R extends FactRoot>(
  objectType: ClassType<T>,
  labelOf: (root: R, lang: Language) => string,
) {
  @Resolver(() => objectType)
  abstract class FactResolverBase {
    @FieldResolver(() => String)
    label(
      @Root() root: R,
      @Ctx() ctx: RequestContext,
      @Arg('lang', () => LanguageEnum, { nullable: true }) lang?: Language,
    ): string {
      return labelOf(root, lang ?? ctx.lang);
    }

    @FieldResolver(() => [Source])
    sources(@Root() root: R): Source[] {
      return withBasis(root.sources ?? [], root.basis);
    }
  }
  return FactResolverBase;
}
