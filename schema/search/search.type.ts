import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Node } from '../common/common.types';
import { SearchKindEnum } from '../common/enums';

@ObjectType({
  description:
    'A search hit: a record (organisation, instrument, article, place, step, post, mandate, referral path, partnership, gap, statistic, disagreement) or a part of one (a duty, a penalty, a referral step).',
})
export class SearchHit {
  @Field(() => ID, {
    description: 'The id of what matched; for a part, its owner\'s id and the part ("…#duty-a", "…#penalty-1").',
  })
  id!: string;

  @Field(() => SearchKindEnum)
  kind!: string;

  @Field(() => String, { description: 'Display name in the requested language.' })
  label!: string;

  @Field(() => String, {
    description: 'The name or passage that matched, about 200 characters around the first matching word.',
  })
  snippet!: string;

  @Field(() => Float, {
    description:
      'Relevance: exact acronyms rank first, then exact names, then whole phrases in names, descriptions and texts, then word and typo matches.',
  })
  score!: number;

  @Field(() => Node, {
    description:
      'The record to open: the record itself, or for a duty its task force, for a penalty its article or instrument, for a referral step its path.',
  })
  node!: Node;

  @Field(() => Node, {
    nullable: true,
    description:
      "The record it belongs to: an article's instrument, a duty's task force, a mandate's organisation, a post's task force, a sub-task force's task force; null when it stands alone.",
  })
  owner?: Node | null;
}
