import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LocalizedText, Node } from '../common/common.types';
import { BasisEnum, GapKindEnum } from '../common/enums';
import { Organization } from '../organization/organization.type';
import { Region } from '../region/region.type';
import { Step } from '../step/step.type';

@ObjectType({
  implements: Node,
  description: 'A gap the sources document: something missing, uncovered or failing, in a place.',
})
export class Gap extends Node {
  @Field(() => GapKindEnum)
  kind!: string;

  @Field(() => Region)
  region!: Region;

  @Field(() => [Step])
  steps!: Step[];

  @Field(() => [Organization])
  organizations!: Organization[];

  @Field(() => LocalizedText)
  description!: LocalizedText;

  @Field(() => String, { nullable: true, description: 'When it was observed, if stated.' })
  asOf?: string;

  @Field(() => BasisEnum)
  basis!: string;

  @Field(() => String, { nullable: true })
  note?: string;
}

@ObjectType({ implements: Node, description: 'A data point from the sources.' })
export class Statistic extends Node {
  @Field(() => LocalizedText)
  indicator!: LocalizedText;

  @Field(() => Float)
  value!: number;

  @Field(() => String, { nullable: true, description: 'The value as printed in the source.' })
  valueAsPrinted?: string;

  @Field()
  unit!: string;

  @Field(() => Int, { nullable: true })
  year?: number;

  @Field(() => String, { nullable: true })
  periodFrom?: string;

  @Field(() => String, { nullable: true })
  periodTo?: string;

  @Field(() => Region)
  region!: Region;

  @Field(() => Organization, { nullable: true, description: 'Whom the source attributes the figure to.' })
  reportedBy?: Organization;

  @Field(() => BasisEnum)
  basis!: string;

  @Field(() => String, { nullable: true })
  note?: string;
}
