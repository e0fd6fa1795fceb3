import { ERROR_CODES } from '../../../server/knowledge/errors';
import { toCursor } from '../../../server/knowledge/pagination';
import { createServices } from '../../../server/services';
import { FakeKnowledgeStore, type FakeRecords } from '../../support/fake-knowledge-store';
import { smallWorld } from './fake-records';

const setUp = (records: FakeRecords = smallWorld()) => {
  const store = new FakeKnowledgeStore(records);
  return { store, services: createServices(store) };
};
const nodeIds = (page: { items: { node: { id: string } }[] }) => page.items.map((i) => i.node.id);
const failure = (code: string, message?: string | RegExp) =>
  expect.objectContaining({ code, ...(message === undefined ? {} : { message: expect.stringMatching(message) }) });

describe('InstrumentService', () => {
  it('gives an instrument by id, or NOT_FOUND with a hint', async () => {
    const { services } = setUp();
    await expect(services.instruments.instrument('decree-a-2018')).resolves.toMatchObject({ year: 2018 });
    await expect(services.instruments.instrument('nothing')).rejects.toEqual(
      failure(
        ERROR_CODES.NOT_FOUND,
        /^no legal instrument has the id "nothing"; use `search` or `instruments` to find instrument ids/,
      ),
    );
  });

  it('passes year and issuer to the store and pages the answer', async () => {
    const { store, services } = setUp();
    const page = await services.instruments.instruments({ year: 2023, issuer: 'social-service-b' }, { first: 5 });
    expect(nodeIds(page)).toEqual(['decree-b-2023']);
    expect(store.queries).toEqual([
      {
        method: 'findInstruments',
        query: {
          filter: { kinds: undefined, year: 2023, issuerId: 'social-service-b' },
          page: { first: 5, after: undefined },
        },
      },
    ]);
  });

  it('refuses an issuer that is not an organisation without asking the store', async () => {
    const { store, services } = setUp();
    await expect(services.instruments.instruments({ issuer: 'regency-b' }, {})).rejects.toEqual(
      failure(ERROR_CODES.UNKNOWN_ORGANIZATION, /that id is a place/),
    );
    expect(store.queries).toEqual([]);
  });

  it('turns null filters into no filter', async () => {
    const { store, services } = setUp();
    const page = await services.instruments.instruments({ year: null, issuer: null }, { first: 2 });
    expect(nodeIds(page)).toEqual(['decree-a-2018', 'decree-b-2023']);
    expect(page.hasNextPage).toBe(true);
    expect(store.queries[0].query).toMatchObject({ filter: { year: undefined, issuerId: undefined } });
  });

  it('accepts the years 1900 to 2100 and refuses others before asking the store', async () => {
    const { store, services } = setUp();
    await expect(services.instruments.instruments({ year: 1900 }, {})).resolves.toBeDefined();
    await expect(services.instruments.instruments({ year: 2100 }, {})).resolves.toBeDefined();
    expect(store.queries).toHaveLength(2);
    for (const year of [1899, 2101]) {
      await expect(services.instruments.instruments({ year }, {})).rejects.toEqual(
        failure(ERROR_CODES.BAD_USER_INPUT, `^year must be between 1900 and 2100; got ${year}$`),
      );
    }
    expect(store.queries).toHaveLength(2);
  });
});

describe('OrganizationService', () => {
  it('gives an organisation by id, or NOT_FOUND', async () => {
    const { services } = setUp();
    await expect(services.organizations.organization('social-service-b')).resolves.toMatchObject({ area: 'regency-b' });
    await expect(services.organizations.organization('x')).rejects.toEqual(
      failure(ERROR_CODES.NOT_FOUND, /^no organization has the id "x"/),
    );
  });

  it('checks region and step before filtering, passing the listed step id on', async () => {
    const { store, services } = setUp();
    const page = await services.organizations.organizations({ region: 'regency-b', step: 'SHELTER' }, { first: 1 });
    expect(nodeIds(page)).toEqual(['social-service-b']);
    expect(page.hasNextPage).toBe(true);
    expect(store.queries[0].query).toEqual({
      filter: { kinds: undefined, levels: undefined, placeId: 'regency-b', stepId: 'shelter' },
      page: { first: 1, after: undefined },
    });
  });

  it('refuses an unknown region or step without asking the store', async () => {
    const { store, services } = setUp();
    await expect(services.organizations.organizations({ region: 'atlantis' }, {})).rejects.toEqual(
      failure(ERROR_CODES.UNKNOWN_REGION),
    );
    await expect(services.organizations.organizations({ step: 'regency-b' }, {})).rejects.toEqual(
      failure(ERROR_CODES.UNKNOWN_STEP),
    );
    expect(store.queries).toEqual([]);
  });

  it('pages on from a cursor', async () => {
    const { services } = setUp();
    const page = await services.organizations.organizations({}, { first: 5, after: toCursor('social-service-b') });
    expect(nodeIds(page)).toEqual(['task-force-b', 'task-force-b-sub-a']);
    expect(page).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('gives a task force by id, but NOT_FOUND for an organisation that is not one', async () => {
    const { services } = setUp();
    await expect(services.organizations.taskForce('task-force-b')).resolves.toMatchObject({ kind: 'task-force' });
    await expect(services.organizations.taskForce('task-force-b-sub-a')).resolves.toMatchObject({
      kind: 'sub-task-force',
    });
    await expect(services.organizations.taskForce('social-service-b')).rejects.toEqual(
      failure(ERROR_CODES.NOT_FOUND, /^no task force has the id "social-service-b"; query `taskForces`/),
    );
    await expect(services.organizations.taskForce('nothing')).rejects.toEqual(failure(ERROR_CODES.NOT_FOUND));
  });

  it('lists task forces, with their sub-task forces only when asked', async () => {
    const { services } = setUp();
    const top = await services.organizations.taskForces({ includeSubTaskForces: false }, {});
    expect(nodeIds(top)).toEqual(['task-force-b']);
    const all = await services.organizations.taskForces({ includeSubTaskForces: true }, {});
    expect(nodeIds(all)).toEqual(['task-force-b', 'task-force-b-sub-a']);
  });

  it('checks the organisation, step, region and day of a partners query', async () => {
    const { store, services } = setUp();
    await services.organizations.partners({
      organization: 'social-service-b',
      step: 'SHELTER',
      region: 'regency-b',
      asOf: '2024-01-01',
    });
    expect(store.queries).toEqual([
      {
        method: 'findPartners',
        query: { organizationId: 'social-service-b', stepId: 'shelter', placeId: 'regency-b', asOf: '2024-01-01' },
      },
    ]);
    await services.organizations.partners({ organization: 'task-force-b', step: null, region: null });
    expect(store.queries[1].query).toEqual({
      organizationId: 'task-force-b',
      stepId: undefined,
      placeId: undefined,
      asOf: new Date().toISOString().slice(0, 10),
    });
    await expect(services.organizations.partners({ organization: 'regency-b' })).rejects.toEqual(
      failure(ERROR_CODES.UNKNOWN_ORGANIZATION),
    );
    await expect(
      services.organizations.partners({ organization: 'social-service-b', step: 'regency-b' }),
    ).rejects.toEqual(failure(ERROR_CODES.UNKNOWN_STEP));
    await expect(
      services.organizations.partners({ organization: 'social-service-b', region: 'shelter' }),
    ).rejects.toEqual(failure(ERROR_CODES.UNKNOWN_REGION));
    await expect(
      services.organizations.partners({ organization: 'social-service-b', asOf: '2024-02-30' }),
    ).rejects.toEqual(failure(ERROR_CODES.INVALID_DATE));
    expect(store.queries).toHaveLength(2);
  });
});

describe('ResponsibilityService', () => {
  it('answers who is responsible, paged by mandate id, with the checked step, place and day', async () => {
    const { store, services } = setUp();
    const answer = await services.responsibilities.responsibilities(
      { step: 'SHELTER', region: 'regency-b', asOf: '2024-01-01' },
      { first: 2 },
    );
    expect(answer).toMatchObject({ asOf: '2024-01-01', stepId: 'shelter', placeId: 'regency-b', hasNextPage: true });
    expect(answer.items.map((i) => i.node.mandate.id)).toEqual([
      'm-social-service-b-shelter',
      'm-task-force-b-shelter',
    ]);
    // The store is asked for every day, so the answer can say what the day left out; the service keeps the day's.
    expect(store.queries[0]).toEqual({
      method: 'findResponsibilities',
      query: { stepId: 'shelter', placeId: 'regency-b', asOf: null },
    });
    const next = await services.responsibilities.responsibilities(
      { step: 'shelter', region: 'regency-b', asOf: '2024-01-01' },
      { first: 2, after: answer.items[1].cursor },
    );
    expect(next.items.map((i) => i.node.mandate.id)).toEqual(['m-task-force-b-sub-a-shelter']);
  });

  it('refuses an unknown step, region or a bad day', async () => {
    const { store, services } = setUp();
    const ask = (args: { step: string; region: string; asOf?: string }) =>
      services.responsibilities.responsibilities(args, {});
    await expect(ask({ step: 'nothing', region: 'regency-b' })).rejects.toEqual(failure(ERROR_CODES.UNKNOWN_STEP));
    await expect(ask({ step: 'shelter', region: 'nothing' })).rejects.toEqual(failure(ERROR_CODES.UNKNOWN_REGION));
    await expect(ask({ step: 'shelter', region: 'regency-b', asOf: '1-1-2024' })).rejects.toEqual(
      failure(ERROR_CODES.INVALID_DATE),
    );
    expect(store.queries).toEqual([]);
  });

  it("gives an organisation's mandates as its legal basis, refusing an unknown organisation", async () => {
    const { services } = setUp();
    const { organizationId, mandates } = await services.responsibilities.legalBasis('task-force-b');
    expect(organizationId).toBe('task-force-b');
    expect(mandates.map((m) => m.id)).toEqual(['m-task-force-b-shelter']);
    await expect(services.responsibilities.legalBasis('shelter')).rejects.toEqual(
      failure(ERROR_CODES.UNKNOWN_ORGANIZATION),
    );
  });

  it('asks the store for the coverage of a checked place on a checked day', async () => {
    const { store, services } = setUp();
    await expect(
      services.responsibilities.coverage({ region: 'regency-c', asOf: '2023-05-05' }),
    ).resolves.toMatchObject({ placeId: 'regency-c', asOf: '2023-05-05' });
    const [coverage, ...onAnyDay] = store.queries;
    expect(coverage).toEqual({ method: 'findCoverage', query: { placeId: 'regency-c', asOf: '2023-05-05' } });
    // Every pillar's mandates on any day, so the answer can say what the day left out.
    const pillars = smallWorld().steps!.filter((s) => s.parent === undefined);
    expect(onAnyDay).toEqual(
      pillars.map((p) => ({
        method: 'findResponsibilities',
        query: { stepId: p.id, placeId: 'regency-c', asOf: null },
      })),
    );
    await expect(services.responsibilities.coverage({ region: 'nowhere' })).rejects.toEqual(
      failure(ERROR_CODES.UNKNOWN_REGION),
    );
    await expect(services.responsibilities.coverage({ region: 'regency-c', asOf: 'today' })).rejects.toEqual(
      failure(ERROR_CODES.INVALID_DATE),
    );
  });
});

describe('ReferralPathService', () => {
  it('finds the paths of a checked place and step, paged by id', async () => {
    const { store, services } = setUp();
    const page = await services.referralPaths.referralPaths({ region: 'regency-b', step: 'SHELTER' }, { first: 1 });
    expect(nodeIds(page)).toEqual(['rp-b-1']);
    expect(page.hasNextPage).toBe(true);
    expect(store.queries[0].query).toEqual({ placeId: 'regency-b', stepId: 'shelter' });
    await services.referralPaths.referralPaths({ region: null, step: null }, {});
    expect(store.queries[1].query).toEqual({ placeId: undefined, stepId: undefined });
    await expect(services.referralPaths.referralPaths({ region: 'x' }, {})).rejects.toEqual(
      failure(ERROR_CODES.UNKNOWN_REGION),
    );
    await expect(services.referralPaths.referralPaths({ step: 'x' }, {})).rejects.toEqual(
      failure(ERROR_CODES.UNKNOWN_STEP),
    );
  });

  it('gives a path by id, or NOT_FOUND', async () => {
    const { services } = setUp();
    await expect(services.referralPaths.referralPath('rp-c-1')).resolves.toMatchObject({ area: 'regency-c' });
    await expect(services.referralPaths.referralPath('rp-x')).rejects.toEqual(
      failure(ERROR_CODES.NOT_FOUND, /^no referral path has the id "rp-x"; query `referralPaths`/),
    );
  });
});

describe('RegionService', () => {
  it('lists places, optionally of some kinds or under a parent', async () => {
    const { services } = setUp();
    expect((await services.regions.regions()).map((p) => p.id)).toEqual(['country-a', 'regency-b', 'regency-c']);
    expect((await services.regions.regions({ kinds: [] })).map((p) => p.id)).toHaveLength(3);
    expect((await services.regions.regions({ kinds: ['country'] })).map((p) => p.id)).toEqual(['country-a']);
    expect((await services.regions.regions({ parentId: 'country-a' })).map((p) => p.id)).toEqual([
      'regency-b',
      'regency-c',
    ]);
    await expect(services.regions.regions({ parentId: 'shelter' })).rejects.toEqual(
      failure(ERROR_CODES.UNKNOWN_REGION),
    );
  });

  it('gives a place by id, or UNKNOWN_REGION saying what the id names', async () => {
    const { services } = setUp();
    await expect(services.regions.region('regency-b')).resolves.toMatchObject({ parent: 'country-a' });
    await expect(services.regions.region('shelter')).rejects.toEqual(
      failure(ERROR_CODES.UNKNOWN_REGION, /that id is a step/),
    );
  });
});

describe('SearchService', () => {
  const hit = (id: string, kind: 'organization' | 'taskForce' | 'place', score: number) => ({
    id,
    kind,
    recordId: id,
    ownerId: null,
    score,
    snippet: id,
  });
  const hits = [
    hit('social-service-b', 'organization', 3),
    hit('task-force-b', 'taskForce', 2),
    hit('regency-b', 'place', 1),
  ];

  it('asks the store for up to 200 hits of the trimmed text, filters by kind and pages them', async () => {
    const { store, services } = setUp({ ...smallWorld(), searchHits: hits });
    const page = await services.search.search('  social  ', { kinds: ['organization', 'place'] }, { first: 1 });
    expect(nodeIds(page)).toEqual(['social-service-b']);
    expect(page.hasNextPage).toBe(true);
    expect(store.queries).toEqual([{ method: 'search', query: { text: 'social', limit: 200 } }]);
    const all = await services.search.search('social', { kinds: [] }, {});
    expect(nodeIds(all)).toEqual(['social-service-b', 'task-force-b', 'regency-b']);
  });

  it('accepts 2 to 200 characters after trimming, and refuses others saying so', async () => {
    const { services } = setUp();
    await expect(services.search.search('ab', {}, {})).resolves.toBeDefined();
    await expect(services.search.search('a'.repeat(200), {}, {})).resolves.toBeDefined();
    for (const [text, length] of [
      [' a ', 1],
      ['a'.repeat(201), 201],
    ] as const) {
      await expect(services.search.search(text, {}, {})).rejects.toEqual(
        failure(
          ERROR_CODES.BAD_USER_INPUT,
          `^text must be 2 to 200 characters, e.g. "Tapen Bikomi" or "PLBN"; got ${length}$`,
        ),
      );
    }
  });
});

describe('StepService and SourceDocumentService', () => {
  it("lists the step vocabulary, or one pillar's", async () => {
    const { services } = setUp();
    expect((await services.steps.steps()).map((s) => s.id)).toEqual(['protection', 'shelter', 'awareness-raising']);
    expect((await services.steps.steps('prevention')).map((s) => s.id)).toEqual(['awareness-raising']);
  });

  it('lists the source papers', async () => {
    const sources = [{ file: '000_aaaaaaaaaaaaaaaa.txt', title: 'A paper', scope: 'Test.' }];
    const { services } = setUp({ ...smallWorld(), sources });
    await expect(services.sources.sources()).resolves.toEqual(sources);
  });
});

describe('NodeService', () => {
  it('reads the record an id names through the given fetch, with its kind', async () => {
    const { services } = setUp();
    const fetch = async (kind: string, id: string) => ({ kind, id });
    await expect(services.nodes.getNode('task-force-b', fetch)).resolves.toEqual({
      kind: 'taskForce',
      id: 'task-force-b',
    });
  });

  it('answers NOT_FOUND for an id that names nothing, without fetching', async () => {
    const { services } = setUp();
    const fetched: string[] = [];
    const fetch = async (_kind: string, id: string) => fetched.push(id);
    await expect(services.nodes.getNode('nothing', fetch)).rejects.toEqual(
      failure(ERROR_CODES.NOT_FOUND, /^no record has the id "nothing"; ids are listed by `search`/),
    );
    expect(fetched).toEqual([]);
  });

  it('answers NOT_FOUND when the record is gone by the time it is fetched', async () => {
    const { services } = setUp();
    await expect(services.nodes.getNode('regency-b', async () => null)).rejects.toEqual(
      failure(ERROR_CODES.NOT_FOUND, /^no place has the id "regency-b"; the record disappeared/),
    );
  });
});
