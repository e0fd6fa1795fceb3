import { ERROR_CODES } from '../../../server/knowledge/errors';
import { NameResolver } from '../../../server/knowledge/name-resolver';
import { FakeKnowledgeStore } from '../../support/fake-knowledge-store';
import { instrument, organization, place, smallWorld } from './fake-records';

/** The small world plus names to resolve: an acronym, a name two offices share, a numbered decree. */
function namedWorld() {
  const world = smallWorld();
  return {
    ...world,
    places: [...world.places, { ...place('regency-d', 'regency', 'country-a'), name: { en: 'North Regency' } }],
    organizations: [
      ...world.organizations,
      { ...organization('office-north', 'government-agency', 'regency-b'), name: { en: 'Social Office' } },
      { ...organization('office-south', 'government-agency', 'regency-c'), name: { en: 'Social Office' } },
      { ...organization('police-b', 'police', 'regency-b'), acronyms: ['POLB'] },
    ],
    instruments: [...world.instruments, { ...instrument('decree-n-2021', 2021), number: '12' }],
  };
}

const resolver = () => new NameResolver(new FakeKnowledgeStore(namedWorld()));

describe('NameResolver.resolve', () => {
  it('keeps an id of an accepted kind as it is', async () => {
    await expect(resolver().resolve('regency-b', ['place'])).resolves.toEqual({ id: 'regency-b', kind: 'place' });
  });

  it('does not take an id of another kind, and finds nothing under that name either', async () => {
    await expect(resolver().resolve('regency-b', ['organization'])).resolves.toBeNull();
  });

  it('turns a unique name, an acronym or a short citation into the id, ignoring case and spacing', async () => {
    const names = resolver();
    await expect(names.resolve('north  REGENCY', ['place'])).resolves.toEqual({ id: 'regency-d', kind: 'place' });
    await expect(names.resolve('polb', ['organization'])).resolves.toEqual({ id: 'police-b', kind: 'organization' });
    await expect(names.resolve('Kepbup 12/2021', ['instrument'])).resolves.toEqual({
      id: 'decree-n-2021',
      kind: 'instrument',
    });
  });

  it('only looks among the kinds the argument accepts', async () => {
    await expect(resolver().resolve('North Regency', ['organization', 'instrument'])).resolves.toBeNull();
  });

  it('answers null for a value that is neither an id nor a name', async () => {
    await expect(resolver().resolve('nowhere at all', ['place', 'organization'])).resolves.toBeNull();
  });

  it('refuses a shared name with AMBIGUOUS_NAME, listing every candidate with its id and kind', async () => {
    const failure = resolver().resolve('Social Office', ['organization']);
    await expect(failure).rejects.toMatchObject({
      code: ERROR_CODES.AMBIGUOUS_NAME,
      message:
        '"Social Office" names 2 records: office-north (organization), office-south (organization); pass one of these ids instead',
      details: {
        candidates: [
          { id: 'office-north', kind: 'organization' },
          { id: 'office-south', kind: 'organization' },
        ],
      },
    });
  });
});

describe('NameResolver.describeMismatch', () => {
  it('says what kind an id is', async () => {
    await expect(resolver().describeMismatch('regency-b')).resolves.toBe('that id is a place');
  });

  it('says whose name a name is, each record once', async () => {
    await expect(resolver().describeMismatch('Social Office')).resolves.toBe(
      'that name belongs to: office-north (organization), office-south (organization)',
    );
  });

  it('says when nothing has that id or name', async () => {
    await expect(resolver().describeMismatch('nowhere at all')).resolves.toBe('no record has that id or name');
  });
});
