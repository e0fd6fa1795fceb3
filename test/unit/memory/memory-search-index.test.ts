import { emptyDataset } from '../../../server/knowledge/model';
import { MemorySearchIndex } from '../../../server/store/memory/memory-search-index';
import { organization, place } from '../knowledge/fake-records';

/** Twelve offices with similar names (so a limit has something to cut), one with an acronym, one shared name. */
function index(): MemorySearchIndex {
  const world = emptyDataset();
  world.places = [place('country-a', 'country')];
  world.organizations = [
    { ...organization('shelter-office', 'government-agency', 'country-a'), name: { en: 'Shelter Office' } },
    {
      ...organization('police-a', 'police', 'country-a'),
      name: { en: 'Regional Police' },
      acronyms: ['POLDA'],
      description: { en: 'Investigates trafficking cases at the land terminal' },
    },
    ...Array.from({ length: 10 }, (_, i) => ({
      ...organization(`welfare-office-${i}`, 'government-agency', 'country-a'),
      name: { en: `Welfare Office ${i}` },
    })),
    { ...organization('twin-north', 'ngo', 'country-a'), name: { en: 'Twin Foundation' } },
    { ...organization('twin-south', 'ngo', 'country-a'), name: { en: 'Twin Foundation' } },
  ];
  return new MemorySearchIndex(world);
}

describe('MemorySearchIndex.search', () => {
  const searchIndex = index();
  const ids = async (text: string, limit = 20) => (await searchIndex.search(text, limit)).map((h) => h.id);

  it('finds a record by its name, its acronym and the words of its description', async () => {
    expect((await ids('Shelter Office'))[0]).toBe('shelter-office');
    expect((await ids('polda'))[0]).toBe('police-a');
    expect(await ids('land terminal')).toEqual(['police-a']);
  });

  it('tolerates a typo and a word cut short', async () => {
    expect((await ids('Sheltr Ofice'))[0]).toBe('shelter-office');
    expect(await ids('investig')).toContain('police-a');
  });

  it('returns at most `limit` hits, and none for a blank query or a limit of zero', async () => {
    expect(await ids('Welfare Office', 3)).toHaveLength(3);
    expect((await ids('Welfare Office', 50)).filter((id) => id.startsWith('welfare-office-'))).toHaveLength(10);
    expect(await ids('   ')).toEqual([]);
    expect(await ids('?!', 5)).toEqual([]);
    expect(await ids('Welfare', 0)).toEqual([]);
    expect(await ids('Welfare', -1)).toEqual([]);
  });

  it('answers a query of many words without failing, from its first words', async () => {
    const long = `${Array.from({ length: 30 }, () => 'unmatched').join(' ')} polda`;
    await expect(searchIndex.search(long, 5)).resolves.toBeInstanceOf(Array);
    expect(await ids(`polda ${Array.from({ length: 30 }, () => 'unmatched').join(' ')}`)).toContain('police-a');
  });

  it('answers a search made before the index has filled, once it has, as it answers afterwards', async () => {
    const fresh = index();
    const early = fresh.search('Welfare Office', 50);
    await fresh.whenIndexed();
    expect(await early).toEqual(await fresh.search('Welfare Office', 50));
    expect((await early).filter((h) => h.id.startsWith('welfare-office-'))).toHaveLength(10);
  });
});

describe('MemorySearchIndex.findByName', () => {
  const searchIndex = index();

  it('finds records whose name or acronym is exactly the text, ignoring case and spacing', () => {
    expect(searchIndex.findByName('  shelter   OFFICE ')).toEqual([{ id: 'shelter-office', kind: 'organization' }]);
    expect(searchIndex.findByName('Polda')).toEqual([{ id: 'police-a', kind: 'organization' }]);
  });

  it('gives every record that shares a name, and nothing for a partial name', () => {
    expect(
      searchIndex
        .findByName('Twin Foundation')
        .map((r) => r.id)
        .sort(),
    ).toEqual(['twin-north', 'twin-south']);
    expect(searchIndex.findByName('Shelter')).toEqual([]);
  });
});
