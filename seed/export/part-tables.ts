import type { Article, Citation, Dataset, ReferralStep } from '../../server/knowledge/model';
import { InstrumentRelation } from '../../server/knowledge/records';
import { Column, ColumnHelpers, columnHelpers, Table } from './table';

/**
 * The parts of records that do not fit one row of their record's table: an organisation's duties, an instrument's
 * articles, penalties and relations, a path's steps and actors, a partnership's parties, a disagreement's variants,
 * legal bases given as lists, and every citation. A part without an id of its own gets one from its owner and its
 * position, `<owner id>/<part>/<n>`, so citations can name it; positions count from 1 in the curated order.
 */

type Localized = { id?: string; en?: string };
type Provenance = { basis?: string; note?: string; sources?: Citation[] };
type Part<T> = T & { partId: string; owner: string; position: number };

export const partId = (owner: string, part: string, position: number) => `${owner}/${part}/${position}`;

const partsOf = <O extends { id: string }, T>(owners: O[], part: string, list: (o: O) => T[] | undefined) =>
  owners.flatMap((o) =>
    (list(o) ?? []).map((item, i): Part<T> => ({
      ...item,
      partId: partId(o.id, part, i + 1),
      owner: o.id,
      position: i + 1,
    })),
  );

const partTable = <R>(
  name: string,
  title: string,
  description: string,
  primaryKey: string[],
  rows: (d: Dataset) => R[],
  columns: (h: ColumnHelpers<R>) => Column<R>[],
): Table<R> => ({ name, title, description, primaryKey, rows, columns: columns(columnHelpers<R>()) });

const position = <R extends { position: number }>(what: string): Column<R> => ({
  name: 'position',
  description: `Order of the ${what} in its owner, from 1.`,
  type: 'integer',
  required: true,
  value: (r) => r.position,
});
const partIdColumn = <R extends { partId: string }>(): Column<R> => ({
  name: 'id',
  description: 'Id of this part: <owner id>/<part>/<position>; citations.csv refers to it.',
  required: true,
  value: (r) => r.partId,
});
const provenance = <R extends Provenance>(h: ColumnHelpers<R>) => h.provenance();

const duties = (d: Dataset) => partsOf(d.organizations, 'duty', (o) => o.duties);
const penalties = (d: Dataset) => partsOf(d.instruments, 'penalty', (i) => i.penalties);
const relations = (d: Dataset) => partsOf(d.instruments, 'relation', (i) => i.relations);
const articles = (d: Dataset) =>
  d.instruments.flatMap((i) => (i.articles ?? []).map((a) => ({ ...a, instrument: i.id })));
const referralSteps = (d: Dataset) =>
  d.referralPaths.flatMap((p) =>
    p.steps.map((s): Part<ReferralStep> => ({
      ...s,
      partId: partId(p.id, 'step', s.order),
      owner: p.id,
      position: s.order,
    })),
  );
const variants = (d: Dataset) => partsOf(d.disagreements, 'variant', (x) => x.variants);

/** Legal bases given as lists (mandates, referral paths and their steps); single ones are columns of their record. */
const legalBases = (d: Dataset) =>
  [
    ...d.mandates.map((m) => ({ subject: m.id, table: 'mandates', bases: m.legalBasis })),
    ...d.referralPaths.map((p) => ({ subject: p.id, table: 'referral-paths', bases: p.legalBasis })),
    ...referralSteps(d).map((s) => ({ subject: s.partId, table: 'referral-steps', bases: s.legalBasis })),
  ].flatMap(({ subject, table, bases }) => (bases ?? []).map((b, i) => ({ ...b, subject, table, position: i + 1 })));

/** Everything that cites, with the table its row is in. */
function citedThings(d: Dataset): { subject: string; table: string; sources: Citation[] }[] {
  const cited = <T extends { sources?: Citation[] }>(table: string, items: T[], idOf: (item: T) => string) =>
    items.map((item) => ({ subject: idOf(item), table, sources: item.sources ?? [] }));
  const byId = (r: { id: string }) => r.id;
  const byPart = (r: { partId: string }) => r.partId;
  return [
    ...cited('places', d.places, byId),
    ...cited('organizations', d.organizations, byId),
    ...cited('duties', duties(d), byPart),
    ...cited('instruments', d.instruments, byId),
    ...cited('articles', articles(d), byId),
    ...cited('penalties', penalties(d), byPart),
    ...cited('instrument-relations', relations(d), byPart),
    ...cited('steps', d.steps, byId),
    ...cited('memberships', d.memberships, byId),
    ...cited('mandates', d.mandates, byId),
    ...cited('referral-paths', d.referralPaths, byId),
    ...cited('referral-steps', referralSteps(d), byPart),
    ...cited('partnerships', d.partnerships, byId),
    ...cited('gaps', d.gaps, byId),
    ...cited('statistics', d.statistics, byId),
    ...cited('disagreement-variants', variants(d), byPart),
    ...cited('known-unknowns', d.knownUnknowns, byId),
    ...cited('findings', d.findings, byId),
  ];
}

const citations = (d: Dataset) =>
  citedThings(d).flatMap(({ subject, table, sources }) =>
    sources.map((c, i) => ({ ...c, subject, table, position: i + 1 })),
  );

export const PART_TABLES = [
  partTable(
    'duties',
    'Duties of task forces',
    'The duties the establishing instrument gives a task force or sub-task force.',
    ['id'],
    duties,
    (h) => [
      partIdColumn(),
      h.reference('organization', 'The task force or sub-task force.', 'organizations', (r) => r.owner, true),
      position('duty'),
      { name: 'code', description: "The duty's letter or number as printed.", required: true, value: (r) => r.code },
      ...h.localized('text', 'The duty', (r) => r.text),
      h.idList('steps', 'Steps of the vocabulary this duty belongs to.', (r) => r.steps),
      ...provenance(h),
    ],
  ),
  partTable('articles', 'Articles of instruments', 'The cited articles of each instrument.', ['id'], articles, (h) => [
    {
      name: 'id',
      description: 'Stable id of the article, as in the API.',
      required: true,
      value: (r: Article & { instrument: string }) => r.id,
    },
    h.reference('instrument', 'The instrument.', 'instruments', (r) => r.instrument, true),
    {
      name: 'number',
      description: 'The article number as cited: "58", "18(1)".',
      required: true,
      value: (r) => r.number,
    },
    ...h.localized('summary', 'What the article says', (r) => r.summary),
    ...provenance(h),
  ]),
  partTable('penalties', 'Penalties', 'Penalties instruments set.', ['id'], penalties, (h) => [
    partIdColumn(),
    h.reference('instrument', 'The instrument.', 'instruments', (r) => r.owner, true),
    position('penalty'),
    ...h.localized('text', 'The penalty', (r) => r.text as Localized),
    h.reference('article', 'The article that sets it.', 'articles', (r) => r.article),
    ...provenance(h),
  ]),
  partTable(
    'instrument-relations',
    'Relations between instruments',
    'An instrument implements, amends, succeeds, supplements or rests on another.',
    ['id'],
    relations,
    (h) => [
      partIdColumn(),
      h.reference('instrument', 'The instrument the relation is from.', 'instruments', (r) => r.owner, true),
      position('relation'),
      {
        name: 'type',
        description: 'How it relates.',
        required: true,
        enum: InstrumentRelation.shape.type.options,
        value: (r) => r.type,
      },
      h.reference('target', 'The related instrument.', 'instruments', (r) => r.target, true),
      ...provenance(h),
    ],
  ),
  partTable(
    'legal-bases',
    'Legal bases',
    'The instruments (and articles) a mandate, referral path or referral step rests on.',
    ['subject', 'position'],
    legalBases,
    (h) => [
      {
        name: 'subject',
        description: 'Id of the mandate, referral path or referral step.',
        required: true,
        value: (r) => r.subject,
      },
      {
        name: 'subject_table',
        description: 'The table the subject is in.',
        required: true,
        enum: ['mandates', 'referral-paths', 'referral-steps'],
        value: (r) => r.table,
      },
      position('legal basis'),
      h.reference('instrument', 'The instrument.', 'instruments', (r) => r.instrument, true),
      h.reference('article', 'The article, when the source names one.', 'articles', (r) => r.article),
    ],
  ),
  partTable(
    'referral-steps',
    'Steps of referral paths',
    'The steps of each referral path, in order; actors are in referral-step-actors.csv.',
    ['id'],
    referralSteps,
    (h) => [
      partIdColumn(),
      h.reference('referral_path', 'The referral path.', 'referral-paths', (r) => r.owner, true),
      position('step in the path'),
      h.reference('step', 'The step of the vocabulary.', 'steps', (r) => r.step, true),
      ...h.localized('description', 'What happens at this step', (r) => r.description),
      ...h.localized('handover', 'How the case or victim passes to the next step', (r) => r.handover),
      ...provenance(h),
    ],
  ),
  partTable(
    'referral-step-actors',
    'Actors of referral steps',
    'The organisations acting at each step of a referral path.',
    ['referral_step', 'organization'],
    (d) => referralSteps(d).flatMap((s) => s.actors.map((actor) => ({ step: s.partId, actor }))),
    (h) => [
      h.reference('referral_step', 'The referral step.', 'referral-steps', (r) => r.step, true),
      h.reference('organization', 'An organisation acting at that step.', 'organizations', (r) => r.actor, true),
    ],
  ),
  partTable(
    'partnership-parties',
    'Parties to partnerships',
    'The organisations in each partnership.',
    ['partnership', 'organization'],
    (d) => d.partnerships.flatMap((p) => p.parties.map((party) => ({ partnership: p.id, party }))),
    (h) => [
      h.reference('partnership', 'The partnership.', 'partnerships', (r) => r.partnership, true),
      h.reference('organization', 'A party to it.', 'organizations', (r) => r.party, true),
    ],
  ),
  partTable(
    'disagreement-variants',
    'Variants in disagreements',
    'Each variant the sources give, cited in citations.csv.',
    ['id'],
    variants,
    (h) => [
      partIdColumn(),
      h.reference('disagreement', 'The disagreement.', 'disagreements', (r) => r.owner, true),
      position('variant'),
      { name: 'value', description: 'The variant as the source gives it.', required: true, value: (r) => r.value },
      h.partialDate('as_of', 'When the variant held, if stated', (r) => r.asOf),
    ],
  ),
  partTable(
    'citations',
    'Citations',
    'Every citation: the source paper, the lines and a short verbatim quote, for every record and part.',
    ['subject', 'position'],
    citations,
    () => [
      {
        name: 'subject',
        description: 'Id of the cited record or part (the id column of subject_table).',
        required: true,
        value: (r) => r.subject,
      },
      { name: 'subject_table', description: 'The table the subject is in.', required: true, value: (r) => r.table },
      position('citation'),
      {
        name: 'file',
        description: 'The source paper (sources.csv).',
        required: true,
        references: { table: 'sources', field: 'file' },
        value: (r) => r.file,
      },
      {
        name: 'locator',
        description: 'Line or line range in the paper, e.g. L79 or L120-122.',
        required: true,
        pattern: '^L\\d+(-\\d+)?$',
        value: (r) => r.locator,
      },
      {
        name: 'quote',
        description: 'A short verbatim quote from those lines (whitespace may differ).',
        required: true,
        value: (r) => r.quote,
      },
    ],
  ),
];
