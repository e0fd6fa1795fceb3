import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Organization as OrganizationRecord } from '../../server/knowledge/model';
import { isTaskForce } from '../../server/knowledge/model';
import { OrganizationService } from '../../server/knowledge/services/organization.service';
import { Connection, toConnection } from '../common/connection';
import type { RequestContext } from '../common/context';
import { toLocalizedText, withBasis } from '../common/fact.resolver';
import { OrganizationFields } from '../organization/organization-fields.resolver';
import { TaskForce } from './task-force.type';

export const TaskForceConnection = Connection('TaskForce', TaskForce, 'A page of task forces, sorted by id.');

@Resolver(() => TaskForce)
export class TaskForceResolver extends OrganizationFields(TaskForce) {
  constructor(private readonly organizationService: OrganizationService) {
    super();
  }

  @Query(() => TaskForce, {
    description:
      'One task force or sub-task force, with its members, sub-task forces and duties. Takes the id or an exact, unambiguous name or acronym ("SATGAS TPPO").',
  })
  taskForce(@Arg('id', () => ID) id: string): Promise<OrganizationRecord> {
    return this.organizationService.taskForce(id);
  }

  @Query(() => TaskForceConnection, {
    description: 'Task forces (national, provincial, regency), each formation separately.',
  })
  async taskForces(
    @Arg('includeSubTaskForces', { defaultValue: false }) includeSubTaskForces: boolean,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return toConnection(await this.organizationService.taskForces({ includeSubTaskForces }, { first, after }));
  }

  @FieldResolver()
  async succeeds(@Root() o: OrganizationRecord, @Ctx() ctx: RequestContext) {
    return o.succeeds === undefined ? null : ctx.loaders.organization.load(o.succeeds);
  }

  @FieldResolver()
  async subTaskForces(@Root() o: OrganizationRecord, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.childOrganizations.load(o.id)).filter(isTaskForce);
  }

  @FieldResolver()
  async duties(@Root() o: OrganizationRecord, @Ctx() ctx: RequestContext) {
    return Promise.all(
      (o.duties ?? []).map(async (d) => ({
        ...d,
        text: toLocalizedText(d.text),
        steps: (await Promise.all((d.steps ?? []).map((s) => ctx.loaders.step(s)))).filter((s) => s !== null),
        sources: withBasis(d.sources, d.basis),
      })),
    );
  }
}
