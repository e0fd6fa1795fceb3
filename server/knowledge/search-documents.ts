import type { Dataset, Instrument, Organization, SearchableKind } from './records';
import { entityKindOf } from './records';
import { toSearchKey } from './search-text';

/**
 * What search finds: every record a user can ask about, and the parts of records that carry text of their own (a
 * task force's duties, an instrument's penalties, a referral path's steps). Decided here, once, for every store: the
 * embedded store indexes these documents with MiniSearch, the Neo4j store writes them as `:SearchEntry` nodes under a
 * full-text index, and the shared ranking (search-ranking.ts) reads them back to order hits and cut snippets.
 */
export type SearchHitKind = SearchableKind;

export interface SearchDocument {
  /** The record's id; for a part, the owner's id and the part (`gugus-tugas-ttu-2023-sub-pencegahan#duty-a`). */
  id: string;
  kind: SearchHitKind;
  /** The record a hit opens: the record itself, or for a part the record holding it. */
  recordId: string;
  /** The record this one belongs to: an article's law, a duty's task force, a mandate's organisation. */
  ownerId: string | null;
  /** Names, titles, aliases, spelling variants and legal citations ("UU 21/2007", "Pasal 58"), both languages. */
  names: string[];
  acronyms: string[];
  /** What a record is, from its structured fields ("national task force"): matched as a phrase, never as a name. */
  descriptors: string[];
  /** Descriptions, duties, summaries, penalties, indicators, curators' notes. */
  texts: string[];
}

type Localized = { id?: string; en?: string } | undefined;
const both = (t: Localized): string[] => [t?.id, t?.en].filter((s): s is string => s !== undefined && s.length > 0);

/** How the sources cite each kind of instrument by number: "UU 21/2007" is "Law 21 of 2007". */
const CITATION_PREFIXES: Partial<Record<Instrument['kind'], [indonesian: string, english: string]>> = {
  law: ['UU', 'Law'],
  'government-regulation': ['PP', 'Government Regulation'],
  'presidential-regulation': ['Perpres', 'Presidential Regulation'],
  'ministerial-regulation': ['Permen', 'Ministerial Regulation'],
  'governor-decree': ['Kepgub', "Governor's Decree"],
  'regent-decree': ['Kepbup', "Regent's Decree"],
  'regency-regulation': ['Perda', 'Regional Regulation'],
  'village-regulation': ['Perdes', 'Village Regulation'],
};

/** The short citations of an instrument ("UU 21/2007", "Law 21 of 2007"); none when number or year is not stated. */
export function toInstrumentCitations(instrument: Instrument): string[] {
  const prefixes = CITATION_PREFIXES[instrument.kind];
  const { number, year } = instrument;
  if (prefixes === undefined || number === undefined) return [];
  if (year === undefined || number.includes(String(year))) return prefixes.map((p) => `${p} ${number}`);
  return [
    `${prefixes[0]} ${number}/${year}`,
    `${prefixes[0]} No. ${number} Tahun ${year}`,
    `${prefixes[1]} ${number} of ${year}`,
  ];
}

const LEVEL_WORDS: Record<Organization['level'], string> = {
  international: 'international',
  national: 'national',
  provincial: 'provincial',
  regency: 'regency',
  district: 'district',
  village: 'village',
};

function organizationDocuments(o: Organization): SearchDocument[] {
  const kind = entityKindOf(o);
  const descriptor = o.kind === 'task-force' ? [`${LEVEL_WORDS[o.level]} task force`] : [];
  const own: SearchDocument = {
    id: o.id,
    kind,
    recordId: o.id,
    ownerId: o.parent ?? null,
    names: [...both(o.name), ...(o.aliases ?? [])],
    acronyms: o.acronyms ?? [],
    descriptors: descriptor,
    texts: [...both(o.description), ...(o.note ? [o.note] : [])],
  };
  const duties = (o.duties ?? []).map((d): SearchDocument => ({
    id: `${o.id}#duty-${d.code}`,
    kind: 'duty',
    recordId: o.id,
    ownerId: o.id,
    names: [],
    acronyms: [],
    descriptors: [],
    texts: [...both(d.text), ...(d.note ? [d.note] : [])],
  }));
  return [own, ...duties];
}

function instrumentDocuments(i: Instrument): SearchDocument[] {
  const citations = toInstrumentCitations(i);
  const own: SearchDocument = {
    id: i.id,
    kind: 'instrument',
    recordId: i.id,
    ownerId: null,
    names: [...both(i.title), ...(i.titleVariants ?? []), ...(i.number ? [i.number] : []), ...citations],
    acronyms: [],
    descriptors: [],
    texts: [...both(i.summary), ...(i.issuerText ? [i.issuerText] : []), ...(i.note ? [i.note] : [])],
  };
  const articles = (i.articles ?? []).map((a): SearchDocument => ({
    id: a.id,
    kind: 'article',
    recordId: a.id,
    ownerId: i.id,
    names: [
      `Pasal ${a.number}`,
      `Article ${a.number}`,
      ...citations.flatMap((c) => [`Pasal ${a.number} ${c}`, `Article ${a.number} ${c}`]),
    ],
    acronyms: [],
    descriptors: [],
    texts: [...both(a.summary), ...(a.note ? [a.note] : [])],
  }));
  const penalties = (i.penalties ?? []).map((p, index): SearchDocument => ({
    id: `${i.id}#penalty-${index + 1}`,
    kind: 'penalty',
    recordId: p.article ?? i.id,
    ownerId: i.id,
    names: [],
    acronyms: [],
    descriptors: [],
    texts: [...both(p.text), ...(p.note ? [p.note] : [])],
  }));
  return [own, ...articles, ...penalties];
}

const record = (
  kind: SearchHitKind,
  id: string,
  ownerId: string | null,
  names: string[],
  texts: (string | undefined)[],
): SearchDocument => ({
  id,
  kind,
  recordId: id,
  ownerId,
  names,
  acronyms: [],
  descriptors: [],
  texts: texts.filter((t): t is string => t !== undefined && t.length > 0),
});

const toPeriod = (s: Dataset['statistics'][number]): string =>
  s.year !== undefined
    ? String(s.year)
    : [s.periodFrom, s.periodTo].filter((d) => d !== undefined).join('–') || 'period not stated';

/** Every search document of the dataset, in a stable order. */
export function toSearchDocuments(dataset: Dataset): SearchDocument[] {
  return [
    ...dataset.organizations.flatMap(organizationDocuments),
    ...dataset.instruments.flatMap(instrumentDocuments),
    ...dataset.places.map((p) =>
      record(
        'place',
        p.id,
        p.parent ?? null,
        [...both(p.name), ...(p.aliases ?? [])],
        [...both(p.description), p.note],
      ),
    ),
    ...dataset.steps.map((s) => record('step', s.id, s.parent ?? null, both(s.label), both(s.description))),
    ...dataset.memberships.map((m) => record('membership', m.id, m.of, [], [...both(m.post), m.note])),
    ...dataset.mandates.map((m) => record('mandate', m.id, m.organization, [], [...both(m.description), m.note])),
    ...dataset.referralPaths.flatMap((p) => [
      record('referralPath', p.id, null, both(p.name), [...both(p.description), p.note]),
      ...p.steps.map((s) => ({
        ...record(
          'referralStep',
          `${p.id}#step-${s.order}`,
          p.id,
          [],
          [...both(s.description), ...both(s.handover), s.note],
        ),
        recordId: p.id,
      })),
    ]),
    ...dataset.partnerships.map((p) =>
      record('partnership', p.id, p.parties[0] ?? null, [], [...both(p.description), p.note]),
    ),
    ...dataset.gaps.map((g) => record('gap', g.id, null, [], [...both(g.description), g.note])),
    ...dataset.statistics.map((s) =>
      record(
        'statistic',
        s.id,
        s.reportedBy ?? null,
        [],
        [
          // The year belongs with the indicator: several statistics differ only by it.
          ...both(s.indicator).map((indicator) => `${indicator} — ${toPeriod(s)}`),
          s.valueAsPrinted === undefined ? undefined : `${s.valueAsPrinted} ${s.unit}`,
          s.note,
        ],
      ),
    ),
    // "Not stated in the sources" answers: the open question, and what the sources do say.
    ...dataset.knownUnknowns.map((k) =>
      record('knownUnknown', k.id, k.about[0] ?? null, [], [...both(k.question), ...both(k.known), k.note]),
    ),
    ...dataset.findings.map((f) => record('finding', f.id, f.about?.[0] ?? null, [], [...both(f.statement), f.note])),
    ...dataset.disagreements.map((d) =>
      record('disagreement', d.id, d.subject, [], [d.field, ...d.variants.map((v) => v.value), d.note]),
    ),
  ];
}

const PART_KINDS: ReadonlySet<SearchHitKind> = new Set(['duty', 'penalty', 'referralStep']);

/**
 * The keys under which a name resolver finds the record: its names, aliases and acronyms as search keys. Parts of
 * records (duties, penalties, referral steps) have none: they are not addressed by name.
 */
export function toNameKeys(doc: SearchDocument): string[] {
  if (PART_KINDS.has(doc.kind)) return [];
  return [...new Set([...doc.names, ...doc.acronyms].map(toSearchKey).filter((k) => k.length > 0))];
}
