import { findCitations, normalizeWhitespace } from './citations';
import type { Dataset, RecordKind } from '../schema/kinds';
import type { Place } from '../../server/knowledge/records';
import type { Problem } from './problem';

interface Origin {
  kind: RecordKind;
  file: string;
  id: string;
}

/**
 * Rules that keep the word "stated" honest, for what a machine can see. An audit found curators' readings stored as
 * stated in four recurring shapes; each rule below catches one shape wherever it appears, not just the instances found:
 *
 * 1. A mandate that copies a group's duties onto one of its posts is a reading of the post (the decree gives the
 *    duties to the sub-task force, not to its Koordinator or Anggota): such a mandate is inferred. So is a mandate
 *    given by a post that is itself inferred.
 * 2. A date is stated only if a quote of the record gives it, or the record takes it from a record it points at
 *    (its organisation, post or instrument) that carries the same date.
 * 3. A referral path is no more stated than its steps.
 * 4. A record about a place uses the most specific place its quotes name: a quote naming Kupang does not make a
 *    record about all of NTT.
 */
export function checkProvenance(dataset: Dataset, origins: Origin[]): Problem[] {
  const problems: Problem[] = [];
  const fileOf = new Map(origins.map((o) => [o.id, o.file]));
  const at = (id: string, field: string) => ({ file: fileOf.get(id) ?? '?', recordId: id, field });
  problems.push(...checkMandatesCopiedFromDuties(dataset, at));
  problems.push(...checkDatesWitnessed(dataset, at));
  problems.push(...checkPathsNoMoreStatedThanSteps(dataset, at));
  problems.push(...checkMostSpecificPlace(dataset, at));
  return problems;
}

type At = (id: string, field: string) => { file: string; recordId: string; field: string };

/** Whitespace collapsed, case folded and the list punctuation at the ends dropped, so a quote matches its duty. */
const toComparable = (text: string) =>
  normalizeWhitespace(text)
    .toLowerCase()
    .replace(/^[a-z0-9][.)]\s+/, '')
    .replace(/[;.,:\s]+(dan)?$/, '')
    .trim();

function checkMandatesCopiedFromDuties(dataset: Dataset, at: At): Problem[] {
  const problems: Problem[] = [];
  const memberships = new Map(dataset.memberships.map((m) => [m.id, m]));
  const dutyTextsOf = new Map<string, string[]>();
  for (const org of dataset.organizations) {
    const texts = (org.duties ?? []).flatMap((d) => [
      ...(d.text.id === undefined ? [] : [d.text.id]),
      ...(d.text.en === undefined ? [] : [d.text.en]),
      ...d.sources.map((s) => s.quote),
    ]);
    dutyTextsOf.set(
      org.id,
      texts.map(toComparable).filter((t) => t.length >= 20),
    );
  }
  for (const mandate of dataset.mandates) {
    if (mandate.basis !== 'stated' || mandate.membership === undefined) continue;
    const group = memberships.get(mandate.membership)?.of;
    const duties = group === undefined ? [] : (dutyTextsOf.get(group) ?? []);
    const copied = mandate.sources.find((s) => {
      const quote = toComparable(s.quote);
      return quote.length >= 20 && duties.some((d) => d.includes(quote) || quote.includes(d));
    });
    const post = memberships.get(mandate.membership);
    if (post?.basis === 'inferred') {
      problems.push({
        code: 'STATED_BUT_READ',
        ...at(mandate.id, 'basis'),
        message: `the mandate rests on ${post.id}, which is inferred: a mandate is no more stated than the post that gives it`,
      });
    }
    if (copied !== undefined) {
      problems.push({
        code: 'STATED_BUT_READ',
        ...at(mandate.id, 'basis'),
        message: `the mandate cites a duty of ${group} ("${copied.quote.slice(0, 60)}…"), which the instrument gives to the group, not to this post: a duty read onto a post is inferred (basis: inferred, and a note)`,
      });
    }
  }
  return problems;
}

const MONTHS: [string, string][] = [
  ['january', 'januari'],
  ['february', 'februari'],
  ['march', 'maret'],
  ['april', 'april'],
  ['may', 'mei'],
  ['june', 'juni'],
  ['july', 'juli'],
  ['august', 'agustus'],
  ['september', 'september'],
  ['october', 'oktober'],
  ['november', 'november'],
  ['december', 'desember'],
];

/** Whether a text gives the date: its year, and its month and day when the date has them. */
export function isDateInText(date: string, text: string): boolean {
  const [year, month, day] = date.split('-');
  const lower = text.toLowerCase();
  if (!new RegExp(`(^|\\D)${year}(\\D|$)`).test(lower)) return false;
  if (month !== undefined) {
    const names = MONTHS[Number(month) - 1];
    const numeric = new RegExp(`(^|\\D)0?${Number(month)}[-/.]${year}|${year}[-/.]${month}`);
    if (!names.some((n) => lower.includes(n)) && !numeric.test(lower)) return false;
  }
  if (day !== undefined && !new RegExp(`(^|\\D)0?${Number(day)}(\\D|$)`).test(lower)) return false;
  return true;
}

const DATE_FIELDS = ['validFrom', 'validTo', 'founded', 'date', 'asOf', 'periodFrom', 'periodTo'] as const;

function checkDatesWitnessed(dataset: Dataset, at: At): Problem[] {
  const problems: Problem[] = [];
  const datesOf = new Map<string, Set<string>>();
  const records = [
    ...dataset.organizations,
    ...dataset.instruments,
    ...dataset.memberships,
    ...dataset.mandates,
    ...dataset.referralPaths,
    ...dataset.partnerships,
    ...dataset.gaps,
    ...dataset.statistics,
    ...dataset.knownUnknowns,
    ...dataset.findings,
  ] as unknown as (Record<string, unknown> & { id: string; basis: string })[];
  for (const r of records) {
    datesOf.set(r.id, new Set(DATE_FIELDS.map((f) => r[f]).filter((v): v is string => typeof v === 'string')));
  }
  const referencedIds = (r: Record<string, unknown>): string[] => {
    const ids: string[] = [];
    for (const key of ['organization', 'membership', 'of', 'member', 'parent', 'succeeds']) {
      if (typeof r[key] === 'string') ids.push(r[key] as string);
    }
    for (const key of ['legalBasis', 'establishedBy']) {
      const refs = r[key] === undefined ? [] : Array.isArray(r[key]) ? r[key] : [r[key]];
      for (const ref of refs as { instrument: string }[]) ids.push(ref.instrument);
    }
    return ids;
  };
  for (const r of records) {
    if (r.basis !== 'stated') continue;
    const quotes = findCitations(r).map((c) => c.quote);
    for (const field of DATE_FIELDS) {
      const date = r[field];
      if (typeof date !== 'string') continue;
      if (quotes.some((q) => isDateInText(date, q))) continue;
      if (referencedIds(r).some((id) => datesOf.get(id)?.has(date))) continue;
      problems.push({
        code: 'STATED_BUT_READ',
        ...at(r.id, field),
        message: `${field} ${date} is in none of the record's quotes nor taken from a record it points at: quote the words that give it, or leave it out and say in note what is known (a date the sources do not give is not stated)`,
      });
    }
  }
  return problems;
}

function checkPathsNoMoreStatedThanSteps(dataset: Dataset, at: At): Problem[] {
  const problems: Problem[] = [];
  for (const path of dataset.referralPaths) {
    if (path.basis !== 'stated') continue;
    const inferred = path.steps.filter((s) => s.basis === 'inferred').map((s) => s.order);
    if (inferred.length > 0) {
      problems.push({
        code: 'STATED_BUT_READ',
        ...at(path.id, 'basis'),
        message: `steps ${inferred.join(', ')} of ${path.steps.length} are inferred: a path is no more stated than its weakest step (basis: inferred, and a note)`,
      });
    }
  }
  return problems;
}

/** Place names as a quote would print them, each with the places it names. */
function toPlaceNameIndex(places: Place[]): { pattern: RegExp; place: string }[] {
  const index: { pattern: RegExp; place: string }[] = [];
  for (const place of places) {
    const names = new Set([place.name.id, place.name.en, ...(place.aliases ?? [])].filter((n) => n !== undefined));
    for (const name of names) {
      if (name.length < 3) continue;
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      index.push({ pattern: new RegExp(`(^|[^\\p{L}])${escaped}([^\\p{L}]|$)`, 'iu'), place: place.id });
    }
  }
  return index;
}

/**
 * Kinds of place that can be an area of responsibility. A town or facility named in a quote is where an office sits or
 * a thing happens ("Ditetapkan di Kefamenanu", "at Supadio airport"), and an island cuts across borders: neither makes
 * the area narrower.
 */
const AREA_KINDS = new Set(['country', 'province', 'regency', 'city', 'district', 'village']);

function checkMostSpecificPlace(dataset: Dataset, at: At): Problem[] {
  const problems: Problem[] = [];
  const places = new Map(dataset.places.map((p) => [p.id, p]));
  const isWithin = (inner: string, outer: string): boolean => {
    const seen = new Set<string>();
    for (let p = places.get(inner); p !== undefined && !seen.has(p.id); p = places.get(p.parent ?? '')) {
      seen.add(p.id);
      if (p.parent === outer || p.island === outer) return true;
    }
    return false;
  };
  const nameIndex = toPlaceNameIndex(dataset.places);
  const placed: { id: string; basis: string; field: string; place: string; record: unknown }[] = [
    ...dataset.mandates.map((r) => ({ id: r.id, basis: r.basis, field: 'area', place: r.area, record: r })),
    ...dataset.gaps.map((r) => ({ id: r.id, basis: r.basis, field: 'area', place: r.area, record: r })),
    ...dataset.findings.map((r) => ({ id: r.id, basis: r.basis, field: 'area', place: r.area, record: r })),
    ...dataset.statistics.map((r) => ({ id: r.id, basis: r.basis, field: 'place', place: r.place, record: r })),
    ...dataset.partnerships.flatMap((r) =>
      r.area === undefined ? [] : [{ id: r.id, basis: r.basis, field: 'area', place: r.area, record: r }],
    ),
  ];
  for (const r of placed) {
    // A note that opens a sentence with "Area:" says why the area is wider than the places quoted (a national bureau
    // ranking provinces, a provincial police force acting at one airport): the curator has looked, and says so.
    if (r.basis !== 'stated' || /(^|\. )Area: /.test((r.record as { note?: string }).note ?? '')) continue;
    const quotes = findCitations(r.record).map((c) => c.quote);
    const named = new Set(nameIndex.filter((n) => quotes.some((q) => n.pattern.test(q))).map((n) => n.place));
    if (named.has(r.place)) continue;
    const narrower = [...named].filter((p) => AREA_KINDS.has(places.get(p)?.kind ?? '') && isWithin(p, r.place));
    if (narrower.length > 0) {
      problems.push({
        code: 'PLACE_TOO_WIDE',
        ...at(r.id, r.field),
        message: `the quotes name ${narrower.join(', ')}, within ${r.place}, and never ${r.place} itself: use the most specific place the quotes name, or say in note why the area is wider ("Area: …")`,
      });
    }
  }
  return problems;
}
