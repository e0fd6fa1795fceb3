import { Field, ObjectType } from 'type-graphql';
import { DatedFactNode, FactNode, LocalizedText, Node, OutsideAsOf } from '../common/common.types';
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

@ObjectType({ description: 'Posts, with the day they were filtered on and what that day left out.' })
export class PostList {
  @Field(() => String, {
    nullable: true,
    description: 'The day the posts are valid on; null when not filtered by day.',
  })
  asOf?: string | null;

  @Field(() => [Membership], { description: 'The posts, sorted by id.' })
  nodes!: Membership[];

  @Field(() => OutsideAsOf, { nullable: true, description: 'Posts not valid on `asOf`; null when none or no asOf.' })
  outsideAsOf?: OutsideAsOf | null;
}
