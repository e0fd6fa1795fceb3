import { Field, ObjectType } from 'type-graphql';
import { LocalizedText, Node, Source } from '../common/common.types';
import { PillarEnum } from '../common/enums';

@ObjectType({
  implements: Node,
  description: 'A step of the response: one of the four pillars, or a step within a pillar (shelter, investigation…).',
})
export class Step extends Node {
  @Field(() => PillarEnum)
  pillar!: string;

  @Field(() => Step, { nullable: true, description: 'The pillar this step belongs to; null for a pillar.' })
  parent?: Step;

  @Field(() => [Step], { description: 'Steps under this one (for a pillar: its steps).' })
  children!: Step[];

  @Field(() => LocalizedText, { description: 'Label in Indonesian and English.' })
  labels!: LocalizedText;

  @Field(() => LocalizedText, { nullable: true })
  description?: LocalizedText;

  @Field(() => [Source], { description: 'Where the vocabulary comes from, when a source names it.' })
  sources!: Source[];
}
