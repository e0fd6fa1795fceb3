import { Field, ObjectType } from 'type-graphql';
import { FactNode, LocalizedText, Node } from '../common/common.types';
import { LevelEnum, OrganizationKindEnum } from '../common/enums';
import { Region } from '../region/region.type';

@ObjectType({
  implements: [Node, FactNode],
  description:
    'An agency, police unit, prosecutor, court, border post, service centre, NGO, church, international organisation, alliance, task force…',
})
export class Organization extends FactNode {
  @Field(() => OrganizationKindEnum)
  kind!: string;

  @Field(() => LevelEnum)
  level!: string;

  @Field(() => LocalizedText, { description: 'Official (Indonesian) name and English name.' })
  name!: LocalizedText;

  @Field(() => [String])
  acronyms!: string[];

  @Field(() => [String], { description: 'Spelling variants and other names found in the sources.' })
  aliases!: string[];

  @Field(() => Region, { nullable: true, description: 'The place whose people it serves (its jurisdiction).' })
  area?: Region;

  @Field(() => Region, { nullable: true, description: 'Where its office is, when stated.' })
  location?: Region;

  @Field(() => Organization, {
    nullable: true,
    description: "The organisation it belongs to (a unit's office, a sub-task force's task force).",
  })
  parent?: Organization;

  @Field(() => [Organization], { description: 'Units and sub-task forces under it.' })
  units!: Organization[];

  @Field(() => String, { nullable: true, description: 'Date founded (YYYY, YYYY-MM or YYYY-MM-DD), when stated.' })
  founded?: string;

  @Field(() => LocalizedText, { nullable: true, description: 'What it does, as the sources describe it.' })
  description?: LocalizedText;
}
