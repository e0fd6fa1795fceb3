import { Field, ObjectType } from 'type-graphql';
import { DatedFactNode, FactNode, LocalizedText, Node } from '../common/common.types';
import { PartnershipKindEnum } from '../common/enums';
import { Mandate } from '../mandate/mandate.type';
import { Organization } from '../organization/organization.type';
import { Region } from '../region/region.type';
import { Step } from '../step/step.type';

@ObjectType({
  implements: [Node, FactNode, DatedFactNode],
  description: 'A partnership between organisations, with its dates.',
})
export class Partnership extends DatedFactNode {
  @Field(() => [Organization])
  parties!: Organization[];

  @Field(() => PartnershipKindEnum)
  kind!: string;

  @Field(() => LocalizedText)
  description!: LocalizedText;

  @Field(() => [Step])
  steps!: Step[];

  @Field(() => Region, { nullable: true })
  region?: Region;
}

@ObjectType({ description: 'An organisation already in partnership with the one asked about.' })
export class ExistingPartner {
  @Field(() => Organization)
  organization!: Organization;

  @Field(() => Partnership)
  partnership!: Partnership;
}

@ObjectType({ description: 'An organisation that works on the same steps in the same area, and is not yet a partner.' })
export class CandidatePartner {
  @Field(() => Organization)
  organization!: Organization;

  @Field({ description: 'Why it is listed, in the requested language.' })
  reason!: string;

  @Field(() => [Mandate], { description: 'The mandates that make it a candidate.' })
  mandates!: Mandate[];
}

@ObjectType({ description: "An organisation's partners and candidate partners." })
export class Partners {
  @Field(() => Organization)
  organization!: Organization;

  @Field({ description: "The day the candidates' mandates are valid on (YYYY-MM-DD)." })
  asOf!: string;

  @Field(() => [ExistingPartner])
  existing!: ExistingPartner[];

  @Field(() => [CandidatePartner])
  candidates!: CandidatePartner[];
}
