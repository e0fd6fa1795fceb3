import { Field, ObjectType } from 'type-graphql';
import { DatedFactNode, FactNode, LocalizedText, Node, Source } from '../common/common.types';
import { BasisEnum, MandateRoleEnum, ScopeEnum } from '../common/enums';
import { LegalBasis } from '../instrument/legal-basis.type';
import { Membership } from '../membership/membership.type';
import { Organization } from '../organization/organization.type';
import { Region } from '../region/region.type';
import { Step } from '../step/step.type';

@ObjectType({
  implements: [Node, FactNode, DatedFactNode],
  description:
    'A responsibility of an organisation for a step in a place, for a period, in a role, on a legal basis when the sources give one.',
})
export class Mandate extends DatedFactNode {
  @Field(() => Organization)
  organization!: Organization;

  @Field(() => Step)
  step!: Step;

  @Field(() => Region, { description: 'Where the responsibility applies.' })
  region!: Region;

  @Field(() => MandateRoleEnum)
  role!: string;

  @Field(() => LocalizedText)
  description!: LocalizedText;

  @Field(() => [LegalBasis], {
    description: 'Instrument and article. Empty: the sources state no legal basis for this mandate.',
  })
  legalBasis!: LegalBasis[];

  @Field({ description: 'False when the sources state no legal basis ("not stated in the sources").' })
  hasLegalBasis!: boolean;

  @Field(() => Membership, { nullable: true, description: 'The task-force post that gives this mandate.' })
  membership?: Membership;
}

@ObjectType({
  description: 'Who is responsible for a step in the place asked about, and how their mandate reaches it.',
})
export class Responsibility {
  @Field(() => Organization)
  organization!: Organization;

  @Field(() => Step, { description: 'The step of the mandate (the step asked about or one under it).' })
  step!: Step;

  @Field(() => MandateRoleEnum)
  role!: string;

  @Field(() => ScopeEnum, {
    description: 'Whether the mandate is for the place itself, a place above it, or a place within it.',
  })
  scope!: string;

  @Field(() => Region, { description: "The mandate's own place." })
  region!: Region;

  @Field(() => [LegalBasis], { description: 'Empty: not stated in the sources.' })
  legalBasis!: LegalBasis[];

  @Field(() => Membership, { nullable: true, description: 'The post or membership that gives it.' })
  membership?: Membership;

  @Field(() => String, { nullable: true })
  validFrom?: string;

  @Field(() => String, { nullable: true })
  validTo?: string;

  @Field(() => LocalizedText)
  description!: LocalizedText;

  @Field(() => BasisEnum)
  basis!: string;

  @Field(() => [Source])
  sources!: Source[];

  @Field(() => Mandate)
  mandate!: Mandate;
}
