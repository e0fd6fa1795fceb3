import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Node } from '../common/common.types';
import { SearchKindEnum } from '../common/enums';

@ObjectType({ description: 'A search hit: an organisation, task force, instrument, place or step.' })
export class SearchHit {
  @Field(() => ID)
  id!: string;

  @Field(() => SearchKindEnum)
  kind!: string;

  @Field(() => String, { description: 'Display name in the requested language.' })
  label!: string;

  @Field(() => Float, {
    description: 'Relevance: exact acronym matches rank first, then exact names, then whole words, then fuzzy matches.',
  })
  score!: number;

  @Field(() => Node, { description: 'The entity itself.' })
  node!: Node;
}
