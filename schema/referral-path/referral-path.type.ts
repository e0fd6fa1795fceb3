import { Field, Int, ObjectType } from 'type-graphql';
import { CitedPart, DatedFactNode, FactNode, LocalizedText, Node } from '../common/common.types';
import { LegalBasis } from '../instrument/legal-basis.type';
import { Organization } from '../organization/organization.type';
import { Region } from '../region/region.type';
import { Step } from '../step/step.type';

@ObjectType({ description: 'One step of a referral path: what happens, who acts, and how the case passes on.' })
export class ReferralStep extends CitedPart {
  @Field(() => Int, { description: 'Position in the path, from 1.' })
  order!: number;

  @Field(() => Step)
  step!: Step;

  @Field(() => [Organization], { description: 'The organisations acting at this step.' })
  actors!: Organization[];

  @Field(() => LocalizedText)
  description!: LocalizedText;

  @Field(() => LocalizedText, {
    nullable: true,
    description: 'How the victim or case is handed to the next step (e.g. a berita acara penyerahan).',
  })
  handover?: LocalizedText;

  @Field(() => [LegalBasis])
  legalBasis!: LegalBasis[];
}

@ObjectType({
  implements: [Node, FactNode, DatedFactNode],
  description: 'How a victim or a case is referred from step to step, with the actor at each step.',
})
export class ReferralPath extends DatedFactNode {
  @Field(() => LocalizedText)
  name!: LocalizedText;

  @Field(() => Region)
  region!: Region;

  @Field(() => LocalizedText, { nullable: true })
  description?: LocalizedText;

  @Field(() => [LegalBasis])
  legalBasis!: LegalBasis[];

  @Field(() => [ReferralStep], { description: 'In order.' })
  steps!: ReferralStep[];
}
