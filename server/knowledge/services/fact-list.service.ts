import type { KnowledgeStore } from '../knowledge-store.port';
import { ERROR_CODES, InvalidRequestError } from '../errors';
import type { Disagreement, EntityKind, Gap, Partnership, Statistic } from '../model';
import { Page, pageOf } from '../pagination';
import { ReferenceChecker } from '../reference-checker';
import { assertSearchText } from './search.service';

type PageArgs = { first?: number | null; after?: string | null };

const MAX_TOPIC_HITS = 200;

/** Whether a statistic is for the year: its own year, or a period (partial dates) that includes it. */
function isForYear(s: Statistic, year: number): boolean {
  if (s.year !== undefined) return s.year === year;
  const from = s.periodFrom === undefined ? -Infinity : Number(s.periodFrom.slice(0, 4));
  const to = s.periodTo === undefined ? Infinity : Number(s.periodTo.slice(0, 4));
  return (s.periodFrom !== undefined || s.periodTo !== undefined) && from <= year && year <= to;
}

/**
 * The facts that used to be reachable only from another record (statistics through `node`, gaps through `coverage`,
 * partnerships through `partners`, disagreements through their subject), as lists with filters and cursors.
 */
export class FactListService {
  constructor(
    private readonly store: KnowledgeStore,
    private readonly checker: ReferenceChecker,
  ) {}

  /** Statistics for a place (and places within it), a topic (words of the indicator, as search reads them), a year. */
  async statistics(
    args: { region?: string | null; topic?: string | null; year?: number | null },
    page: PageArgs,
  ): Promise<Page<Statistic>> {
    if (args.year != null && (!Number.isInteger(args.year) || args.year < 1900 || args.year > 2100)) {
      throw new InvalidRequestError(ERROR_CODES.BAD_USER_INPUT, `year must be between 1900 and 2100; got ${args.year}`);
    }
    const placeId = args.region == null ? undefined : await this.checker.assertRegion(args.region);
    let all = await this.store.findStatistics({ placeId });
    if (args.year != null) all = all.filter((s) => isForYear(s, args.year as number));
    if (args.topic != null) {
      const hits = await this.store.search(assertSearchText(args.topic, 'topic'), MAX_TOPIC_HITS);
      const onTopic = new Set(hits.filter((h) => h.kind === 'statistic').map((h) => h.recordId));
      all = all.filter((s) => onTopic.has(s.id));
    }
    return pageOf(all, (s) => s.id, page);
  }

  /** Documented gaps in a place (and places within it), on a step (and steps under it). */
  async gaps(args: { region?: string | null; step?: string | null }, page: PageArgs): Promise<Page<Gap>> {
    const placeId = args.region == null ? undefined : await this.checker.assertRegion(args.region);
    const stepId = args.step == null ? undefined : await this.checker.assertStep(args.step);
    return pageOf(await this.store.findGaps({ placeId, stepId }), (g) => g.id, page);
  }

  /** Partnerships of an organisation, in a place (and places within it), on a step (and steps under it). */
  async partnerships(
    args: { organization?: string | null; region?: string | null; step?: string | null },
    page: PageArgs,
  ): Promise<Page<Partnership>> {
    const organizationId =
      args.organization == null ? undefined : await this.checker.assertOrganization(args.organization);
    const placeId = args.region == null ? undefined : await this.checker.assertRegion(args.region);
    const stepId = args.step == null ? undefined : await this.checker.assertStep(args.step);
    return pageOf(await this.store.findPartnerships({ organizationId, placeId, stepId }), (p) => p.id, page);
  }

  /** Where the sources disagree, optionally only about records of some kinds. */
  async disagreements(args: { kinds?: EntityKind[] | null }, page: PageArgs): Promise<Page<Disagreement>> {
    let all = await this.store.listDisagreements();
    if (args.kinds != null && args.kinds.length > 0) {
      const kinds = await this.store.getKinds(all.map((d) => d.subject));
      all = all.filter((_, i) => kinds[i] !== null && (args.kinds as EntityKind[]).includes(kinds[i] as EntityKind));
    }
    return pageOf(all, (d) => d.id, page);
  }
}
