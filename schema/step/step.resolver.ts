import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Step as StepRecord } from '../../server/knowledge/model';
import { StepService } from '../../server/knowledge/services/step.service';
import type { RequestContext } from '../common/context';
import { PillarEnum } from '../common/enums';
import { FactResolver, toLocalizedText } from '../common/fact.resolver';
import { LABEL_OF } from '../common/labels';
import { Step } from './step.type';

@Resolver(() => Step)
export class StepResolver extends FactResolver<Step, StepRecord>(Step, LABEL_OF.step) {
  constructor(private readonly stepService: StepService) {
    super();
  }

  @Query(() => [Step], {
    description: "The step vocabulary: pillars first, then each pillar's steps. Use the ids as `step` arguments.",
  })
  steps(@Arg('pillar', () => PillarEnum, { nullable: true }) pillar?: StepRecord['pillar']): Promise<StepRecord[]> {
    return this.stepService.steps(pillar);
  }

  @FieldResolver()
  labels(@Root() step: StepRecord) {
    return toLocalizedText(step.label);
  }

  @FieldResolver()
  description(@Root() step: StepRecord) {
    return toLocalizedText(step.description);
  }

  @FieldResolver()
  parent(@Root() step: StepRecord, @Ctx() ctx: RequestContext) {
    return step.parent === undefined ? null : ctx.loaders.step(step.parent);
  }

  @FieldResolver()
  async children(@Root() step: StepRecord, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.allSteps()).filter((s) => s.parent === step.id);
  }
}
