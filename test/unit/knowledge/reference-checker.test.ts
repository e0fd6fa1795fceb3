import { ERROR_CODES, InvalidRequestError } from '../../../server/knowledge/errors';
import { ReferenceChecker } from '../../../server/knowledge/reference-checker';
import { FakeKnowledgeStore } from '../../support/fake-knowledge-store';
import { smallWorld } from './fake-records';

describe('ReferenceChecker', () => {
  const checker = new ReferenceChecker(new FakeKnowledgeStore(smallWorld()));

  it('normalises enum-style step ids to the listed form', () => {
    expect(ReferenceChecker.normalizeStepId(' BORDER_INSPECTION ')).toBe('border-inspection');
    expect(ReferenceChecker.normalizeStepId('shelter')).toBe('shelter');
  });

  it('accepts a place as a region and returns its id', async () => {
    await expect(checker.assertRegion('regency-b')).resolves.toBe('regency-b');
  });

  it('refuses an unknown region with UNKNOWN_REGION, saying no record has the id and where to find ids', async () => {
    const error = await checker.assertRegion('atlantis').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error).toMatchObject({
      code: ERROR_CODES.UNKNOWN_REGION,
      message:
        '"atlantis" is not a known region (no record has that id or name); query `regions` for the place ids, e.g. "ttu" or "ntt"',
    });
  });

  it('accepts an exact alias where an id goes, and refuses a name two records share, listing both', async () => {
    const world = smallWorld();
    const [first, second] = world.places!;
    const aliased = new ReferenceChecker(
      new FakeKnowledgeStore({
        ...world,
        places: [
          { ...first, aliases: ['Regency Alias', 'Shared Name'] },
          { ...second, aliases: ['Shared Name'] },
          ...world.places!.slice(2),
        ],
      }),
    );
    await expect(aliased.assertRegion('regency alias')).resolves.toBe(first.id);
    const ambiguous = await aliased.assertRegion('Shared Name').catch((e: unknown) => e);
    expect(ambiguous).toMatchObject({
      code: ERROR_CODES.AMBIGUOUS_NAME,
      message: expect.stringContaining(`${first.id} (place)`),
      details: { candidates: expect.arrayContaining([{ id: second.id, kind: 'place' }]) },
    });
  });

  it('refuses the id of another kind of record as a region, saying what it is', async () => {
    await expect(checker.assertRegion('shelter')).rejects.toMatchObject({
      code: ERROR_CODES.UNKNOWN_REGION,
      message: expect.stringContaining('(that id is a step)'),
    });
  });

  it('accepts a step listed or enum-style and returns the listed id', async () => {
    await expect(checker.assertStep('SHELTER')).resolves.toBe('shelter');
    await expect(checker.assertStep('awareness_raising')).resolves.toBe('awareness-raising');
  });

  it('refuses a place as a step with UNKNOWN_STEP and a hint', async () => {
    await expect(checker.assertStep('regency-b')).rejects.toMatchObject({
      code: ERROR_CODES.UNKNOWN_STEP,
      message:
        '"regency-b" is not a known step (that id is a place); query `steps` for the step ids, e.g. "shelter" or "investigation"',
    });
  });

  it('accepts organisations and task forces as organisations, and nothing else', async () => {
    await expect(checker.assertOrganization('social-service-b')).resolves.toBe('social-service-b');
    await expect(checker.assertOrganization('task-force-b-sub-a')).resolves.toBe('task-force-b-sub-a');
    await expect(checker.assertOrganization('decree-a-2018')).rejects.toMatchObject({
      code: ERROR_CODES.UNKNOWN_ORGANIZATION,
      message:
        '"decree-a-2018" is not a known organization (that id is a instrument); use `search` or `organizations` to find organisation ids, e.g. "dinas-sosial-ttu"',
    });
  });
});
