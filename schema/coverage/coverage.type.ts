import { Field, ObjectType } from 'type-graphql';
import { OutsideAsOf } from '../common/common.types';
import { ScopeEnum } from '../common/enums';
import { Gap } from '../gap/gap.type';
import { Responsibility } from '../mandate/mandate.type';
import { Region } from '../region/region.type';
import { Step } from '../step/step.type';

@ObjectType({ description: 'Who covers one step in the place.' })
export class StepCoverage {
  @Field(() => Step)
  step!: Step;

  @Field({ description: 'Someone covers it, locally, from above or within.' })
  covered!: boolean;

  @Field({ description: 'Someone covers it with a mandate for the place itself or a place within it.' })
  coveredLocally!: boolean;

  @Field(() => [Responsibility])
  responsibilities!: Responsibility[];
}

@ObjectType({ description: 'A documented gap around the place, with how its place relates to the place asked about.' })
export class GapInScope {
  @Field(() => Gap)
  gap!: Gap;

  @Field(() => ScopeEnum)
  scope!: string;
}

@ObjectType({ description: 'For each step, who covers it in a place on a day, which steps nobody covers, and the documented gaps.' })
export class Coverage {
  @Field(() => Region)
  region!: Region;

  @Field({ description: 'The day the answer is for.' })
  asOf!: string;

  @Field(() => OutsideAsOf, {
    nullable: true,
    description: 'Mandates around this place that hold only on other days than `asOf`; null when none.',
  })
  outsideAsOf?: OutsideAsOf | null;

  @Field(() => [StepCoverage])
  steps!: StepCoverage[];

  @Field(() => [Step], { description: 'Steps nobody covers there according to the dataset.' })
  uncoveredSteps!: Step[];

  @Field(() => [GapInScope])
  gaps!: GapInScope[];
}
