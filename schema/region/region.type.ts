import { Field, ObjectType } from 'type-graphql';
import { FactNode, LocalizedText, Node } from '../common/common.types';
import { PlaceKindEnum } from '../common/enums';

@ObjectType({
  implements: [Node, FactNode],
  description: 'A place: Indonesia, NTT, a regency or city, a district, a village, an island, a foreign country.',
})
export class Region extends FactNode {
  @Field(() => PlaceKindEnum)
  kind!: string;

  @Field(() => LocalizedText, { description: 'Name in Indonesian and English.' })
  name!: LocalizedText;

  @Field(() => [String], { description: 'Other spellings found in the sources.' })
  aliases!: string[];

  @Field(() => Region, { nullable: true, description: 'The administrative parent.' })
  parent?: Region;

  @Field(() => Region, { nullable: true, description: 'The island the place lies on.' })
  island?: Region;

  @Field(() => [Region], { description: 'Places directly under this one.' })
  children!: Region[];

  @Field(() => LocalizedText, { nullable: true })
  description?: LocalizedText;
}
