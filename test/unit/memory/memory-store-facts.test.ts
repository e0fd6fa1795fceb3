import type { Dataset } from '../../../server/knowledge/model';
import { emptyDataset } from '../../../server/knowledge/model';
import { MemoryKnowledgeStore } from '../../../server/store/memory/memory-knowledge.store';
import {
  disagreement,
  finding,
  gap,
  knownUnknown,
  mandate,
  organization,
  partnership,
  place,
  statistic,
  step,
} from '../knowledge/fake-records';

/**
 * A second tiny made-up world for the embedded store's fact lists (statistics, gaps, partnerships, disagreements,
 * known unknowns, findings), its dataset read and its organisation trees. Same places as memory-store.test.ts:
 * regency B lies in province P in country A and on island I; district D is within regency B; regency C is beside it.
 * Every list is given out of id order, so sorting is checked too.
 */
const cited = { basis: 'stated', sources: [{ file: '000_aaaaaaaaaaaaaaaa.txt', locator: 'L1', quote: 'q' }] };

function factsWorld(): Dataset {
  const world = emptyDataset();
  world.sources = [
    { file: 'b.txt', title: 'B', scope: 's' },
    { file: 'a.txt', title: 'A', scope: 's' },
  ];
  world.places = [
    place('regency-c', 'regency', 'province-p'),
    place('country-a', 'country'),
    place('province-p', 'province', 'country-a'),
    { ...place('regency-b', 'regency', 'province-p'), island: 'island-i' },
    place('island-i', 'island'),
    place('district-d', 'district', 'regency-b'),
  ];
  world.steps = [
    step('prevention', 'prevention'),
    step('awareness', 'prevention', 'prevention'),
    step('protection', 'protection'),
    step('shelter', 'protection', 'protection'),
    step('shelter-night', 'protection', 'shelter'),
  ];
  world.organizations = [
    {
      ...organization('tf-b-sub-cell', 'sub-task-force', 'regency-b'),
      parent: 'tf-b-sub',
      name: { en: 'Shared Name' },
    },
    organization('tf-prov', 'task-force', 'province-p'),
    { ...organization('ngo-d', 'ngo', 'district-d'), name: { en: 'Shared Name' } },
    { ...organization('tf-b-sub', 'sub-task-force', 'regency-b'), parent: 'tf-b' },
    organization('agency-b', 'government-agency', 'regency-b'),
    organization('tf-b', 'task-force', 'regency-b'),
  ];
  world.memberships = [
    { id: 'ms-4', member: 'tf-b-sub', of: 'tf-prov', position: 'anggota', ...cited },
    { id: 'ms-3', member: 'tf-b-sub-cell', of: 'tf-prov', position: 'anggota', ...cited },
    { id: 'ms-2', member: 'agency-b', of: 'tf-b-sub', position: 'koordinator', ...cited },
    { id: 'ms-1', member: 'tf-b', of: 'tf-prov', position: 'anggota', ...cited },
  ] as never;
  world.mandates = [
    mandate('m-tf-prov-awareness', 'tf-prov', 'awareness', 'province-p'),
    mandate('m-agency-b-shelter', 'agency-b', 'shelter', 'regency-b'),
  ];
  world.statistics = [
    statistic('st-i', 'island-i'),
    statistic('st-b', 'regency-b'),
    statistic('st-a', 'country-a'),
    statistic('st-d', 'district-d'),
    statistic('st-c', 'regency-c'),
  ];
  world.gaps = [
    gap('gap-c', 'regency-c', ['shelter']),
    gap('gap-b', 'regency-b', ['shelter-night']),
    gap('gap-a', 'country-a', ['awareness']),
    gap('gap-d', 'district-d', ['unlisted-step']), // a step id outside the vocabulary still matches itself
    gap('gap-i', 'island-i'),
  ];
  world.partnerships = [
    partnership('pt-3', ['agency-b', 'ngo-d'], { steps: ['shelter'], area: 'regency-c' }),
    partnership('pt-1', ['agency-b', 'tf-b'], { steps: ['shelter-night'], area: 'regency-b' }),
    partnership('pt-2', ['tf-b', 'ngo-d'], { steps: ['awareness'], area: 'country-a' }),
    partnership('pt-4', ['agency-b', 'tf-prov']), // no steps, no area
  ];
  world.disagreements = [disagreement('dis-2', 'agency-b'), disagreement('dis-1', 'tf-b')];
  world.knownUnknowns = [
    knownUnknown('ku-2', 'head-not-named', 'regency-b', ['tf-b']),
    knownUnknown('ku-1', 'date-not-stated', 'country-a', ['agency-b']),
  ];
  world.findings = [finding('f-2', 'driver', 'regency-b'), finding('f-1', 'route', 'country-a')];
  return world;
}

describe('MemoryKnowledgeStore fact lists on a tiny world', () => {
  const store = new MemoryKnowledgeStore(factsWorld());
  const ids = (items: { id: string }[]) => items.map((i) => i.id);

  it('finds statistics by id, for a place and the places within it (by parent or island)', async () => {
    expect(ids(await store.findStatistics({}))).toEqual(['st-a', 'st-b', 'st-c', 'st-d', 'st-i']);
    expect(ids(await store.findStatistics({ placeId: 'regency-b' }))).toEqual(['st-b', 'st-d']);
    // An unknown place finds nothing (as on Neo4j) instead of failing inside the graph library.
    expect(await store.findStatistics({ placeId: 'nowhere' })).toEqual([]);
    expect(await store.findGaps({ placeId: 'nowhere' })).toEqual([]);
    expect(ids(await store.findStatistics({ placeId: 'island-i' }))).toEqual(['st-b', 'st-d', 'st-i']);
    // not the country above it, nor the island beside its tree
    expect(ids(await store.findStatistics({ placeId: 'province-p' }))).toEqual(['st-b', 'st-c', 'st-d']);
  });

  it('finds gaps in a place and within it, on a step and the steps under it', async () => {
    const find = (filter: object) => store.findGaps(filter).then(ids);
    expect(await find({})).toEqual(['gap-a', 'gap-b', 'gap-c', 'gap-d', 'gap-i']);
    expect(await find({ placeId: 'regency-b' })).toEqual(['gap-b', 'gap-d']);
    expect(await find({ placeId: 'island-i' })).toEqual(['gap-b', 'gap-d', 'gap-i']);
    expect(await find({ stepId: 'protection' })).toEqual(['gap-b', 'gap-c']);
    expect(await find({ stepId: 'shelter-night' })).toEqual(['gap-b']);
    expect(await find({ stepId: 'unlisted-step' })).toEqual(['gap-d']);
    expect(await find({ placeId: 'province-p', stepId: 'shelter' })).toEqual(['gap-b', 'gap-c']);
    expect(await find({ placeId: 'regency-c', stepId: 'prevention' })).toEqual([]);
  });

  it('finds partnerships of an organisation, in a place and within it, on a step and under it', async () => {
    const find = (filter: object) => store.findPartnerships(filter).then(ids);
    expect(await find({})).toEqual(['pt-1', 'pt-2', 'pt-3', 'pt-4']);
    expect(await find({ organizationId: 'agency-b' })).toEqual(['pt-1', 'pt-3', 'pt-4']);
    expect(await find({ organizationId: 'tf-b' })).toEqual(['pt-1', 'pt-2']);
    // a partnership with no area or no steps is in no place and on no step
    expect(await find({ placeId: 'regency-b' })).toEqual(['pt-1']);
    expect(await find({ placeId: 'province-p' })).toEqual(['pt-1', 'pt-3']);
    expect(await find({ stepId: 'protection' })).toEqual(['pt-1', 'pt-3']);
    expect(await find({ stepId: 'prevention' })).toEqual(['pt-2']);
    expect(await find({ organizationId: 'agency-b', placeId: 'province-p', stepId: 'shelter-night' })).toEqual([
      'pt-1',
    ]);
    expect(await find({ organizationId: 'ngo-d', placeId: 'country-a' })).toEqual(['pt-2', 'pt-3']);
  });

  it('lists disagreements, known unknowns and findings by id', async () => {
    expect(ids(await store.listDisagreements())).toEqual(['dis-1', 'dis-2']);
    expect(ids(await store.listKnownUnknowns())).toEqual(['ku-1', 'ku-2']);
    expect(ids(await store.listFindings())).toEqual(['f-1', 'f-2']);
  });

  it('looks known unknowns, findings and statistics up by kind only', async () => {
    expect(await store.getKinds(['ku-1', 'f-2', 'st-a', 'dis-1', 'ms-3'])).toEqual([
      'knownUnknown',
      'finding',
      'statistic',
      'disagreement',
      'membership',
    ]);
    expect((await store.getKnownUnknowns(['ku-2', 'f-1', 'x'])).map((k) => k?.id ?? null)).toEqual([
      'ku-2',
      null,
      null,
    ]);
    expect((await store.getFindings(['ku-1', 'f-1'])).map((f) => f?.id ?? null)).toEqual([null, 'f-1']);
    expect((await store.getStatistics(['st-c', 'gap-c'])).map((s) => s?.id ?? null)).toEqual(['st-c', null]);
  });

  it('lists source documents as given, and reads the dataset with every list in id order', async () => {
    expect((await store.listSourceDocuments()).map((s) => s.file)).toEqual(['b.txt', 'a.txt']);
    const dataset = await store.readDataset();
    expect(dataset.sources.map((s) => s.file)).toEqual(['a.txt', 'b.txt']);
    expect(ids(dataset.steps)).toEqual(ids(await store.listSteps()));
    expect({
      places: ids(dataset.places),
      organizations: ids(dataset.organizations),
      instruments: ids(dataset.instruments),
      memberships: ids(dataset.memberships),
      mandates: ids(dataset.mandates),
      referralPaths: ids(dataset.referralPaths),
      partnerships: ids(dataset.partnerships),
      gaps: ids(dataset.gaps),
      statistics: ids(dataset.statistics),
      disagreements: ids(dataset.disagreements),
      knownUnknowns: ids(dataset.knownUnknowns),
      findings: ids(dataset.findings),
    }).toEqual({
      places: ['country-a', 'district-d', 'island-i', 'province-p', 'regency-b', 'regency-c'],
      organizations: ['agency-b', 'ngo-d', 'tf-b', 'tf-b-sub', 'tf-b-sub-cell', 'tf-prov'],
      instruments: [],
      memberships: ['ms-1', 'ms-2', 'ms-3', 'ms-4'],
      mandates: ['m-agency-b-shelter', 'm-tf-prov-awareness'],
      referralPaths: [],
      partnerships: ['pt-1', 'pt-2', 'pt-3', 'pt-4'],
      gaps: ['gap-a', 'gap-b', 'gap-c', 'gap-d', 'gap-i'],
      statistics: ['st-a', 'st-b', 'st-c', 'st-d', 'st-i'],
      disagreements: ['dis-1', 'dis-2'],
      knownUnknowns: ['ku-1', 'ku-2'],
      findings: ['f-1', 'f-2'],
    });
  });

  it('gives the memberships of an organisation and all its units, at any depth, by id', async () => {
    const trees = await store.listMembershipsOfOrganizationTree(['tf-b', 'tf-b-sub', 'agency-b', 'ngo-d', 'x']);
    expect(trees.map(ids)).toEqual([['ms-1', 'ms-3', 'ms-4'], ['ms-3', 'ms-4'], ['ms-2'], [], []]);
  });

  it('resolves a name shared by two records to both, by id', async () => {
    expect(await store.findByName('shared name')).toEqual([
      { id: 'ngo-d', kind: 'organization' },
      { id: 'tf-b-sub-cell', kind: 'taskForce' },
    ]);
    expect(await store.findByName('no such name')).toEqual([]);
  });

  it('finds no existing partner for an organisation without partnerships, and candidates on the step asked', async () => {
    const none = await store.findPartners({ organizationId: 'tf-b-sub-cell', asOf: '2024-01-01' });
    expect(none).toEqual({ existing: [], candidates: [] }); // no partnerships, no mandates of its own
    const onShelter = await store.findPartners({
      organizationId: 'tf-b-sub-cell',
      stepId: 'shelter',
      asOf: '2024-01-01',
    });
    expect(onShelter.candidates.map((c) => [c.organizationId, ids(c.mandates)])).toEqual([
      ['agency-b', ['m-agency-b-shelter']],
    ]);
  });

  it('shows a step nobody covers with no responsibilities', async () => {
    const coverage = await store.findCoverage({ placeId: 'regency-c', asOf: '2024-01-01' });
    expect(
      Object.fromEntries(coverage.steps.map((s) => [s.stepId, s.responsibilities.map((r) => r.mandate.id)])),
    ).toEqual({ awareness: ['m-tf-prov-awareness'], shelter: [], 'shelter-night': [] });
    expect(coverage.gaps.map((g) => [g.gap.id, g.scope])).toEqual([
      ['gap-c', 'local'],
      ['gap-a', 'fromAbove'],
    ]);
  });
});
