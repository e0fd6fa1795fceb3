import { Field, ObjectType } from 'type-graphql';
import { DatedFactNode, FactNode, LocalizedText, Node } from '../common/common.types';
import { PositionEnum } from '../common/enums';
import { Organization } from '../organization/organization.type';
import { LegalBasis } from '../instrument/legal-basis.type';

@ObjectType({
  implements: [Node, FactNode, DatedFactNode],
  description: 'A post an organisation (an office, not a person) holds in a task force, sub-task force or alliance.',
})
export class Membership extends DatedFactNode {
  @Field(() => Organization, { description: 'The office or organisation holding the post.' })
  member!: Organization;

  @Field(() => Organization, { description: 'The task force, sub-task force or alliance.' })
  group!: Organization;

  @Field(() => PositionEnum)
  position!: string;

  @Field(() => LocalizedText, {
    description: 'The post as printed in the instrument (e.g. "Kepala Dinas Sosial Kab.TTU") and in English.',
  })
  post!: LocalizedText;

  @Field(() => LegalBasis, { nullable: true, description: 'The instrument that gives the post.' })
  legalBasis?: LegalBasis;
}
