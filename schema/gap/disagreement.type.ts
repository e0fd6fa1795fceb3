import { Field, ObjectType } from 'type-graphql';
import { Node, Source } from '../common/common.types';

@ObjectType({ description: 'One reading of a disputed fact, with its own sources.' })
export class DisagreementVariant {
  @Field()
  value!: string;

  @Field(() => String, { nullable: true, description: 'When this reading held, if dated.' })
  asOf?: string;

  @Field(() => [Source])
  sources!: Source[];
}

@ObjectType({
  implements: Node,
  description: 'Where the sources disagree (a spelling, a post, a rank): every variant is kept, cited.',
})
export class Disagreement extends Node {
  @Field(() => Node, { nullable: true, description: 'The record the sources disagree about.' })
  subject?: Node;

  @Field({ description: 'What they disagree on.' })
  field!: string;

  @Field(() => [DisagreementVariant])
  variants!: DisagreementVariant[];

  @Field()
  note!: string;
}
