import { findCitations, normalizeWhitespace } from './citations';
import type { Dataset, RecordKind } from '../schema/kinds';
import { isTaskForce, type Organization } from '../../server/knowledge/records';
import type { Problem } from './problem';
import { PlaceNameIndex } from './place-names';

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
 *    record about all of NTT. Where an office sits is stated only if a quote names the place: a regency office is not
 *    in the regency's capital by our say-so.
 * 5. A referral step's actors are no more stated than rule 1 allows: an actor that holds a post (coordinator, deputy,
 *    member, leading ministry) in a group that also acts at the step, or whose duty the step quotes, is named by our
 *    reading of the group's duty, so the step is inferred (or names the group alone).
 * 6. A statistic's year is stated only if a quote gives it: a report's year ("Central Statistics Bureau (2018)
 *    reported") is not the year the figure measures unless the source says so.
 * 7. A police force or church named only by a common noun ("the Police", "the church") is a reading of who is meant:
 *    a stated record or step that gives such a body as its actor needs a quote that names it (by its name, acronym
 *    or an alias), or it is inferred.
 * 8. A shared effort has no lead: two organisations (neither a task force acting on its own duties) given the role
 *    lead for the same step on the same quote are partners in one effort, so each is a provider.
 * 9. A record is no more stated than its own note says: a stated record whose note calls part of it "our reading",
 *    "read as" or "mapped to" holds a reading, so it is inferred, or drops the part that is read. A note may discuss a
 *    reading that the record does not hold if the same sentence says so ("not part of this record").
 */
export function checkProvenance(
  dataset: Dataset,
  origins: Origin[],
  options: { quotedReadings?: boolean } = {},
): Problem[] {
  const problems: Problem[] = [];
  const fileOf = new Map(origins.map((o) => [o.id, o.file]));
  const at = (id: string, field: string) => ({ file: fileOf.get(id) ?? '?', recordId: id, field });
  problems.push(...checkMandatesCopiedFromDuties(dataset, at));
  problems.push(...checkDatesWitnessed(dataset, at));
  problems.push(...checkPathsNoMoreStatedThanSteps(dataset, at));
  problems.push(...checkMostSpecificPlace(dataset, at));
  problems.push(...checkStepActorsReadFromGroupDuties(dataset, at));
  problems.push(...checkStatisticYearsQuoted(dataset, at));
  problems.push(...checkNotesThatCallTheRecordAReading(dataset, at));
  if (options.quotedReadings ?? true) {
    problems.push(...checkLocationsQuoted(dataset, at));
    problems.push(...checkActorsNamedOnlyByCommonNoun(dataset, at));
    problems.push(...checkSharedEffortsHaveNoLead(dataset, at));
  }
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

/** For each group, its duties' texts and quotes in comparable form (long enough not to match by chance). */
function toDutyTextsByGroup(dataset: Dataset): Map<string, string[]> {
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
  return dutyTextsOf;
}

/** The first source whose quote is (or contains) one of the duties. */
function findQuotedDuty(sources: { quote: string }[], duties: string[]): { quote: string } | undefined {
  return sources.find((s) => {
    const quote = toComparable(s.quote);
    return quote.length >= 20 && duties.some((d) => d.includes(quote) || quote.includes(d));
  });
}

/** The groups in which each organisation holds a post. */
function toGroupsByMember(dataset: Dataset): Map<string, Set<string>> {
  const groupsOf = new Map<string, Set<string>>();
  for (const m of dataset.memberships) {
    groupsOf.set(m.member, (groupsOf.get(m.member) ?? new Set()).add(m.of));
  }
  return groupsOf;
}

/** For each organisation, the quotes (in comparable form) of the lines that list its posts. */
function toPostQuotesByMember(dataset: Dataset): Map<string, Set<string>> {
  const postQuotesOf = new Map<string, Set<string>>();
  for (const m of dataset.memberships) {
    const quotes = postQuotesOf.get(m.member) ?? new Set<string>();
    for (const s of m.sources) quotes.add(toComparable(s.quote));
    postQuotesOf.set(m.member, quotes);
  }
  return postQuotesOf;
}

function checkMandatesCopiedFromDuties(dataset: Dataset, at: At): Problem[] {
  const problems: Problem[] = [];
  const memberships = new Map(dataset.memberships.map((m) => [m.id, m]));
  const dutyTextsOf = toDutyTextsByGroup(dataset);
  const groupsOf = toGroupsByMember(dataset);
  for (const mandate of dataset.mandates) {
    if (mandate.basis !== 'stated') continue;
    if (mandate.membership === undefined) {
      // No post named, but the organisation holds one in a group whose duty the mandate quotes: the same reading.
      for (const group of groupsOf.get(mandate.organization) ?? []) {
        const copied = findQuotedDuty(mandate.sources, dutyTextsOf.get(group) ?? []);
        if (copied === undefined) continue;
        problems.push({
          code: 'STATED_BUT_READ',
          ...at(mandate.id, 'basis'),
          message: `the mandate cites a duty of ${group} ("${copied.quote.slice(0, 60)}…"), in which ${mandate.organization} holds a post: a group's duty read onto a member is inferred (basis: inferred, and a note)`,
        });
        break;
      }
      continue;
    }
    const group = memberships.get(mandate.membership)?.of;
    const copied = findQuotedDuty(mandate.sources, group === undefined ? [] : (dutyTextsOf.get(group) ?? []));
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
  const placeNames = new PlaceNameIndex(dataset.places);
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
    const named = placeNames.placesNamedInAny(quotes);
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

function checkLocationsQuoted(dataset: Dataset, at: At): Problem[] {
  const problems: Problem[] = [];
  const placeNames = new PlaceNameIndex(dataset.places);
  for (const org of dataset.organizations) {
    const location = org.location;
    if (location === undefined || org.basis !== 'stated') continue;
    // A note that opens a sentence with "Location:" says where the location comes from (a line that names the place
    // for a related record): the curator has looked, and says so.
    if (/(^|\. )Location: /.test(org.note ?? '')) continue;
    const quotes = findCitations(org).map((c) => c.quote);
    if (quotes.some((quote) => placeNames.placesNamedIn(quote).has(location))) continue;
    problems.push({
      code: 'STATED_BUT_READ',
      ...at(org.id, 'location'),
      message: `location ${location} is named in none of the record's quotes: leave it out, cite a line that names it, or say in note where it comes from ("Location: …")`,
    });
  }
  return problems;
}

function checkStepActorsReadFromGroupDuties(dataset: Dataset, at: At): Problem[] {
  const problems: Problem[] = [];
  const dutyTextsOf = toDutyTextsByGroup(dataset);
  const groupsOf = toGroupsByMember(dataset);
  const organizations = new Map(dataset.organizations.map((o) => [o.id, o]));
  const postQuotesOf = toPostQuotesByMember(dataset);
  // An actor a quote names for its own act (not the line that lists its post) is stated in its own right.
  const isNamedForItsOwnAct = (actor: string, quotes: string[]): boolean => {
    const org = organizations.get(actor);
    if (org === undefined) return false;
    const names = [org.name.id, org.name.en, ...(org.acronyms ?? []), ...(org.aliases ?? [])]
      .filter((n): n is string => n !== undefined && n.length >= 4)
      .map((n) => n.toLowerCase());
    const postQuotes = postQuotesOf.get(actor) ?? new Set<string>();
    return quotes.some((q) => !postQuotes.has(toComparable(q)) && names.some((n) => q.toLowerCase().includes(n)));
  };
  for (const path of dataset.referralPaths) {
    for (const step of path.steps) {
      if (step.basis !== 'stated') continue;
      const quotes = step.sources.map((s) => s.quote);
      for (const actor of step.actors) {
        if (isNamedForItsOwnAct(actor, quotes)) continue;
        const group = [...(groupsOf.get(actor) ?? [])].find(
          (g) => step.actors.includes(g) || findQuotedDuty(step.sources, dutyTextsOf.get(g) ?? []) !== undefined,
        );
        if (group === undefined) continue;
        problems.push({
          code: 'STATED_BUT_READ',
          ...at(path.id, `steps[${step.order}].actors`),
          message: `step ${step.order} names ${actor}, which holds a post in ${group}, as an actor of the group's duty: carrying a group's duty onto its posts is a reading (name the group alone, or basis: inferred and a note)`,
        });
      }
    }
  }
  return problems;
}

function checkStatisticYearsQuoted(dataset: Dataset, at: At): Problem[] {
  const problems: Problem[] = [];
  for (const stat of dataset.statistics) {
    if (stat.basis !== 'stated' || stat.year === undefined) continue;
    const quotes = findCitations(stat).map((c) => c.quote);
    if (quotes.some((q) => isDateInText(String(stat.year), q))) continue;
    problems.push({
      code: 'STATED_BUT_READ',
      ...at(stat.id, 'year'),
      message: `year ${stat.year} is in none of the statistic's quotes: quote the words that give the year the figure measures, or leave year out and say in note what is known (a report's year is not the data's year)`,
    });
  }
  return problems;
}

/** Kinds of body a source often names by a common noun, with that noun. */
const COMMON_NOUNS: Partial<Record<Organization['kind'], RegExp>> = {
  police: /\b(the )?police\b|\bpolisi\b/i,
  'religious-organization': /\b(the )?church(es)?\b|\bgereja\b/i,
};

/**
 * Whether a quote names the organisation: one of its names, acronyms or aliases, its words in order (a source may put a
 * word between them: "provincial police report in West Kalimantan" names "provincial police in West Kalimantan").
 */
function namesOrganization(quote: string, org: Organization): boolean {
  const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const quoteWords = words(quote);
  const names = [org.name.id, org.name.en, ...(org.acronyms ?? []), ...(org.aliases ?? [])].filter(
    (n): n is string => n !== undefined && n.length >= 3,
  );
  return names.some((name) => {
    const nameWords = words(name);
    if (nameWords.length === 0) return false;
    if (nameWords.length === 1) return quoteWords.some((w) => w === nameWords[0] || w.endsWith(nameWords[0]));
    let next = 0;
    for (const w of quoteWords) if (next < nameWords.length && w === nameWords[next]) next++;
    return next === nameWords.length;
  });
}

function checkActorsNamedOnlyByCommonNoun(dataset: Dataset, at: At): Problem[] {
  const problems: Problem[] = [];
  const organizations = new Map(dataset.organizations.map((o) => [o.id, o]));
  // The line that lists a body's post in a group ("Kasat Serse Polres TTU Anggota") names the body, not what it does.
  const postQuotesOf = toPostQuotesByMember(dataset);
  type Unit = { id: string; field: string; basis: string; actors: string[]; quotes: string[] };
  const toUnit = (
    id: string,
    field: string,
    record: { basis: string; sources: { quote: string }[] },
    actors: string[],
  ) => ({ id, field, basis: record.basis, actors, quotes: record.sources.map((s) => s.quote) }) satisfies Unit;
  const units: Unit[] = [
    ...dataset.mandates.map((m) => toUnit(m.id, 'organization', m, [m.organization])),
    ...dataset.memberships.map((m) => toUnit(m.id, 'member', m, [m.member])),
    ...dataset.partnerships.map((p) => toUnit(p.id, 'parties', p, p.parties)),
    ...dataset.referralPaths.flatMap((path) =>
      path.steps.map((step) => toUnit(path.id, `steps[${step.order}].actors`, step, step.actors)),
    ),
  ];
  for (const unit of units) {
    if (unit.basis !== 'stated') continue;
    for (const actor of unit.actors) {
      const org = organizations.get(actor);
      const noun = org === undefined ? undefined : COMMON_NOUNS[org.kind];
      if (org === undefined || noun === undefined) continue;
      const postQuotes = unit.field === 'member' ? new Set<string>() : (postQuotesOf.get(actor) ?? new Set<string>());
      const ownQuotes = unit.quotes.filter((q) => !postQuotes.has(toComparable(q)));
      if (ownQuotes.some((q) => namesOrganization(q, org))) continue;
      const generic = ownQuotes.find((q) => noun.test(q));
      if (generic === undefined) continue;
      problems.push({
        code: 'STATED_BUT_READ',
        ...at(unit.id, unit.field),
        message: `${actor} is named by no quote, only as "${generic.match(noun)?.[0]}" ("${generic.slice(0, 60)}…"): reading a common noun as this body is inferred (cite a line that names it, or basis: inferred and a note)`,
      });
    }
  }
  return problems;
}

function checkSharedEffortsHaveNoLead(dataset: Dataset, at: At): Problem[] {
  const problems: Problem[] = [];
  const organizations = new Map(dataset.organizations.map((o) => [o.id, o]));
  const leadsByQuote = new Map<string, { id: string; organization: string }[]>();
  for (const m of dataset.mandates) {
    const org = organizations.get(m.organization);
    if (m.role !== 'lead' || org === undefined || isTaskForce(org)) continue;
    for (const s of m.sources) {
      const key = `${m.step}\n${s.file}\n${toComparable(s.quote)}`;
      leadsByQuote.set(key, [...(leadsByQuote.get(key) ?? []), { id: m.id, organization: m.organization }]);
    }
  }
  const reported = new Set<string>();
  for (const leads of leadsByQuote.values()) {
    const organizationsLeading = new Set(leads.map((l) => l.organization));
    if (organizationsLeading.size < 2) continue;
    for (const lead of leads) {
      if (reported.has(lead.id)) continue;
      reported.add(lead.id);
      const others = [...organizationsLeading].filter((o) => o !== lead.organization);
      problems.push({
        code: 'SHARED_LEAD',
        ...at(lead.id, 'role'),
        message: `the quote that makes ${lead.organization} lead also makes ${others.join(', ')} lead of the same step: a shared effort has no lead (role: provider)`,
      });
    }
  }
  return problems;
}

/** The words with which a note says that part of its record is the curators' reading of the source. */
const READING_WORDS = /\bour reading\b|\bread as\b|\bmapped to\b/i;
/** How a note says that the reading it discusses is not held by this record. */
const NOT_HELD_HERE = /not part of this record/i;

function checkNotesThatCallTheRecordAReading(dataset: Dataset, at: At): Problem[] {
  const problems: Problem[] = [];
  const notes = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).map(String) : [];
  type Noted = { basis?: string; note?: unknown };
  const units: { id: string; field: string; record: Noted }[] = [
    ...Object.values(dataset)
      .flat()
      .map((record) => ({ id: (record as { id: string }).id, field: 'note', record: record as Noted })),
    ...dataset.referralPaths.flatMap((path) =>
      path.steps.map((step) => ({ id: path.id, field: `steps[${step.order}].note`, record: step })),
    ),
  ];
  for (const { id, field, record } of units) {
    if (record.basis !== 'stated') continue;
    const sentences = notes(record.note).flatMap((note) => note.split(/(?<=[.;])\s+/));
    const reading = sentences.find((sentence) => READING_WORDS.test(sentence) && !NOT_HELD_HERE.test(sentence));
    if (reading === undefined) continue;
    problems.push({
      code: 'STATED_BUT_READ',
      ...at(id, field),
      message: `the note calls part of this stated record a reading ("${reading.slice(0, 90)}…"): make the record inferred, drop the part that is read, or say in that sentence that the reading is "not part of this record"`,
    });
  }
  return problems;
}
