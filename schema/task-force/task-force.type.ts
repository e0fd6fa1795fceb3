import { Field, ObjectType } from 'type-graphql';
import { CitedPart, LocalizedText } from '../common/common.types';
import { Organization } from '../organization/organization.type';
import { Step } from '../step/step.type';

@ObjectType({ description: 'A duty an instrument gives a task force or sub-task force (rincian tugas).' })
export class Duty extends CitedPart {
  @Field({ description: 'Its letter or number as printed (a, b, 1…).' })
  code!: string;

  @Field(() => LocalizedText, { description: 'The Indonesian original and English.' })
  text!: LocalizedText;

  @Field(() => [Step])
  steps!: Step[];
}

@ObjectType({
  description:
    'A task force (gugus tugas) or sub-task force: an organisation formed by an instrument, for a period, with duties and member posts.',
})
export class TaskForce extends Organization {
  @Field(() => String, { nullable: true, description: 'From when this formation holds.' })
  validFrom?: string;

  @Field(() => String, { nullable: true, description: 'Until when this formation holds (null: open or not stated).' })
  validTo?: string;

  @Field(() => TaskForce, { nullable: true, description: 'The earlier formation this one replaces.' })
  succeeds?: TaskForce;

  @Field(() => [TaskForce], { description: 'Its sub-task forces.' })
  subTaskForces!: TaskForce[];

  @Field(() => [Duty])
  duties!: Duty[];
}
