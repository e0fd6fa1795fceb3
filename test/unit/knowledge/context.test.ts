import { ERROR_CODES } from '../../../server/knowledge/errors';
import { ReferenceChecker } from '../../../server/knowledge/reference-checker';
import { ContextService, placesAround } from '../../../server/knowledge/services/context.service';
import { FakeKnowledgeStore, type FakeRecords } from '../../support/fake-knowledge-store';
import { finding, instrument, knownUnknown, organization, place, step } from './fake-records';

/**
 * A country > province > two regencies, one regency on an island (not part of the country's tree) and with a
 * district inside it: every way a place can be around another.
 */
const places = [
  place('country-a', 'country'),
  place('province-p', 'province', 'country-a'),
  { ...place('regency-b', 'regency', 'province-p'), island: 'island-i' },
  place('regency-c', 'regency', 'province-p'),
  place('district-d', 'district', 'regency-b'),
  place('island-i', 'island'),
];

const world = (): FakeRecords => ({
  places,
  steps: [step('protection', 'protection'), step('shelter', 'protection', 'protection')],
  organizations: [
    organization('tf-b', 'task-force', 'regency-b'),
    organization('agency-c', 'government-agency', 'regency-c'),
    organization('ngo-d', 'ngo', 'district-d'),
  ],
  instruments: [instrument('decree-a', 2018)],
  knownUnknowns: [
    knownUnknown('ku-island', 'area-not-stated', 'island-i', ['tf-b']),
    knownUnknown('ku-b-head', 'head-not-named', 'regency-b', ['tf-b']),
    knownUnknown('ku-country-date', 'date-not-stated', 'country-a', ['decree-a']),
    knownUnknown('ku-c-members', 'members-not-published', 'regency-c', ['agency-c', 'tf-b']),
    knownUnknown('ku-d-actor', 'actor-not-named', 'district-d', ['ngo-d']),
  ],
  findings: [
    finding('f-route-country', 'route', 'country-a'),
    finding('f-driver-b', 'driver', 'regency-b', { about: ['ngo-d'], steps: ['shelter'] }),
    finding('f-barrier-c', 'reporting-barrier', 'regency-c', { about: ['agency-c'], steps: ['protection'] }),
    finding('f-driver-d', 'driver', 'district-d', { steps: ['shelter', 'protection'] }),
  ],
});

const setUp = () => {
  const store = new FakeKnowledgeStore(world());
  return new ContextService(store, new ReferenceChecker(store));
};
const nodeIds = (page: { items: { node: { id: string } }[] }) => page.items.map((i) => i.node.id);
const failure = (code: string, message: string | RegExp) =>
  expect.objectContaining({ code, message: expect.stringMatching(message) });

describe('placesAround', () => {
  const around = (id: string) => [...placesAround(places, id)].sort();

  it('gives the place, the places above it by parent and by island, and the places within it', () => {
    expect(around('regency-b')).toEqual(['country-a', 'district-d', 'island-i', 'province-p', 'regency-b']);
    expect(around('district-d')).toEqual(['country-a', 'district-d', 'island-i', 'province-p', 'regency-b']);
  });

  it('does not give a sibling, nor an island above a place within it', () => {
    expect(around('province-p')).toEqual(['country-a', 'district-d', 'province-p', 'regency-b', 'regency-c']);
    expect(around('regency-c')).toEqual(['country-a', 'province-p', 'regency-c']);
    expect(around('island-i')).toEqual(['district-d', 'island-i', 'regency-b']);
  });

  it('gives only the place itself for an id no place has', () => {
    expect(around('nowhere')).toEqual(['nowhere']);
  });
});

describe('ContextService: one known unknown or finding', () => {
  it('gives a known unknown or a finding by id', async () => {
    const context = setUp();
    await expect(context.knownUnknown('ku-b-head')).resolves.toMatchObject({ kind: 'head-not-named' });
    await expect(context.finding('f-driver-b')).resolves.toMatchObject({ area: 'regency-b' });
  });

  it('answers NOT_FOUND with a hint for an id of another kind', async () => {
    const context = setUp();
    await expect(context.knownUnknown('f-driver-b')).rejects.toEqual(
      failure(ERROR_CODES.NOT_FOUND, /^no known unknown has the id "f-driver-b"; query `knownUnknowns` for their ids$/),
    );
    await expect(context.finding('ku-b-head')).rejects.toEqual(
      failure(ERROR_CODES.NOT_FOUND, /^no finding has the id "ku-b-head"; query `findings` for their ids$/),
    );
  });
});

describe('ContextService.knownUnknowns', () => {
  const list = (filter: object, page: object = {}) => setUp().knownUnknowns(filter, page).then(nodeIds);

  it('lists every known unknown by id without a filter, or with an empty list of kinds', async () => {
    const all = ['ku-b-head', 'ku-c-members', 'ku-country-date', 'ku-d-actor', 'ku-island'];
    expect(await list({})).toEqual(all);
    expect(await list({ kinds: [] })).toEqual(all);
  });

  it('keeps the kinds asked', async () => {
    expect(await list({ kinds: ['head-not-named', 'members-not-published'] })).toEqual(['ku-b-head', 'ku-c-members']);
  });

  it('keeps those in the region, above it or within it', async () => {
    expect(await list({ region: 'regency-b' })).toEqual(['ku-b-head', 'ku-country-date', 'ku-d-actor', 'ku-island']);
    expect(await list({ region: 'province-p' })).toEqual([
      'ku-b-head',
      'ku-c-members',
      'ku-country-date',
      'ku-d-actor',
    ]);
  });

  it('keeps those about the record asked, of any kind', async () => {
    expect(await list({ about: 'tf-b' })).toEqual(['ku-b-head', 'ku-c-members', 'ku-island']);
    expect(await list({ about: 'decree-a' })).toEqual(['ku-country-date']);
    expect(await list({ about: 'country-a' })).toEqual([]);
  });

  it('combines the filters', async () => {
    expect(await list({ region: 'regency-c', about: 'tf-b' })).toEqual(['ku-c-members']);
    expect(await list({ region: 'regency-b', about: 'tf-b', kinds: ['area-not-stated'] })).toEqual(['ku-island']);
  });

  it('pages by id', async () => {
    const page = await setUp().knownUnknowns({ about: 'tf-b' }, { first: 2 });
    expect(nodeIds(page)).toEqual(['ku-b-head', 'ku-c-members']);
    expect(page.hasNextPage).toBe(true);
  });

  it('refuses an unknown region, and a record id that does not exist', async () => {
    const context = setUp();
    await expect(context.knownUnknowns({ region: 'tf-b' }, {})).rejects.toEqual(
      failure(ERROR_CODES.UNKNOWN_REGION, /^"tf-b" is not a known region \(that id is a taskForce\)/),
    );
    await expect(context.knownUnknowns({ about: 'nothing' }, {})).rejects.toEqual(
      failure(
        ERROR_CODES.NOT_FOUND,
        /^no record has the id "nothing"; use `search` to find the id of an organisation, instrument or place$/,
      ),
    );
  });
});

describe('ContextService.findings', () => {
  const list = (filter: object, page: object = {}) => setUp().findings(filter, page).then(nodeIds);

  it('lists every finding by id without a filter', async () => {
    expect(await list({})).toEqual(['f-barrier-c', 'f-driver-b', 'f-driver-d', 'f-route-country']);
    expect(await list({ kinds: [] })).toEqual(['f-barrier-c', 'f-driver-b', 'f-driver-d', 'f-route-country']);
  });

  it('keeps those bearing on the step asked (by id or enum-style name); a finding with no steps bears on none', async () => {
    expect(await list({ step: 'shelter' })).toEqual(['f-driver-b', 'f-driver-d']);
    expect(await list({ step: 'PROTECTION' })).toEqual(['f-barrier-c', 'f-driver-d']);
  });

  it('keeps those about the record asked; a finding about nothing is about no record', async () => {
    expect(await list({ about: 'ngo-d' })).toEqual(['f-driver-b']);
    expect(await list({ about: 'agency-c' })).toEqual(['f-barrier-c']);
  });

  it('keeps the kinds asked in the region, above it or within it', async () => {
    expect(await list({ kinds: ['driver', 'route'], region: 'regency-c' })).toEqual(['f-route-country']);
    expect(await list({ kinds: ['driver'], region: 'regency-b' })).toEqual(['f-driver-b', 'f-driver-d']);
    expect(await list({ region: 'island-i', step: 'protection' })).toEqual(['f-driver-d']);
  });

  it('refuses an unknown step or record', async () => {
    const context = setUp();
    await expect(context.findings({ step: 'regency-b' }, {})).rejects.toEqual(
      failure(ERROR_CODES.UNKNOWN_STEP, /^"regency-b" is not a known step \(that id is a place\)/),
    );
    await expect(context.findings({ about: 'nothing' }, {})).rejects.toEqual(
      failure(ERROR_CODES.NOT_FOUND, /^no record has the id "nothing"/),
    );
  });
});

describe('ContextService: what is known about each record', () => {
  it('gives the known unknowns about each id, in the order asked, [] for none', async () => {
    const about = await setUp().knownUnknownsAbout(['tf-b', 'ngo-d', 'nothing']);
    expect(about.map((list) => list.map((k) => k.id))).toEqual([
      ['ku-b-head', 'ku-c-members', 'ku-island'],
      ['ku-d-actor'],
      [],
    ]);
  });

  it('gives the findings about each id, in the order asked, [] for none', async () => {
    const about = await setUp().findingsAbout(['agency-c', 'ngo-d', 'country-a']);
    expect(about.map((list) => list.map((f) => f.id))).toEqual([['f-barrier-c'], ['f-driver-b'], []]);
  });
});
