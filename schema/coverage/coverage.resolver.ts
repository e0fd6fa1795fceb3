import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { ResponsibilityService } from '../../server/knowledge/services/responsibility.service';
import type { RequestContext } from '../common/context';
import { Coverage } from './coverage.type';

@Resolver(() => Coverage)
export class CoverageResolver {
  constructor(private readonly responsibilityService: ResponsibilityService) {}

  @Query(() => Coverage, { description: 'For each step, who covers it in a place (locally, from above or within) on a day, which steps nobody covers, and the documented gaps for that place.' })
  async coverage(
    @Arg('region', () => ID) region: string,
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => String, { nullable: true, description: 'YYYY-MM-DD (default: today).' }) asOf?: string,
  ) {
    const coverage = await this.responsibilityService.coverage({ region, asOf });
    const steps = await Promise.all(
      coverage.steps.map(async (s) => ({
        step: await ctx.loaders.step(s.stepId),
        covered: s.responsibilities.length > 0,
        coveredLocally: s.responsibilities.some((r) => r.scope !== 'fromAbove'),
        responsibilities: s.responsibilities,
      })),
    );
    return {
      region: ctx.loaders.place(coverage.placeId),
      asOf: coverage.asOf,
      outsideAsOf: coverage.outsideAsOf,
      steps,
      uncoveredSteps: steps.filter((s) => !s.covered).map((s) => s.step),
      gaps: coverage.gaps,
    };
  }
}
