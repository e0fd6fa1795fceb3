import { toWordVariants } from './search-glossary';

/**
 * Text rules search shares across stores: folding (case, accents, punctuation), the search key that makes legal
 * citations in either language compare equal ("Art. 58" = "Pasal 58", "Law 21 of 2007" = "UU No. 21 Tahun 2007" =
 * "UU 21/2007"), and the typo tolerance both engines apply (one edit for 3 to 7 letters, two from 8).
 */
export const foldText = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Words that name the same thing in a citation, in Indonesian and English. */
const CITATION_SYNONYMS: Record<string, string> = {
  art: 'pasal',
  article: 'pasal',
  articles: 'pasal',
  artikel: 'pasal',
  psl: 'pasal',
  law: 'uu',
};

/** Filler words of a citation ("No. 21 Tahun 2007", "21 of 2007"), dropped next to a number or a citation word. */
const CITATION_FILLERS = new Set(['no', 'nomor', 'nr', 'number', 'tahun', 'of', 'year']);
const CITATION_WORDS = new Set(['uu', 'pasal', 'pp', 'perpres', 'permen', 'perda', 'perdes', 'kepgub', 'kepbup']);

const isNumber = (word: string | undefined) => word !== undefined && /^\d/.test(word);

/** The comparable form of a query or a name: folded words, citations in one vocabulary. */
export function toSearchKey(text: string): string {
  const words = foldText(text)
    .replace(/\bundang undang\b/g, 'uu')
    .split(' ')
    .filter((w) => w.length > 0)
    .map((w) => CITATION_SYNONYMS[w] ?? w);
  return words
    .filter((word, i) => {
      if (!CITATION_FILLERS.has(word)) return true;
      const [before, after] = [words[i - 1], words[i + 1]];
      return !(isNumber(before) || isNumber(after) || (after !== undefined && CITATION_WORDS.has(after)));
    })
    .join(' ');
}

/**
 * The words of a query that reach the engines: the original words, the key's words and their glossary equivalents,
 * at most `max` (the user's own words first).
 */
export function toEngineWords(text: string, max: number): string[] {
  const words = [...foldText(text).split(' '), ...toSearchKey(text).split(' ')].filter((w) => w.length > 0);
  return [...new Set([...words, ...words.flatMap(toWordVariants)])].slice(0, max);
}

/** How many edits a word may be off and still match, as both engines are configured. */
export const allowedEdits = (word: string): number => (word.length < 3 ? 0 : word.length < 8 ? 1 : 2);

/** How many edits apart a and b are (Levenshtein), or Infinity when more than `max` (cut off early). */
export function editsWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > max) return Infinity;
    previous = current;
  }
  return previous[b.length] <= max ? previous[b.length] : Infinity;
}
