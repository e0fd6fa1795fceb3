import type { Language } from '../../api/api-client';
import type { LegalBasisCitation, LocalizedText, Ref, Scope, SourceCitation } from '../../api/operations';

/** The building blocks every text view shares: names, citations, legal bases, periods. Pure functions. */

export const NOT_STATED = 'not stated in the sources';

const SCOPE_WORDS: Record<Scope, string> = { LOCAL: 'local', FROM_ABOVE: 'from above', WITHIN: 'within' };

/** `Label (id)`: the name to read and the id to type next. */
export function formatRef(ref: Ref): string {
  return `${ref.label} (${ref.id})`;
}

/** SCREAMING_SNAKE_CASE enum value -> lower-case words: DEPUTY_COORDINATOR -> deputy coordinator. */
export function toWords(value: string): string {
  return value.toLowerCase().replace(/_/g, ' ');
}

export function formatScope(scope: Scope, region: Ref): string {
  return `scope: ${SCOPE_WORDS[scope]}, mandate for ${formatRef(region)}`;
}

/** One cited source on one line: file, lines, whether stated or inferred, and the verbatim quote. */
export function formatSource(source: SourceCitation): string {
  return `source: ${source.file} ${source.locator} [${toWords(source.basis)}] "${source.quote}"`;
}

export function formatSources(sources: readonly SourceCitation[]): string[] {
  return sources.length > 0 ? sources.map(formatSource) : ['source: none cited'];
}

/** Instrument label, its number when the label lacks it, the article when cited, and the instrument id. */
export function formatLegalBasisCitation(citation: LegalBasisCitation): string {
  const { instrument, article } = citation;
  const number =
    instrument.number && !instrument.label.includes(instrument.number) ? ` (No. ${instrument.number})` : '';
  const articleText = article ? `, Art. ${article.number}` : '';
  return `${instrument.label}${number}${articleText} [${instrument.id}]`;
}

/** `legal basis: …`, several separated by `; `, or "not stated in the sources" when there is none. */
export function formatLegalBasis(citations: readonly LegalBasisCitation[], label = 'legal basis'): string {
  return `${label}: ${citations.length > 0 ? citations.map(formatLegalBasisCitation).join('; ') : NOT_STATED}`;
}

export function formatPeriod(validFrom: string | null, validTo: string | null): string {
  if (validFrom && validTo) return `valid: ${validFrom} to ${validTo}`;
  if (validFrom) return `valid: from ${validFrom}, no end stated`;
  if (validTo) return `valid: until ${validTo}, start not stated`;
  return `valid: dates ${NOT_STATED}`;
}

/** The text in the requested language, else the other one, else null. */
export function pickText(text: LocalizedText | null, language: Language): string | null {
  if (!text) return null;
  return language === 'id' ? (text.indonesian ?? text.english) : (text.english ?? text.indonesian);
}

export function indent(lines: readonly string[], spaces = 2): string[] {
  const pad = ' '.repeat(spaces);
  return lines.map((line) => (line === '' ? line : pad + line));
}

/** A curator's note (how a fact is read, caveats, what the sources leave unsaid), when there is one. */
export function formatNote(note: string | null | undefined): string[] {
  return note ? [`note: ${note}`] : [];
}

/** What a dated answer left out because it holds only on other days, said out loud. */
export function formatOutsideAsOf(outside: { message: string } | null | undefined): string[] {
  return outside ? [`not on this day: ${outside.message}`] : [];
}

/** The hint printed under a page that has more. */
export function formatNextPage(pageInfo: { hasNextPage: boolean; endCursor: string | null }): string[] {
  return pageInfo.hasNextPage && pageInfo.endCursor ? ['', `more: repeat with --after ${pageInfo.endCursor}`] : [];
}
