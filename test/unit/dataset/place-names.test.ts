import type { Place } from '../../../server/knowledge/records';
import { findCitations } from '../../../seed/validation/citations';
import { PlaceNameIndex } from '../../../seed/validation/place-names';
import { realDataset } from '../../support/real-dataset';

const place = (id: string, en: string, aliases: string[] = []) =>
  ({ id, kind: 'city', name: { en }, aliases }) as unknown as Place;

/** What the index replaced: every place's whole-word pattern tested against the quote. */
function placesNamedByScanningEveryName(places: readonly Place[], quote: string): string[] {
  const named = new Set<string>();
  for (const p of places) {
    for (const name of new Set([p.name.id, p.name.en, ...(p.aliases ?? [])])) {
      if (name === undefined || name.length < 3) continue;
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (new RegExp(`(^|[^\\p{L}])${escaped}([^\\p{L}]|$)`, 'iu').test(quote)) named.add(p.id);
    }
  }
  return [...named].sort();
}

describe('the place-name index', () => {
  const places = [
    place('kupang-city', 'Kupang City', ['Kota Kupang']),
    place('kupang', 'Kupang'),
    place('ttu', 'North Central Timor', ['TTU', 'Timor Tengah Utara']),
    place('sabu', 'Sabu Raijua', ['Sabu-Raijua']),
  ];
  const index = new PlaceNameIndex(places);

  it('finds a name or alias as whole words, in any case', () => {
    expect([...index.placesNamedIn('di kota kupang, NTT')].sort()).toEqual(['kupang', 'kupang-city']);
    expect([...index.placesNamedIn('Kabupaten Timor Tengah Utara (ttu)')]).toEqual(['ttu']);
    expect([...index.placesNamedIn('from Sabu-Raijua.')]).toEqual(['sabu']);
  });

  it('does not find a name inside a longer word or with a word missing', () => {
    expect([...index.placesNamedIn('Kupangan and Sabu')]).toEqual([]);
    expect([...index.placesNamedIn('Timor Tengah Selatan')]).toEqual([]);
  });

  it('finds in every quote of the real dataset exactly the places a scan of every name finds', () => {
    const dataset = realDataset();
    const realIndex = new PlaceNameIndex(dataset.places);
    const quotes = new Set(
      Object.values(dataset)
        .flat()
        .flatMap((record) => findCitations(record).map((c) => c.quote)),
    );
    expect(quotes.size).toBeGreaterThan(500);
    let quotesNamingAPlace = 0;
    for (const quote of quotes) {
      const expected = placesNamedByScanningEveryName(dataset.places, quote);
      expect({ quote, named: [...realIndex.placesNamedIn(quote)].sort() }).toEqual({ quote, named: expected });
      if (expected.length > 0) quotesNamingAPlace++;
    }
    expect(quotesNamingAPlace).toBeGreaterThan(100);
  });
});
