import { Arg, Args, ArgsType, Field, ID, Int, Query, Resolver } from 'type-graphql';
import type { Organization as OrganizationRecord } from '../../server/knowledge/model';
import { OrganizationService } from '../../server/knowledge/services/organization.service';
import { Connection, toConnection } from '../common/connection';
import { LevelEnum, OrganizationKindEnum } from '../common/enums';
import { Organization } from './organization.type';
import { OrganizationFields } from './organization-fields.resolver';

export const OrganizationConnection = Connection(
  'Organization',
  Organization,
  'A page of organisations, sorted by id.',
);

@ArgsType()
export class OrganizationsArgs {
  @Field(() => [OrganizationKindEnum], { nullable: true })
  kinds?: OrganizationRecord['kind'][];

  @Field(() => [LevelEnum], { nullable: true })
  levels?: OrganizationRecord['level'][];

  @Field(() => ID, {
    nullable: true,
    description: 'Only organisations serving this place, a place within it or a place above it.',
  })
  region?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only organisations with a mandate on this step or a step under it.',
  })
  step?: string;

  @Field(() => Int, { nullable: true, description: 'Page size, 0 to 100 (default 20).' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string;
}

@Resolver(() => Organization)
export class OrganizationResolver extends OrganizationFields(Organization) {
  constructor(private readonly organizationService: OrganizationService) {
    super();
  }

  @Query(() => Organization, {
    description:
      'One organisation (task forces included). Takes the id, or an exact name, alias, acronym or citation that names only one record ("TTU", "PLBN Motaain", "UU 21/2007"); an ambiguous name fails with AMBIGUOUS_NAME listing the candidates, an unknown one with NOT_FOUND.',
  })
  organization(@Arg('id', () => ID) id: string): Promise<OrganizationRecord> {
    return this.organizationService.organization(id);
  }

  @Query(() => OrganizationConnection, { description: 'Organisations matching every filter given.' })
  async organizations(@Args() { first, after, ...filter }: OrganizationsArgs) {
    return toConnection(await this.organizationService.organizations(filter, { first, after }));
  }
}
