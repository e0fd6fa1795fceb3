import { Arg, ID, Int, Query, Resolver } from 'type-graphql';
import type { EntityKind } from '../../server/knowledge/model';
import { FactListService } from '../../server/knowledge/services/fact-list.service';
import { Connection, toConnection } from '../common/connection';
import { EntityKindEnum } from '../common/enums';
import { Disagreement } from '../gap/disagreement.type';
import { Gap, Statistic } from '../gap/gap.type';
import { Partnership } from '../partnership/partnership.type';

export const StatisticConnection = Connection('Statistic', Statistic, 'A page of statistics, sorted by id.');
export const GapConnection = Connection('Gap', Gap, 'A page of documented gaps, sorted by id.');
export const PartnershipConnection = Connection('Partnership', Partnership, 'A page of partnerships, sorted by id.');
export const DisagreementConnection = Connection(
  'Disagreement',
  Disagreement,
  'A page of disagreements between sources, sorted by id.',
);

const REGION = 'Only this place and places within it: an id or an exact name ("ttu", "TTU", "Kefamenanu").';
const STEP = 'Only this step and steps under it: a step id from `steps` (e.g. "shelter").';
const FIRST = 'Page size, 0 to 100 (default 20).';
const AFTER = 'The endCursor of the previous page.';

/** Lists of facts that stand on their own: statistics, gaps, partnerships, disagreements. */
@Resolver()
export class FactListResolver {
  constructor(private readonly factLists: FactListService) {}

  @Query(() => StatisticConnection, {
    description:
      'Statistics from the sources, by place, topic and year; each with its value as printed and its source.',
  })
  async statistics(
    @Arg('region', () => ID, { nullable: true, description: REGION }) region?: string,
    @Arg('topic', () => String, {
      nullable: true,
      description: 'Words of the indicator, in Indonesian or English ("victims", "korban", "deaths"); typos tolerated.',
    })
    topic?: string,
    @Arg('year', () => Int, { nullable: true, description: 'Only figures for this year or a period including it.' })
    year?: number,
    @Arg('first', () => Int, { nullable: true, description: FIRST }) first?: number,
    @Arg('after', () => String, { nullable: true, description: AFTER }) after?: string,
  ) {
    return toConnection(await this.factLists.statistics({ region, topic, year }, { first, after }));
  }

  @Query(() => GapConnection, {
    description:
      'Gaps the sources document (missing institutions, coverage, funding, coordination…), by place and step.',
  })
  async gaps(
    @Arg('region', () => ID, { nullable: true, description: REGION }) region?: string,
    @Arg('step', () => ID, { nullable: true, description: STEP }) step?: string,
    @Arg('first', () => Int, { nullable: true, description: FIRST }) first?: number,
    @Arg('after', () => String, { nullable: true, description: AFTER }) after?: string,
  ) {
    return toConnection(await this.factLists.gaps({ region, step }, { first, after }));
  }

  @Query(() => PartnershipConnection, {
    description: 'Partnerships between organisations, by party, place (their area) and step.',
  })
  async partnerships(
    @Arg('organization', () => ID, {
      nullable: true,
      description: 'Only partnerships this organisation is party to: an id or an exact, unambiguous name or acronym.',
    })
    organization?: string,
    @Arg('region', () => ID, { nullable: true, description: REGION }) region?: string,
    @Arg('step', () => ID, { nullable: true, description: STEP }) step?: string,
    @Arg('first', () => Int, { nullable: true, description: FIRST }) first?: number,
    @Arg('after', () => String, { nullable: true, description: AFTER }) after?: string,
  ) {
    return toConnection(await this.factLists.partnerships({ organization, region, step }, { first, after }));
  }

  @Query(() => DisagreementConnection, {
    description: 'Where the sources disagree (names, titles, figures, dates), with every variant and its sources.',
  })
  async disagreements(
    @Arg('kinds', () => [EntityKindEnum], {
      nullable: true,
      description: 'Only disagreements about records of these kinds.',
    })
    kinds?: EntityKind[],
    @Arg('first', () => Int, { nullable: true, description: FIRST }) first?: number,
    @Arg('after', () => String, { nullable: true, description: AFTER }) after?: string,
  ) {
    return toConnection(await this.factLists.disagreements({ kinds }, { first, after }));
  }
}
