import { startTestApi, TestApi } from '../support/test-api';

/** Statistics, gaps, partnerships and disagreements as lists of their own; dated answers say what a day left out. */
describe('first-class fact lists', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.stop());

  const data = async (query: string) => {
    const result = await api.execute(query);
    expect(result.errors).toBeUndefined();
    return result.data;
  };

  it('lists statistics by place, topic and year, each in the place or within it', async () => {
    const { statistics } = await data(
      '{ statistics(region: "NTT", topic: "deaths", year: 2017) { nodes { id year region { id } } } }',
    );
    expect(statistics.nodes.map((s: { id: string }) => s.id)).toContain('stat-ntt-illegal-migrant-worker-deaths-2017');
    for (const s of statistics.nodes) expect(s.year).toBe(2017);
  });

  it('finds a statistic whose period includes the year', async () => {
    const { statistics } = await data('{ statistics(topic: "LPSK applications", year: 2018) { nodes { id } } }');
    expect(statistics.nodes.map((s: { id: string }) => s.id)).toContain('stat-lpsk-protection-applications-2015-2020');
  });

  it('pages statistics with cursors', async () => {
    const first = await data('{ statistics(first: 2) { nodes { id } pageInfo { hasNextPage endCursor } } }');
    expect(first.statistics.pageInfo.hasNextPage).toBe(true);
    const next = await data(
      `{ statistics(first: 2, after: "${first.statistics.pageInfo.endCursor}") { nodes { id } } }`,
    );
    expect(next.statistics.nodes[0].id > first.statistics.nodes[1].id).toBe(true);
  });

  it('lists gaps by place and step', async () => {
    const { gaps } = await data('{ gaps(region: "alor-island") { nodes { id region { id } } } }');
    expect(gaps.nodes.map((g: { id: string }) => g.id)).toContain('gap-alor-no-border-post-or-immigration-office');
    const onShelter = await data('{ gaps(step: "shelter") { nodes { steps { id } } } }');
    expect(onShelter.gaps.nodes.length).toBeGreaterThan(0);
  });

  it('lists partnerships of an organisation named by its name', async () => {
    const { partnerships } = await data(
      '{ partnerships(organization: "Yayasan Tapen Bikomi", first: 100) { nodes { id parties { id } } } }',
    );
    expect(partnerships.nodes.length).toBeGreaterThan(1);
    for (const p of partnerships.nodes) {
      expect(p.parties.map((o: { id: string }) => o.id)).toContain('yayasan-tapen-bikomi');
    }
  });

  it('lists disagreements about records of one kind', async () => {
    const { disagreements } = await data(
      '{ disagreements(kinds: [INSTRUMENT], first: 100) { nodes { subject { __typename } } } }',
    );
    expect(disagreements.nodes.length).toBeGreaterThan(0);
    for (const d of disagreements.nodes) expect(d.subject.__typename).toBe('Instrument');
  });

  it('rejects a year out of range with BAD_USER_INPUT', async () => {
    const result = await api.execute('{ statistics(year: 12) { nodes { id } } }');
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('dates said out loud', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.stop());

  it('says which mandates a day leaves out, by the instrument they rest on and their dates', async () => {
    // Before the 2023 decree (Kepbup 126/KEP/HK/II/2023, from 2023-02-20) its sub-task force's mandates do not hold.
    const before = await api.execute(
      '{ responsibilities(step: "interception", region: "ttu", asOf: "2019-01-01") { asOf outsideAsOf { count message } } }',
    );
    const early = before.data.responsibilities;
    expect(early.asOf).toBe('2019-01-01');
    expect(early.outsideAsOf.count).toBeGreaterThan(0);
    expect(early.outsideAsOf.message).toMatch(
      /mandates resting on Kepbup 126\/KEP\/HK\/II\/2023 \(valid 2023-02-20 to open\) are not valid on 2019-01-01/,
    );
    // The directorate's awareness mandate in TTU is dated 2015 to 2018 and rests on no stated instrument.
    const after = await api.execute(
      '{ responsibilities(step: "awareness-raising", region: "ttu", asOf: "2026-12-02") { asOf outsideAsOf { count message } } }',
    );
    expect(after.data.responsibilities.asOf).toBe('2026-12-02');
    expect(after.data.responsibilities.outsideAsOf).toEqual({
      count: 1,
      message:
        '1 mandate with no legal basis stated (valid 2015 to 2018) is not valid on 2026-12-02; pass another asOf to see it',
    });
  });

  it('leaves out on one day exactly what holds only on other days', async () => {
    const on = async (day: string) =>
      (
        await api.execute(
          `{ responsibilities(step: "interception", region: "ttu", asOf: "${day}", first: 100) { nodes { role } outsideAsOf { count } } }`,
        )
      ).data.responsibilities;
    const [in2019, in2026] = [await on('2019-01-01'), await on('2026-12-02')];
    expect(in2019.nodes.length).toBeGreaterThan(0);
    expect(in2019.outsideAsOf.count).toBeGreaterThan(0);
    expect(in2019.nodes.length + in2019.outsideAsOf.count).toBe(in2026.nodes.length + (in2026.outsideAsOf?.count ?? 0));
  });

  it('lists every post of an organisation and its units, and what a day leaves out', async () => {
    const all = await api.execute(
      '{ organization(id: "polres-ttu") { allPosts { asOf nodes { id member { id } } } } }',
    );
    const posts = all.data.organization.allPosts;
    expect(posts.asOf).toBeNull();
    const members = new Set(posts.nodes.map((m: { member: { id: string } }) => m.member.id));
    expect(members).toEqual(
      new Set(['polres-ttu', 'polres-ttu-sat-binmas', 'polres-ttu-sat-intelkam', 'polres-ttu-sat-reskrim']),
    );
    const in2019 = await api.execute(
      '{ organization(id: "polres-ttu") { allPosts(asOf: "2019-06-01") { asOf nodes { id } outsideAsOf { count message } } } }',
    );
    const dated = in2019.data.organization.allPosts;
    expect(dated.nodes.length + (dated.outsideAsOf?.count ?? 0)).toBe(posts.nodes.length);
    expect(dated.outsideAsOf.message).toMatch(
      /posts held under Kepbup 126\/KEP\/HK\/II\/2023 .* not valid on 2019-06-01/,
    );
  });

  it('tells the day a coverage and a partners answer are for', async () => {
    const coverage = await api.execute(
      '{ coverage(region: "ttu", asOf: "2026-12-02") { asOf outsideAsOf { count } } }',
    );
    expect(coverage.data.coverage).toMatchObject({ asOf: '2026-12-02', outsideAsOf: { count: expect.any(Number) } });
    const partners = await api.execute(
      '{ partners(organization: "yayasan-tapen-bikomi", asOf: "2024-01-01") { asOf } }',
    );
    expect(partners.data.partners.asOf).toBe('2024-01-01');
  });
});
