/**
 * Where a search hit leads and which words of its snippet matched. Kept free of React and the DOM so the rules can
 * be unit-tested (test/client/web-search-hits.test.ts).
 */

/** The fields of a hit's record (or its owner) that decide which page opens it. */
export interface SearchTarget {
  __typename?: string;
  id: string;
  kind?: string | null;
  region?: { id: string } | null;
}

/** Page name and id, e.g. ['task-force', 'gugus-tugas-ttu-2023']; the router turns them into a URL. */
export type PageSegments = [page: string, id: string];

const TASK_FORCE_KINDS = new Set(['TASK_FORCE', 'SUB_TASK_FORCE']);

const OWN_PAGES: Record<string, string> = {
  TaskForce: 'task-force',
  Instrument: 'instrument',
  Region: 'place',
  Step: 'step',
  ReferralPath: 'referral-path',
};

// These records have no page of their own; what they say is about a place, and the place page lists them.
const PLACE_BOUND = new Set(['Gap', 'Statistic', 'Finding', 'KnownUnknown']);

/** The page that shows a record, or null when it has none (an article, a mandate, a post: their owner's page shows them). */
export function toRecordPage(target: SearchTarget | null | undefined): PageSegments | null {
  if (!target?.__typename) return null;
  const { __typename: type, id } = target;
  if (type === 'Organization')
    return [target.kind && TASK_FORCE_KINDS.has(target.kind) ? 'task-force' : 'organization', id];
  if (OWN_PAGES[type]) return [OWN_PAGES[type], id];
  if (PLACE_BOUND.has(type) && target.region) return ['place', target.region.id];
  return null;
}

/**
 * The page a hit opens: its record's own page (a duty's record is its task force, a penalty's its instrument, a
 * referral step's its path; a gap or statistic opens its place), else the page of the record it belongs to.
 */
export function toHitPage(hit: { node: SearchTarget; owner: SearchTarget | null }): PageSegments | null {
  return toRecordPage(hit.node) ?? toRecordPage(hit.owner);
}

/** A run of snippet text, marked when it is a word the search matched. */
export interface SnippetPart {
  text: string;
  matched: boolean;
}

/** Lower case without accents, so "Pásal" and "pasal" compare equal, as the API's search does. */
export const toSearchForm = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Typos a query word of this length may carry and still be shown as matched (the API ranks; this only marks). */
const allowedTypos = (length: number): number => (length >= 5 ? 2 : length >= 4 ? 1 : 0);

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length];
}

function isMatchedWord(word: string, queryWords: readonly string[]): boolean {
  const form = toSearchForm(word);
  return queryWords.some(
    (query) =>
      form.includes(query) ||
      (query.length >= 4 &&
        Math.abs(form.length - query.length) <= 2 &&
        editDistance(form, query) <= allowedTypos(query.length)),
  );
}

/**
 * Splits a snippet into words and the text between them, marking the words that the query's words contain or
 * nearly spell ("paspor" marks "passport"), so a reader sees why the record was found.
 */
export function toSnippetParts(snippet: string, query: string): SnippetPart[] {
  const queryWords = toSearchForm(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2);
  const parts: SnippetPart[] = [];
  for (const piece of snippet.split(/([\p{L}\p{N}]+)/u)) {
    if (piece === '') continue;
    const matched = /^[\p{L}\p{N}]+$/u.test(piece) && isMatchedWord(piece, queryWords);
    const last = parts[parts.length - 1];
    if (last && last.matched === matched && !matched) last.text += piece;
    else parts.push({ text: piece, matched });
  }
  return parts;
}
