import type { Place } from '../../server/knowledge/records';

/** A place's name as a quote would print it: whole words, any case. */
interface PlaceName {
  place: string;
  pattern: RegExp;
  /** The name's runs of letters, as word keys: each must be a word of any quote that names the place. */
  words: string[];
}

const LETTER_RUNS = /\p{L}+/gu;

/**
 * A word compared as the names' patterns compare it (case-insensitively). Lowering, raising and lowering again folds
 * every pair a case-insensitive regular expression treats as equal (ſ and s, K and the Kelvin sign, ß and ẞ) into one
 * key; the key may also join a few pairs the pattern keeps apart, which only lets the pattern decide more often.
 */
const toWordKey = (word: string) => word.toLowerCase().toUpperCase().toLowerCase();
const wordsOf = (text: string) => (text.match(LETTER_RUNS) ?? []).map(toWordKey);

/**
 * Which places a quote names, by name or alias as a whole word (`Kupang` in "Kota Kupang," but not in "Kupangan").
 * Testing every place's pattern against every quote grew with places × quotes (at 10x the dataset, five minutes of
 * validation); a name can only match a quote that holds each of its words, so each quote tests only the names filed
 * under one of its words, and each distinct quote is looked at once.
 */
export class PlaceNameIndex {
  /** Each name filed under its rarest word, so a common word ("kabupaten") brings few names to test. */
  private readonly namesByWord = new Map<string, PlaceName[]>();
  /** Names without a letter (none today): tested against every quote. */
  private readonly namesWithoutWords: PlaceName[] = [];
  private readonly placesNamedByQuote = new Map<string, ReadonlySet<string>>();

  constructor(places: readonly Place[]) {
    const names: PlaceName[] = [];
    for (const place of places) {
      for (const name of new Set([place.name.id, place.name.en, ...(place.aliases ?? [])])) {
        if (name === undefined || name.length < 3) continue;
        const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const pattern = new RegExp(`(^|[^\\p{L}])${escaped}([^\\p{L}]|$)`, 'iu');
        names.push({ place: place.id, pattern, words: [...new Set(wordsOf(name))] });
      }
    }
    const namesWithWord = new Map<string, number>();
    for (const { words } of names)
      for (const word of words) namesWithWord.set(word, (namesWithWord.get(word) ?? 0) + 1);
    for (const name of names) {
      if (name.words.length === 0) {
        this.namesWithoutWords.push(name);
        continue;
      }
      const rarest = name.words.reduce((a, b) => ((namesWithWord.get(b) ?? 0) < (namesWithWord.get(a) ?? 0) ? b : a));
      const filed = this.namesByWord.get(rarest);
      if (filed) filed.push(name);
      else this.namesByWord.set(rarest, [name]);
    }
  }

  /** The ids of the places the quote names. */
  placesNamedIn(quote: string): ReadonlySet<string> {
    const known = this.placesNamedByQuote.get(quote);
    if (known) return known;
    const words = new Set(wordsOf(quote));
    const candidates = [...this.namesWithoutWords, ...[...words].flatMap((word) => this.namesByWord.get(word) ?? [])];
    const named = new Set(
      candidates
        .filter((name) => name.words.every((word) => words.has(word)) && name.pattern.test(quote))
        .map((name) => name.place),
    );
    this.placesNamedByQuote.set(quote, named);
    return named;
  }

  /** The ids of the places any of the quotes names. */
  placesNamedInAny(quotes: readonly string[]): Set<string> {
    return new Set(quotes.flatMap((quote) => [...this.placesNamedIn(quote)]));
  }
}
