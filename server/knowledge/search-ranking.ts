import type { SearchDocument, SearchHitKind } from './search-documents';
import { toWordVariants } from './search-glossary';
import { allowedEdits, editsWithin, foldText, toSearchKey } from './search-text';

/** A search result: the matching document's identity, the record it opens, and the text that matched. */
export interface SearchHit {
  id: string;
  kind: SearchHitKind;
  recordId: string;
  ownerId: string | null;
  score: number;
  /** The name or passage that matched, cut to about 200 characters around the first matching word. */
  snippet: string;
}

/**
 * How many of an engine's best candidates the shared ranking orders. Both stores take the same number, so the tiers
 * decide among the same kind of candidate set; it bounds the work of one search.
 */
export const SEARCH_CANDIDATE_LIMIT = 300;

/** What a store's text engine found, before the shared ranking. */
export interface SearchCandidate {
  document: SearchDocument;
  /**
   * The engine's own relevance (MiniSearch or Lucene score). Engines only choose the candidates (their best, when more
   * than SEARCH_CANDIDATE_LIMIT match); the order never depends on it, since Lucene and MiniSearch score differently.
   */
  engineScore: number;
}

/**
 * Tiers, best first. The tier and the term score are computed here from the documents alone, so both stores rank
 * alike; the engines only decide which documents are candidates.
 */
const TIER = {
  acronym: 8,
  name: 7,
  descriptor: 6,
  namePhrase: 5,
  allWordsInNames: 4,
  descriptorPhrase: 3,
  textPhrase: 2,
  allWordsInOneText: 1,
  rest: 0,
};

/** Tiers where the query is a phrase of a longer text: the shorter the text, the more it is about the query. */
const PHRASE_TIERS = new Set([TIER.namePhrase, TIER.descriptorPhrase, TIER.textPhrase]);

/**
 * When two hits match equally, the record a text originates in comes before those that repeat it (a duty before the
 * mandates drawn from it, an article before the mandates citing it).
 */
const KIND_ORDER: readonly SearchHitKind[] = [
  'organization',
  'taskForce',
  'instrument',
  'article',
  'place',
  'step',
  'duty',
  'penalty',
  'statistic',
  'gap',
  'referralPath',
  'referralStep',
  'partnership',
  'finding',
  'knownUnknown',
  'disagreement',
  'membership',
  'mandate',
];

/** Words too common to say anything about a match when other words are present. */
const STOP_WORDS = new Set([
  'the',
  'of',
  'and',
  'for',
  'to',
  'in',
  'on',
  'a',
  'dan',
  'di',
  'yang',
  'untuk',
  'ke',
  'dari',
]);

type Field = { text: string; weight: number };

/** Search keys of texts, computed once per text (the embedded store's documents live as long as the process). */
const keyCache = new Map<string, string>();
const MAX_CACHED_KEYS = 50_000;
function cachedKey(text: string): string {
  let key = keyCache.get(text);
  if (key === undefined) {
    key = toSearchKey(text);
    if (keyCache.size >= MAX_CACHED_KEYS) keyCache.clear();
    keyCache.set(text, key);
  }
  return key;
}
const wordCache = new Map<string, string[]>();
/** The distinct words of a text's search key, computed once per text. */
function wordsOf(text: string): string[] {
  let words = wordCache.get(text);
  if (words === undefined) {
    words = [...new Set(cachedKey(text).split(' ').filter(Boolean))];
    if (wordCache.size >= MAX_CACHED_KEYS) wordCache.clear();
    wordCache.set(text, words);
  }
  return words;
}
const hasPhrase = (text: string, key: string) => ` ${cachedKey(text)} `.includes(` ${key} `);

/** Matches the query's words against a document's words; each distinct word is compared once per query. */
class WordMatcher {
  private readonly vectors = new Map<string, number[] | null>();
  constructor(private readonly queryWords: string[]) {}

  /** For each query word, 1 for the same word or a glossary equivalent, 0.7 a prefix, 0.5 one edit, 0.3 two; null when none match. */
  private vectorOf(word: string): number[] | null {
    let vector = this.vectors.get(word);
    if (vector === undefined) {
      const matches = this.queryWords.map((q) => Math.max(...toWordVariants(q).map((v) => variantMatchOf(v, word))));
      vector = matches.some((m) => m > 0) ? matches : null;
      this.vectors.set(word, vector);
    }
    return vector;
  }

  matchOf(queryWordIndex: number, word: string): number {
    return this.vectorOf(word)?.[queryWordIndex] ?? 0;
  }

  /** Whether each query word matches a different one of the words (two typed words never count one word twice). */
  matchesEachWord(words: string[]): boolean {
    const used = new Set<string>();
    for (let i = 0; i < this.queryWords.length; i++) {
      if (this.queryWords.indexOf(this.queryWords[i]) < i) continue;
      let best: string | undefined;
      let bestMatch = 0;
      for (const w of words) {
        const m = used.has(w) ? 0 : this.matchOf(i, w);
        if (m > bestMatch) [best, bestMatch] = [w, m];
      }
      if (best === undefined) return false;
      used.add(best);
    }
    return true;
  }

  /** The best match of each query word among the words. */
  bestMatches(words: string[]): number[] {
    const best = this.queryWords.map(() => 0);
    for (const w of words) {
      const vector = this.vectorOf(w);
      if (vector !== null) vector.forEach((m, i) => (best[i] = Math.max(best[i], m)));
    }
    return best;
  }
}

function variantMatchOf(queryWord: string, word: string): number {
  if (word === queryWord) return 1;
  if (queryWord.length >= 2 && word.startsWith(queryWord)) return 0.7;
  const edits = editsWithin(queryWord, word, allowedEdits(queryWord));
  return edits === 1 ? 0.5 : edits === 2 ? 0.3 : 0;
}

function tierOf(doc: SearchDocument, key: string, matcher: WordMatcher): { tier: number; field?: string } {
  const exact = (texts: string[]) => texts.find((t) => cachedKey(t) === key);
  const shortest = (texts: string[]) =>
    texts.filter((t) => hasPhrase(t, key)).sort((a, b) => a.length - b.length)[0] as string | undefined;
  // Joined with a newline, so the word cache serves the joined names as one text.
  const everyWord = (texts: string[]) => matcher.matchesEachWord(wordsOf(texts.join('\n')));
  const tiers: [number, () => string | undefined][] = [
    [TIER.acronym, () => exact(doc.acronyms)],
    [TIER.name, () => exact(doc.names)],
    [TIER.descriptor, () => exact(doc.descriptors)],
    [TIER.namePhrase, () => shortest(doc.names)],
    [TIER.allWordsInNames, () => (everyWord([...doc.names, ...doc.acronyms]) ? doc.names[0] : undefined)],
    [TIER.descriptorPhrase, () => shortest(doc.descriptors)],
    [TIER.textPhrase, () => shortest(doc.texts)],
    [TIER.allWordsInOneText, () => doc.texts.find((t) => everyWord([t]))],
  ];
  for (const [tier, find] of tiers) {
    const field = find();
    if (field !== undefined) return { tier, field };
  }
  return { tier: TIER.rest };
}

/** How well the query's words match the document, names and acronyms weighing three times a passage. */
function termScoreOf(doc: SearchDocument, matcher: WordMatcher, weights: number[]): { score: number; field: string } {
  const fields: Field[] = [
    ...doc.acronyms.map((text) => ({ text, weight: 3 })),
    ...doc.names.map((text) => ({ text, weight: 3 })),
    ...doc.descriptors.map((text) => ({ text, weight: 2 })),
    ...doc.texts.map((text) => ({ text, weight: 1 })),
  ];
  const best = weights.map(() => 0);
  let bestField = { text: doc.names[0] ?? doc.texts[0] ?? '', covered: -1 };
  for (const field of fields) {
    const matches = matcher.bestMatches(wordsOf(field.text));
    matches.forEach((m, i) => (best[i] = Math.max(best[i], m * field.weight)));
    const covered = matches.reduce((sum, m, i) => sum + m * weights[i], 0);
    if (covered > bestField.covered) bestField = { text: field.text, covered };
  }
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  return { score: best.reduce((sum, b, i) => sum + b * weights[i], 0) / (3 * total), field: bestField.text };
}

/**
 * Computes the search keys and words of every text of the documents ahead of the first search, so no user pays for
 * them; a store that holds its documents in memory calls this once at start-up.
 */
export function prepareSearchDocuments(documents: readonly SearchDocument[]): void {
  for (const doc of documents) {
    const texts = [...doc.acronyms, ...doc.names, ...doc.descriptors, ...doc.texts];
    texts.forEach(wordsOf);
    wordsOf([...doc.names, ...doc.acronyms].join('\n'));
  }
}

const SNIPPET_LENGTH = 200;

/** About 200 characters of `text` around the first word that matches the query. */
export function toSnippet(text: string, queryWords: string[]): string {
  if (text.length <= SNIPPET_LENGTH) return text;
  const matcher = new WordMatcher(queryWords);
  let at = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = foldText(match[0]);
    if (queryWords.some((_, i) => matcher.matchOf(i, word) > 0)) {
      at = match.index ?? 0;
      break;
    }
  }
  const start = Math.max(0, Math.min(at - 60, text.length - SNIPPET_LENGTH));
  const wordStart = start === 0 ? 0 : text.indexOf(' ', start) + 1;
  const cut = text.slice(wordStart, wordStart + SNIPPET_LENGTH);
  const end = wordStart + SNIPPET_LENGTH >= text.length ? cut : cut.slice(0, cut.lastIndexOf(' '));
  return `${wordStart > 0 ? '…' : ''}${end}${wordStart + end.length < text.length ? '…' : ''}`;
}

/**
 * Ranks candidates the same way for every store: an exact acronym first, then an exact name, then names holding the
 * query as a phrase, then descriptors ("national task force") and passages holding it, then records whose names hold
 * every word (typos allowed), then the rest; within a tier by how well the words match, then by kind, then id: never
 * by an engine's score, so both stores answer alike.
 */
export function rankSearchHits(text: string, candidates: SearchCandidate[], limit: number): SearchHit[] {
  const key = toSearchKey(text);
  const queryWords = key.split(' ').filter(Boolean);
  const meaningful = queryWords.some((w) => !STOP_WORDS.has(w));
  const weights = queryWords.map((w) => (meaningful && STOP_WORDS.has(w) ? 0.1 : 1));
  const matcher = new WordMatcher(queryWords);
  const ranked = candidates.map(({ document }) => {
    const { tier, field } = tierOf(document, key, matcher);
    const terms = termScoreOf(document, matcher, weights);
    const matched = field ?? terms.field;
    // A short passage holding the query says more about it than a long one that also does.
    const focus = Math.round((10 * key.length) / Math.max(key.length, matched.length)) / 10;
    const termScore = Math.min(1, Math.round(terms.score * 100) / 100);
    // Within a phrase tier the focus decides before the words do (a step of 0.1 in focus outweighs any term score);
    // the score is the first sort key, so it always reads best first.
    const within = PHRASE_TIERS.has(tier) ? focus * 0.9 + termScore * 0.089 : termScore * 0.999;
    const score = Math.round((tier + within) * 10_000) / 10_000;
    return { document, tier, score, terms: termScore, focus, field: matched };
  });
  return ranked
    .filter((r) => r.tier > TIER.rest || r.terms > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.focus - a.focus ||
        KIND_ORDER.indexOf(a.document.kind) - KIND_ORDER.indexOf(b.document.kind) ||
        (a.document.id < b.document.id ? -1 : a.document.id > b.document.id ? 1 : 0),
    )
    .slice(0, limit)
    .map(({ document, score, field }) => ({
      id: document.id,
      kind: document.kind,
      recordId: document.recordId,
      ownerId: document.ownerId,
      score,
      snippet: toSnippet(field, queryWords),
    }));
}
