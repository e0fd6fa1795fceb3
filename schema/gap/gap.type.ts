import { Field, Float, Int, ObjectType } from 'type-graphql';
import { FactNode, LocalizedText, Node } from '../common/common.types';
import { GapKindEnum } from '../common/enums';
import { Organization } from '../organization/organization.type';
import { Region } from '../region/region.type';
import { Step } from '../step/step.type';

@ObjectType({
  implements: [Node, FactNode],
  description: 'A gap the sources document: something missing, uncovered or failing, in a place.',
})
export class Gap extends FactNode {
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
}

@ObjectType({ implements: [Node, FactNode], description: 'A data point from the sources.' })
export class Statistic extends FactNode {
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
}
