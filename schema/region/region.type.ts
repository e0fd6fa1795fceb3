import { Field, ObjectType } from 'type-graphql';
import { LocalizedText, Node } from '../common/common.types';
import { BasisEnum, PlaceKindEnum } from '../common/enums';

@ObjectType({
  implements: Node,
  description: 'A place: Indonesia, NTT, a regency or city, a district, a village, an island, a foreign country.',
})
export class Region extends Node {
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

  @Field(() => BasisEnum)
  basis!: string;

  @Field(() => String, { nullable: true, description: "Curator's note." })
  note?: string;
}
