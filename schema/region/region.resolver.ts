import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Place } from '../../server/knowledge/model';
import { RegionService } from '../../server/knowledge/services/region.service';
import type { RequestContext } from '../common/context';
import { PlaceKindEnum } from '../common/enums';
import { FactResolver, toLocalizedText } from '../common/fact.resolver';
import { LABEL_OF } from '../common/labels';
import { Region } from './region.type';

@Resolver(() => Region)
export class RegionResolver extends FactResolver<Region, Place>(Region, LABEL_OF.place) {
  constructor(private readonly regionService: RegionService) {
    super();
  }

  @Query(() => [Region], {
    description:
      'The place hierarchy: Indonesia > NTT > regencies and cities > districts > villages, islands, and foreign places the sources name.',
  })
  regions(
    @Arg('kinds', () => [PlaceKindEnum], { nullable: true }) kinds?: Place['kind'][],
    @Arg('parent', () => ID, { nullable: true, description: 'Only places directly under this one.' }) parent?: string,
  ): Promise<Place[]> {
    return this.regionService.regions({ kinds, parentId: parent });
  }

  @Query(() => Region, {
    description:
      'One place. Takes the id, or an exact name, alias, acronym or citation that names only one record ("TTU", "PLBN Motaain", "UU 21/2007"); an ambiguous name fails with AMBIGUOUS_NAME listing the candidates, an unknown one with UNKNOWN_REGION.',
  })
  region(@Arg('id', () => ID) id: string): Promise<Place> {
    return this.regionService.region(id);
  }

  @FieldResolver()
  name(@Root() place: Place) {
    return toLocalizedText(place.name);
  }

  @FieldResolver()
  aliases(@Root() place: Place): string[] {
    return place.aliases ?? [];
  }

  @FieldResolver()
  description(@Root() place: Place) {
    return toLocalizedText(place.description);
  }

  @FieldResolver()
  parent(@Root() place: Place, @Ctx() ctx: RequestContext) {
    return place.parent === undefined ? null : ctx.loaders.place(place.parent);
  }

  @FieldResolver()
  island(@Root() place: Place, @Ctx() ctx: RequestContext) {
    return place.island === undefined ? null : ctx.loaders.place(place.island);
  }

  @FieldResolver()
  children(@Root() place: Place, @Ctx() ctx: RequestContext) {
    return ctx.loaders.childPlaces.load(place.id);
  }
}
