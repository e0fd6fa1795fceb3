import { ERROR_CODES } from '../../../server/knowledge/errors';
import { toCursor } from '../../../server/knowledge/pagination';
import { ReferenceChecker } from '../../../server/knowledge/reference-checker';
import { FactListService } from '../../../server/knowledge/services/fact-list.service';
import type { SearchHit } from '../../../server/knowledge/model';
import { FakeKnowledgeStore, type FakeRecords } from '../../support/fake-knowledge-store';
import { disagreement, gap, partnership, smallWorld, statistic } from './fake-records';

/**
 * Statistics dated in every way the records allow: a year; a period of partial dates; a period open at one end; no
 * date at all; and a year together with a wider period (the year decides).
 */
const statistics = [
  statistic('st-year-2017', 'regency-b', { year: 2017 }),
  statistic('st-period-2015-2018', 'regency-b', { periodFrom: '2015-06', periodTo: '2018' }),
  statistic('st-from-2019', 'regency-c', { periodFrom: '2019' }),
  statistic('st-to-2016', 'regency-c', { periodTo: '2016-12-31' }),
  statistic('st-undated', 'country-a'),
  statistic('st-year-2018-period', 'country-a', { year: 2018, periodFrom: '2010', periodTo: '2020' }),
];
const hit = (kind: SearchHit['kind'], recordId: string): SearchHit => ({
  id: `${recordId}#${kind}`,
  kind,
  recordId,
  ownerId: null,
  score: 1,
  snippet: recordId,
});

const world = (): FakeRecords => ({
  ...smallWorld(),
  statistics,
  gaps: [
    gap('gap-b-shelter', 'regency-b', ['shelter']),
    gap('gap-b-undated', 'regency-b'),
    gap('gap-c-protection', 'regency-c', ['protection']),
  ],
  partnerships: [
    partnership('pt-2', ['task-force-b', 'task-force-b-sub-a'], { area: 'regency-c', steps: ['protection'] }),
    partnership('pt-1', ['social-service-b', 'task-force-b'], { area: 'regency-b', steps: ['shelter'] }),
  ],
  disagreements: [
    disagreement('dis-tf', 'task-force-b'),
    disagreement('dis-org', 'social-service-b'),
    disagreement('dis-inst', 'decree-a-2018'),
    disagreement('dis-ghost', 'no-such-record'),
  ],
  // a gap hit on a statistic's id must not count: only statistic hits are on the topic
  searchHits: [hit('statistic', 'st-year-2017'), hit('gap', 'st-undated'), hit('statistic', 'st-from-2019')],
});

const setUp = () => {
  const store = new FakeKnowledgeStore(world());
  return { store, facts: new FactListService(store, new ReferenceChecker(store)) };
};
const nodeIds = (page: { items: { node: { id: string } }[] }) => page.items.map((i) => i.node.id);
const failure = (code: string, message: string | RegExp) =>
  expect.objectContaining({ code, message: expect.stringMatching(message) });

describe('FactListService.statistics', () => {
  it('lists every statistic by id, asking the store for no place, when nothing is filtered', async () => {
    const { store, facts } = setUp();
    const page = await facts.statistics({ region: null, topic: null, year: null }, {});
    expect(nodeIds(page)).toEqual([
      'st-from-2019',
      'st-period-2015-2018',
      'st-to-2016',
      'st-undated',
      'st-year-2017',
      'st-year-2018-period',
    ]);
    expect(store.queries).toEqual([{ method: 'findStatistics', query: { placeId: undefined } }]);
  });

  it.each([
    [2017, ['st-period-2015-2018', 'st-year-2017']],
    [2015, ['st-period-2015-2018', 'st-to-2016']], // first year of a period that starts mid-year; open start
    [2016, ['st-period-2015-2018', 'st-to-2016']], // last year of a period ending on a full date
    [2018, ['st-period-2015-2018', 'st-year-2018-period']], // the period's last year; a year inside its own period
    [2019, ['st-from-2019']],
    [2014, ['st-to-2016']],
    [2100, ['st-from-2019']], // open end
    [1900, ['st-to-2016']], // open start
    [2010, ['st-to-2016']], // the year, not the wider period, dates st-year-2018-period
  ])('keeps the statistics for the year %i: its own year, or a period including it', async (year, expected) => {
    const { facts } = setUp();
    expect(nodeIds(await facts.statistics({ year }, {}))).toEqual(expected);
  });

  it('refuses a year outside 1900 to 2100, or not whole, before asking the store', async () => {
    const { store, facts } = setUp();
    for (const year of [1899, 2101, 2017.5]) {
      await expect(facts.statistics({ year }, {})).rejects.toEqual(
        failure(ERROR_CODES.BAD_USER_INPUT, `^year must be between 1900 and 2100; got ${year}$`),
      );
    }
    expect(store.queries).toEqual([]);
  });

  it('asks the store for the place the region names, and refuses a region that is not a place', async () => {
    const { store, facts } = setUp();
    expect(nodeIds(await facts.statistics({ region: 'regency-b' }, {}))).toEqual([
      'st-period-2015-2018',
      'st-year-2017',
    ]);
    expect(store.queries).toEqual([{ method: 'findStatistics', query: { placeId: 'regency-b' } }]);
    await expect(facts.statistics({ region: 'shelter' }, {})).rejects.toEqual(
      failure(ERROR_CODES.UNKNOWN_REGION, /^"shelter" is not a known region \(that id is a step\)/),
    );
    expect(store.queries).toHaveLength(1);
  });

  it('keeps the statistics whose indicator the trimmed topic finds, in up to 200 hits', async () => {
    const { store, facts } = setUp();
    expect(nodeIds(await facts.statistics({ topic: '  deaths  ' }, {}))).toEqual(['st-from-2019', 'st-year-2017']);
    expect(store.queries).toEqual([
      { method: 'findStatistics', query: { placeId: undefined } },
      { method: 'search', query: { text: 'deaths', limit: 200 } },
    ]);
    expect(nodeIds(await facts.statistics({ topic: 'deaths', year: 2017, region: 'regency-b' }, {}))).toEqual([
      'st-year-2017',
    ]);
  });

  it('refuses a topic shorter than 2 characters once trimmed, naming the argument', async () => {
    const { facts } = setUp();
    await expect(facts.statistics({ topic: ' d ' }, {})).rejects.toEqual(
      failure(ERROR_CODES.BAD_USER_INPUT, /^topic must be 2 to 200 characters, e\.g\. .*; got 1$/),
    );
  });

  it('pages by id with cursors', async () => {
    const { facts } = setUp();
    const first = await facts.statistics({}, { first: 2 });
    expect(nodeIds(first)).toEqual(['st-from-2019', 'st-period-2015-2018']);
    expect(first).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const last = await facts.statistics({}, { first: 2, after: toCursor('st-year-2017') });
    expect(nodeIds(last)).toEqual(['st-year-2018-period']);
    expect(last).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });
});

describe('FactListService.gaps', () => {
  it('passes the checked place and step to the store, none when they are null', async () => {
    const { store, facts } = setUp();
    expect(nodeIds(await facts.gaps({ region: null, step: null }, {}))).toEqual([
      'gap-b-shelter',
      'gap-b-undated',
      'gap-c-protection',
    ]);
    expect(nodeIds(await facts.gaps({ region: 'regency-b', step: 'SHELTER' }, {}))).toEqual(['gap-b-shelter']);
    expect(nodeIds(await facts.gaps({ step: 'protection' }, { first: 1 }))).toEqual(['gap-c-protection']);
    expect(store.queries).toEqual([
      { method: 'findGaps', query: { placeId: undefined, stepId: undefined } },
      { method: 'findGaps', query: { placeId: 'regency-b', stepId: 'shelter' } },
      { method: 'findGaps', query: { placeId: undefined, stepId: 'protection' } },
    ]);
  });

  it('refuses an unknown region or step before asking the store', async () => {
    const { store, facts } = setUp();
    await expect(facts.gaps({ region: 'nowhere' }, {})).rejects.toEqual(
      failure(ERROR_CODES.UNKNOWN_REGION, /^"nowhere" is not a known region \(no record has that id or name\)/),
    );
    await expect(facts.gaps({ step: 'regency-b' }, {})).rejects.toEqual(
      failure(ERROR_CODES.UNKNOWN_STEP, /^"regency-b" is not a known step \(that id is a place\)/),
    );
    expect(store.queries).toEqual([]);
  });
});

describe('FactListService.partnerships', () => {
  it('passes the checked organisation, place and step to the store and pages the answer', async () => {
    const { store, facts } = setUp();
    expect(nodeIds(await facts.partnerships({ organization: 'task-force-b' }, {}))).toEqual(['pt-1', 'pt-2']);
    expect(nodeIds(await facts.partnerships({ organization: 'task-force-b' }, { first: 1 }))).toEqual(['pt-1']);
    expect(
      nodeIds(await facts.partnerships({ organization: 'task-force-b', region: 'regency-c', step: 'protection' }, {})),
    ).toEqual(['pt-2']);
    expect(nodeIds(await facts.partnerships({ organization: null, region: null, step: 'shelter' }, {}))).toEqual([
      'pt-1',
    ]);
    expect(store.queries.map((q) => q.query)).toEqual([
      { organizationId: 'task-force-b', placeId: undefined, stepId: undefined },
      { organizationId: 'task-force-b', placeId: undefined, stepId: undefined },
      { organizationId: 'task-force-b', placeId: 'regency-c', stepId: 'protection' },
      { organizationId: undefined, placeId: undefined, stepId: 'shelter' },
    ]);
  });

  it('refuses an organisation that is not one, a region or a step, before asking the store', async () => {
    const { store, facts } = setUp();
    await expect(facts.partnerships({ organization: 'regency-b' }, {})).rejects.toEqual(
      failure(ERROR_CODES.UNKNOWN_ORGANIZATION, /^"regency-b" is not a known organization \(that id is a place\)/),
    );
    await expect(facts.partnerships({ region: 'task-force-b' }, {})).rejects.toEqual(
      failure(ERROR_CODES.UNKNOWN_REGION, /\(that id is a taskForce\)/),
    );
    await expect(facts.partnerships({ step: 'nothing' }, {})).rejects.toEqual(failure(ERROR_CODES.UNKNOWN_STEP, /./));
    expect(store.queries).toEqual([]);
  });
});

describe('FactListService.disagreements', () => {
  it('lists every disagreement by id when no kind, or an empty list of kinds, is asked', async () => {
    const { facts } = setUp();
    const all = ['dis-ghost', 'dis-inst', 'dis-org', 'dis-tf'];
    expect(nodeIds(await facts.disagreements({ kinds: null }, {}))).toEqual(all);
    expect(nodeIds(await facts.disagreements({ kinds: [] }, {}))).toEqual(all);
  });

  it('keeps those whose subject is of a kind asked; a subject of no known kind is never kept', async () => {
    const { facts } = setUp();
    expect(nodeIds(await facts.disagreements({ kinds: ['taskForce', 'instrument'] }, {}))).toEqual([
      'dis-inst',
      'dis-tf',
    ]);
    expect(nodeIds(await facts.disagreements({ kinds: ['organization'] }, {}))).toEqual(['dis-org']);
    expect(nodeIds(await facts.disagreements({ kinds: ['place'] }, {}))).toEqual([]);
    const page = await facts.disagreements({ kinds: ['organization', 'taskForce'] }, { first: 1 });
    expect(nodeIds(page)).toEqual(['dis-org']);
    expect(page.hasNextPage).toBe(true);
  });
});
