import { Field, ObjectType } from 'type-graphql';
import { FactNode, LocalizedText, Node } from '../common/common.types';
import { FindingKindEnum, KnownUnknownKindEnum } from '../common/enums';
import { Region } from '../region/region.type';
import { Step } from '../step/step.type';

@ObjectType({
  implements: [Node, FactNode],
  description:
    'What the sources visibly leave open (a head never named, members not published, an acronym never expanded), ' +
    'with what they do say: "not stated in the sources" as an answer. `basis` and `sources` are about `known`.',
})
export class KnownUnknown extends FactNode {
  @Field(() => KnownUnknownKindEnum)
  kind!: string;

  @Field(() => [Node], { description: 'The records the open question concerns.' })
  about!: Node[];

  @Field(() => Region, { description: 'The place the question is about.' })
  region!: Region;

  @Field(() => LocalizedText, { description: 'What the sources leave open, as a question.' })
  question!: LocalizedText;

  @Field(() => LocalizedText, { description: 'What the sources do say about it.' })
  known!: LocalizedText;
}

@ObjectType({
  implements: [Node, FactNode],
  description:
    "The papers' context that prevention work needs: drivers, forms of exploitation, routes, deaths, barriers to " +
    'reporting, how NGOs and government see each other, campaign media, the border economy.',
})
export class Finding extends FactNode {
  @Field(() => FindingKindEnum)
  kind!: string;

  @Field(() => Region, { description: 'The place the finding is about (the world for general literature).' })
  region!: Region;

  @Field(() => LocalizedText, { description: 'The finding, close to the source.' })
  statement!: LocalizedText;

  @Field(() => [Node], { description: 'Records the finding concerns.' })
  about!: Node[];

  @Field(() => [Step], { description: 'Steps of the response the finding bears on.' })
  steps!: Step[];

  @Field(() => String, { nullable: true, description: 'Start of the period it is about, when stated.' })
  periodFrom?: string;

  @Field(() => String, { nullable: true, description: 'End of the period it is about, when stated.' })
  periodTo?: string;
}
