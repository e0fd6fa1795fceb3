import type { Dataset } from '../../../server/knowledge/model';
import { emptyDataset } from '../../../server/knowledge/model';
import { MemoryKnowledgeStore } from '../../../server/store/memory/memory-knowledge.store';
import { instrument, mandate, organization, place, step } from '../knowledge/fake-records';

/**
 * The embedded store on a tiny made-up world whose answers can be worked out by hand (the contract suite checks it on
 * the real dataset). Regency B lies in province P in country A and on island I; district D is within regency B;
 * regency C is beside it.
 */
const within = <T extends object>(record: T, extra: object): T => ({ ...record, ...extra });
const cited = { basis: 'stated', sources: [{ file: '000_aaaaaaaaaaaaaaaa.txt', locator: 'L1', quote: 'q' }] };

function tinyWorld(): Dataset {
  const world = emptyDataset();
  world.places = [
    place('regency-c', 'regency', 'province-p'),
    place('country-a', 'country'),
    place('province-p', 'province', 'country-a'),
    within(place('regency-b', 'regency', 'province-p'), { island: 'island-i' }),
    place('island-i', 'island'),
    place('district-d', 'district', 'regency-b'),
  ];
  world.steps = [
    step('prevention', 'prevention'),
    step('awareness', 'prevention', 'prevention'),
    step('shelter-night', 'protection', 'shelter'),
    step('protection', 'protection'),
    step('shelter', 'protection', 'protection'),
  ];
  world.organizations = [
    organization('agency-b', 'government-agency', 'regency-b'),
    organization('agency-c', 'government-agency', 'regency-c'),
    within(organization('national', 'ministry', 'country-a'), { level: 'national' }),
    organization('ngo-d', 'ngo', 'district-d'),
    within(organization('tf-b', 'task-force', 'regency-b'), { establishedBy: { instrument: 'decree-b' } }),
    within(organization('tf-b-sub', 'sub-task-force', 'regency-b'), {
      parent: 'tf-b',
      establishedBy: { instrument: 'decree-b' },
    }),
  ];
  world.instruments = [
    within(instrument('decree-c', 2023), {
      relations: [{ type: 'based-on', target: 'decree-a', ...cited }],
      articles: [{ id: 'decree-c-art-1', number: '1', summary: { en: 's' }, text: { en: 't' } }],
    }),
    instrument('decree-a', 2018, 'agency-b'),
    within(instrument('decree-b', 2023, 'agency-b'), {
      relations: [{ type: 'succeeds', target: 'decree-a', ...cited }],
    }),
  ];
  world.mandates = [
    within(mandate('m-agency-b-shelter', 'agency-b', 'shelter', 'regency-b'), {
      validFrom: '2020',
      legalBasis: [{ instrument: 'decree-a' }, { instrument: 'decree-a', article: 'decree-a-art-2' }],
    }),
    mandate('m-ngo-d-night', 'ngo-d', 'shelter-night', 'district-d'),
    within(mandate('m-national-shelter', 'national', 'shelter', 'country-a'), { validTo: '2019' }),
    mandate('m-national-awareness', 'national', 'awareness', 'country-a'),
    within(mandate('m-island-shelter', 'tf-b-sub', 'shelter', 'island-i'), { validFrom: '2023-02-20' }),
    mandate('m-agency-c-shelter', 'agency-c', 'shelter', 'regency-c'),
  ];
  world.memberships = [
    { id: 'ms-2', member: 'ngo-d', of: 'tf-b-sub', position: 'anggota', ...cited },
    { id: 'ms-1', member: 'agency-b', of: 'tf-b-sub', position: 'koordinator', ...cited },
  ] as never;
  world.partnerships = [
    { id: 'pt-2', kind: 'cooperation', parties: ['agency-b', 'national'], steps: ['awareness'], area: 'country-a' },
    { id: 'pt-1', kind: 'cooperation', parties: ['agency-b', 'ngo-d'], steps: ['shelter'], area: 'regency-b' },
    { id: 'pt-3', kind: 'cooperation', parties: ['agency-b', 'agency-c'], steps: ['shelter'], area: 'regency-c' },
  ].map((p) => ({ ...p, description: { en: p.id }, ...cited })) as never;
  world.gaps = [
    { id: 'gap-c', area: 'regency-c' },
    { id: 'gap-d', area: 'district-d' },
    { id: 'gap-a', area: 'country-a' },
    { id: 'gap-b2', area: 'regency-b' },
    { id: 'gap-b1', area: 'regency-b' },
  ].map((g) => ({ ...g, kind: 'capacity', description: { en: g.id }, ...cited })) as never;
  world.disagreements = [{ id: 'dis-1', subject: 'agency-b', variants: [] }] as never;
  world.referralPaths = [
    { id: 'rp-c', area: 'regency-c', step: 'awareness' },
    { id: 'rp-b', area: 'regency-b', step: 'shelter-night' },
    { id: 'rp-a', area: 'country-a', step: 'awareness' },
  ].map((p) => ({
    id: p.id,
    name: { en: p.id },
    area: p.area,
    steps: [{ order: 1, step: p.step, actors: ['agency-b'], description: { en: 'x' }, ...cited }],
    ...cited,
  })) as never;
  return world;
}

describe('MemoryKnowledgeStore on a tiny world', () => {
  const store = new MemoryKnowledgeStore(tinyWorld());
  const ids = (items: { id: string }[]) => items.map((i) => i.id);

  it('answers ping and close', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
    await expect(store.close()).resolves.toBeUndefined();
  });

  it('lists steps in vocabulary order and places by id', async () => {
    expect(ids(await store.listSteps())).toEqual(['prevention', 'protection', 'awareness', 'shelter-night', 'shelter']);
    expect(ids(await store.listPlaces())).toEqual([
      'country-a',
      'district-d',
      'island-i',
      'province-p',
      'regency-b',
      'regency-c',
    ]);
  });

  it('tells the kind of each id, and looks records up by kind only', async () => {
    expect(await store.getKinds(['tf-b', 'agency-b', 'decree-c-art-1', 'ms-1', 'pt-1', 'gap-a', 'dis-1', 'x'])).toEqual(
      ['taskForce', 'organization', 'article', 'membership', 'partnership', 'gap', 'disagreement', null],
    );
    expect((await store.getOrganizations(['tf-b', 'decree-a', 'agency-b'])).map((o) => o?.id ?? null)).toEqual([
      'tf-b',
      null,
      'agency-b',
    ]);
    expect(await store.getArticles(['decree-c-art-1'])).toEqual([
      { article: expect.objectContaining({ id: 'decree-c-art-1' }), instrumentId: 'decree-c' },
    ]);
    expect((await store.getInstruments(['decree-c-art-1', 'decree-b'])).map((i) => i?.id ?? null)).toEqual([
      null,
      'decree-b',
    ]);
    expect((await store.getMemberships(['ms-1', 'pt-1'])).map((m) => m?.id ?? null)).toEqual(['ms-1', null]);
    expect((await store.getMandates(['m-ngo-d-night'])).map((m) => m?.id)).toEqual(['m-ngo-d-night']);
    expect((await store.getReferralPaths(['rp-b', 'ms-1'])).map((p) => p?.id ?? null)).toEqual(['rp-b', null]);
    expect((await store.getPartnerships(['pt-2'])).map((p) => p?.id)).toEqual(['pt-2']);
    expect((await store.getGaps(['gap-d', 'dis-1'])).map((g) => g?.id ?? null)).toEqual(['gap-d', null]);
    expect((await store.getDisagreements(['dis-1'])).map((d) => d?.id)).toEqual(['dis-1']);
    expect(await store.getStatistics(['gap-a'])).toEqual([null]);
  });

  it('walks relationships by owner, in the order asked, sorted by id, [] for unknown owners', async () => {
    expect((await store.listMembershipsByMember(['agency-b', 'x'])).map(ids)).toEqual([['ms-1'], []]);
    expect((await store.listMembershipsByGroup(['tf-b-sub', 'tf-b'])).map(ids)).toEqual([['ms-1', 'ms-2'], []]);
    expect((await store.listChildOrganizations(['tf-b', 'agency-b'])).map(ids)).toEqual([['tf-b-sub'], []]);
    expect((await store.listChildPlaces(['province-p', 'regency-b', 'x'])).map(ids)).toEqual([
      ['regency-b', 'regency-c'],
      ['district-d'],
      [],
    ]);
    expect((await store.listMandatesByOrganization(['national', 'x'])).map(ids)).toEqual([
      ['m-national-awareness', 'm-national-shelter'],
      [],
    ]);
    // cited twice (the instrument and one of its articles), listed once
    expect((await store.listMandatesByInstrument(['decree-a', 'decree-b'])).map(ids)).toEqual([
      ['m-agency-b-shelter'],
      [],
    ]);
    expect((await store.listPartnershipsByOrganization(['ngo-d', 'agency-b'])).map(ids)).toEqual([
      ['pt-1'],
      ['pt-1', 'pt-2', 'pt-3'],
    ]);
    expect((await store.listOrganizationsEstablishedBy(['decree-b', 'decree-a'])).map(ids)).toEqual([
      ['tf-b', 'tf-b-sub'],
      [],
    ]);
    expect((await store.listInstrumentsByIssuer(['agency-b', 'national'])).map(ids)).toEqual([
      ['decree-a', 'decree-b'],
      [],
    ]);
    expect((await store.listDisagreementsBySubject(['agency-b', 'ngo-d'])).map(ids)).toEqual([['dis-1'], []]);
  });

  it('gives relations both ways, incoming sorted by source; none for an id that is not an instrument', async () => {
    const [a, b, notOne] = await store.listInstrumentRelations(['decree-a', 'decree-b', 'agency-b']);
    expect(a.outgoing).toEqual([]);
    expect(a.incoming.map((r) => [r.source, r.type, r.target])).toEqual([
      ['decree-b', 'succeeds', 'decree-a'],
      ['decree-c', 'based-on', 'decree-a'],
    ]);
    expect(b.outgoing.map((r) => [r.type, r.target])).toEqual([['succeeds', 'decree-a']]);
    expect(b.incoming).toEqual([]);
    expect(notOne).toEqual({ outgoing: [], incoming: [] });
  });

  it('finds the responsibilities around a place on a day: local, from above (also by island), within', async () => {
    const found = await store.findResponsibilities({ stepId: 'protection', placeId: 'regency-b', asOf: '2024-01-01' });
    expect(found.map((r) => [r.mandate.id, r.scope])).toEqual([
      ['m-ngo-d-night', 'within'], // shelter-night is listed before shelter in this vocabulary
      ['m-agency-b-shelter', 'local'],
      ['m-island-shelter', 'fromAbove'],
    ]);
    const in2019 = await store.findResponsibilities({ stepId: 'shelter', placeId: 'regency-b', asOf: '2019-12-31' });
    expect(in2019.map((r) => [r.mandate.id, r.scope])).toEqual([
      ['m-ngo-d-night', 'within'],
      ['m-national-shelter', 'fromAbove'],
    ]);
    const night = await store.findResponsibilities({
      stepId: 'shelter-night',
      placeId: 'district-d',
      asOf: '2024-01-01',
    });
    expect(night.map((r) => [r.mandate.id, r.scope])).toEqual([['m-ngo-d-night', 'local']]);
  });

  it('orders responsibilities by step, then scope, then mandate id', async () => {
    const found = await store.findResponsibilities({ stepId: 'shelter', placeId: 'country-a', asOf: '2024-01-01' });
    // the island is not in the country's hierarchy, so its mandate is not within the country
    expect(found.map((r) => r.mandate.id)).toEqual(['m-ngo-d-night', 'm-agency-b-shelter', 'm-agency-c-shelter']);
    expect(found.map((r) => r.scope)).toEqual(['within', 'within', 'within']);
    const both = await store.findResponsibilities({ stepId: 'protection', placeId: 'province-p', asOf: '2018-01-01' });
    expect(both.map((r) => [r.mandate.id, r.scope])).toEqual([
      ['m-ngo-d-night', 'within'],
      ['m-national-shelter', 'fromAbove'],
      ['m-agency-c-shelter', 'within'],
    ]);
  });

  it('filters organisations by kind, level, place around and step below, in keyset pages', async () => {
    const find = (filter: object, first = 10, after?: string) =>
      store.findOrganizations(filter, { first, after }).then(ids);
    expect(await find({ placeId: 'regency-b' })).toEqual(['agency-b', 'national', 'ngo-d', 'tf-b', 'tf-b-sub']);
    expect(await find({ stepId: 'shelter' })).toEqual(['agency-b', 'agency-c', 'national', 'ngo-d', 'tf-b-sub']);
    expect(await find({ stepId: 'shelter-night' })).toEqual(['ngo-d']);
    expect(await find({ kinds: ['task-force', 'sub-task-force'] })).toEqual(['tf-b', 'tf-b-sub']);
    expect(await find({ kinds: [], levels: ['national'] })).toEqual(['national']);
    expect(await find({ levels: [] }, 2)).toEqual(['agency-b', 'agency-c', 'national']);
    expect(await find({}, 2, 'national')).toEqual(['ngo-d', 'tf-b', 'tf-b-sub']);
    expect(await find({ placeId: 'island-i' })).toEqual(['agency-b', 'ngo-d', 'tf-b', 'tf-b-sub']);
  });

  it('filters instruments by kind, year and issuer, in keyset pages', async () => {
    const find = (filter: object, first = 10, after?: string) =>
      store.findInstruments(filter, { first, after }).then(ids);
    expect(await find({ issuerId: 'agency-b' })).toEqual(['decree-a', 'decree-b']);
    expect(await find({ year: 2023 })).toEqual(['decree-b', 'decree-c']);
    expect(await find({ kinds: ['law'] })).toEqual([]);
    expect(await find({ kinds: [] }, 1)).toEqual(['decree-a', 'decree-b']);
    expect(await find({}, 1, 'decree-a')).toEqual(['decree-b', 'decree-c']);
  });

  it('finds referral paths around a place with a step at or below the step', async () => {
    const find = (query: object) => store.findReferralPaths(query).then(ids);
    expect(await find({})).toEqual(['rp-a', 'rp-b', 'rp-c']);
    expect(await find({ placeId: 'regency-b' })).toEqual(['rp-a', 'rp-b']);
    expect(await find({ stepId: 'protection' })).toEqual(['rp-b']);
    expect(await find({ placeId: 'regency-c', stepId: 'prevention' })).toEqual(['rp-a', 'rp-c']);
  });

  it('finds existing partners and candidates on its own steps around its area', async () => {
    const partners = await store.findPartners({ organizationId: 'agency-b', asOf: '2024-01-01' });
    expect(ids(partners.existing)).toEqual(['pt-1', 'pt-2', 'pt-3']);
    expect(partners.candidates.map((c) => [c.organizationId, ids(c.mandates)])).toEqual([
      ['tf-b-sub', ['m-island-shelter']],
    ]);
    const lonely = await store.findPartners({ organizationId: 'tf-b-sub', asOf: '2024-01-01' });
    expect(lonely.existing).toEqual([]);
    expect(lonely.candidates.map((c) => [c.organizationId, ids(c.mandates)])).toEqual([
      ['agency-b', ['m-agency-b-shelter']],
    ]);
    const before = await store.findPartners({ organizationId: 'tf-b-sub', asOf: '2019-01-01' });
    expect(before.candidates).toEqual([]); // its own mandate starts in 2023
  });

  it('limits partners to a step and place when asked, and looks for candidates there', async () => {
    const onShelter = await store.findPartners({
      organizationId: 'agency-b',
      stepId: 'shelter',
      placeId: 'regency-b',
      asOf: '2024-01-01',
    });
    expect(ids(onShelter.existing)).toEqual(['pt-1']);
    expect(onShelter.candidates.map((c) => c.organizationId)).toEqual(['tf-b-sub']);
    const inC = await store.findPartners({
      organizationId: 'ngo-d',
      stepId: 'shelter',
      placeId: 'regency-c',
      asOf: '2024-01-01',
    });
    expect(ids(inC.existing)).toEqual([]);
    expect(inC.candidates.map((c) => c.organizationId)).toEqual(['agency-c']);
    const awareness = await store.findPartners({ organizationId: 'ngo-d', stepId: 'awareness', asOf: '2024-01-01' });
    expect(awareness.candidates.map((c) => [c.organizationId, ids(c.mandates)])).toEqual([
      ['national', ['m-national-awareness']],
    ]);
  });

  it('covers every step but the pillars around a place, with the gaps local first, then above, then within', async () => {
    const coverage = await store.findCoverage({ placeId: 'regency-b', asOf: '2024-01-01' });
    expect(coverage).toMatchObject({ placeId: 'regency-b', asOf: '2024-01-01' });
    expect(coverage.steps.map((s) => [s.stepId, s.responsibilities.map((r) => r.mandate.id)])).toEqual([
      ['awareness', ['m-national-awareness']],
      ['shelter-night', ['m-ngo-d-night']],
      ['shelter', ['m-agency-b-shelter', 'm-island-shelter']],
    ]);
    expect(coverage.gaps.map((g) => [g.gap.id, g.scope])).toEqual([
      ['gap-b1', 'local'],
      ['gap-b2', 'local'],
      ['gap-a', 'fromAbove'],
      ['gap-d', 'within'],
    ]);
  });

  it('searches names, best first, up to the limit', async () => {
    const hits = await store.search('agency-b', 10);
    expect(hits[0]).toMatchObject({ id: 'agency-b', kind: 'organization' });
    expect(await store.search('agency', 1)).toHaveLength(1);
    expect((await store.search('tf-b', 5)).map((h) => h.kind)).toContain('taskForce');
  });
});
