import { Field, Int, ObjectType } from 'type-graphql';
import { CitedPart, DatedFactNode, FactNode, LocalizedText, Node, Source } from '../common/common.types';
import { BasisEnum, InstrumentKindEnum, InstrumentStatusEnum, RelationTypeEnum } from '../common/enums';
import { Organization } from '../organization/organization.type';
import { Region } from '../region/region.type';

@ObjectType({
  implements: [Node, FactNode, DatedFactNode],
  description: 'A law, regulation, decree, village regulation, action plan, convention, SOP or programme.',
})
export class Instrument extends DatedFactNode {
  @Field(() => InstrumentKindEnum)
  kind!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Number as printed (e.g. "126/KEP/HK/II/2023"); null when the sources do not give it.',
  })
  number?: string;

  @Field(() => Int, { nullable: true })
  year?: number;

  @Field(() => String, { nullable: true, description: 'Date enacted, signed or set, when stated.' })
  date?: string;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field(() => [String], { description: 'Other renderings of the title in the sources.' })
  titleVariants!: string[];

  @Field(() => Organization, { nullable: true })
  issuer?: Organization;

  @Field(() => String, { nullable: true, description: 'The issuer as the sources name it.' })
  issuerText?: string;

  @Field(() => Region)
  jurisdiction!: Region;

  @Field(() => InstrumentStatusEnum, { nullable: true })
  status?: string;

  @Field(() => LocalizedText, { description: 'What it establishes or mandates, as far as the sources say.' })
  summary!: LocalizedText;

  @Field(() => [Article])
  articles!: Article[];

  @Field(() => [Penalty])
  penalties!: Penalty[];

  @Field(() => [InstrumentRelation], { description: 'How it relates to other instruments, in both directions.' })
  relations!: InstrumentRelation[];
}

@ObjectType({
  implements: [Node, FactNode],
  description: 'A single article of an instrument, as the sources cite it (e.g. Law 21/2007 Art. 58).',
})
export class Article extends FactNode {
  @Field({ description: 'As cited: "58", "18(1)".' })
  number!: string;

  @Field(() => LocalizedText)
  summary!: LocalizedText;

  @Field(() => Instrument)
  instrument!: Instrument;
}

@ObjectType({ description: 'A penalty an instrument sets, as stated in the sources.' })
export class Penalty {
  @Field(() => LocalizedText)
  text!: LocalizedText;

  @Field(() => Article, { nullable: true })
  article?: Article;

  @Field(() => BasisEnum)
  basis!: string;

  @Field(() => [Source])
  sources!: Source[];
}

@ObjectType({ description: '`from` implements / amends / succeeds / supplements / is based on `to`.' })
export class InstrumentRelation extends CitedPart {
  @Field(() => RelationTypeEnum)
  type!: string;

  @Field(() => Instrument)
  from!: Instrument;

  @Field(() => Instrument)
  to!: Instrument;
}
