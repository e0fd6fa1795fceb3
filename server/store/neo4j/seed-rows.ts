import type { Citation, Dataset } from '../../knowledge/model';
import { isTaskForce } from '../../knowledge/model';
import { toEndDay, toStartDay } from '../../knowledge/dates';
import { sortSteps } from '../../knowledge/model';
import { toNameKeys, toSearchDocuments } from '../../knowledge/search-documents';
import { TEXT_LIST_SEPARATOR } from './graph-model';
import type { PruneTarget } from './prune.statements';
import type { SeedKind } from './seed.statements';

/**
 * Dataset records → the rows seed.statements.ts expects. Only plain JSON values go to the driver: optional references
 * become lists of zero or one id, absent values null, and every node keeps its record verbatim in `json`.
 */
type Row = Record<string, unknown>;

const one = (id: string | undefined): string[] => (id === undefined ? [] : [id]);
const textList = (values: (string | undefined)[]): string | null => {
  const present = values.filter((v): v is string => v !== undefined && v.length > 0);
  return present.length === 0 ? null : present.join(TEXT_LIST_SEPARATOR);
};
const citations = (sources: Citation[] | undefined) =>
  (sources ?? []).map(({ file, locator, quote }) => ({ file, locator, quote }));
const validity = (r: { validFrom?: string; validTo?: string }) => ({
  validFromStart: r.validFrom === undefined ? null : toStartDay(r.validFrom),
  validToEnd: r.validTo === undefined ? null : toEndDay(r.validTo),
});
const base = (record: { id: string; sources?: Citation[] }) => ({
  id: record.id,
  json: JSON.stringify(record),
  citations: citations(record.sources),
});

/** The rows of each kind, in the order the seeder loads them (referenced kinds first, which keeps placeholders rare). */
export function toSeedRows(dataset: Dataset): [SeedKind, Row[]][] {
  const stepOrder = new Map(sortSteps(dataset.steps).map((s, i) => [s.id, i]));
  return [
    ['sources', dataset.sources.map((s) => ({ file: s.file, json: JSON.stringify(s) }))],
    [
      'places',
      dataset.places.map((p) => ({
        ...base(p),
        kind: p.kind,
        nameId: p.name.id ?? null,
        nameEn: p.name.en ?? null,
        aliasesText: textList(p.aliases ?? []),
        parent: one(p.parent),
        island: one(p.island),
      })),
    ],
    [
      'steps',
      dataset.steps.map((s) => ({
        ...base(s),
        pillar: s.pillar,
        order: stepOrder.get(s.id),
        nameId: s.label.id,
        nameEn: s.label.en,
        parent: one(s.parent),
      })),
    ],
    [
      'organizations',
      dataset.organizations.map((o) => ({
        ...base(o),
        kind: o.kind,
        level: o.level,
        isTaskForce: isTaskForce(o),
        nameId: o.name.id ?? null,
        nameEn: o.name.en ?? null,
        acronymsText: textList(o.acronyms ?? []),
        aliasesText: textList(o.aliases ?? []),
        parent: one(o.parent),
        area: one(o.area),
        location: one(o.location),
        establishedBy: one(o.establishedBy?.instrument),
        succeeds: one(o.succeeds),
      })),
    ],
    [
      'instruments',
      dataset.instruments.map((i) => ({
        ...base(i),
        kind: i.kind,
        year: i.year ?? null,
        nameId: i.title.id ?? null,
        nameEn: i.title.en ?? null,
        // The number is searchable as the embedded store makes it ("126/KEP/HK/II/2023").
        aliasesText: textList([...(i.titleVariants ?? []), i.number]),
        issuer: one(i.issuer),
        jurisdiction: one(i.jurisdiction),
        relations: (i.relations ?? []).map((r, position) => ({
          type: r.type,
          target: r.target,
          json: JSON.stringify(r),
          position,
        })),
      })),
    ],
    [
      'articles',
      dataset.instruments.flatMap((i) =>
        (i.articles ?? []).map((a) => ({ ...base(a), number: a.number, instrumentId: i.id })),
      ),
    ],
    [
      'memberships',
      dataset.memberships.map((m) => ({
        id: m.id,
        member: m.member,
        of: m.of,
        position: m.position,
        ...validity(m),
        json: JSON.stringify(m),
      })),
    ],
    [
      'mandates',
      dataset.mandates.map((m) => ({
        ...base(m),
        role: m.role,
        ...validity(m),
        organization: [m.organization],
        step: [m.step],
        area: [m.area],
        instruments: [...new Set((m.legalBasis ?? []).map((b) => b.instrument))],
        articles: [...new Set((m.legalBasis ?? []).flatMap((b) => one(b.article)))],
      })),
    ],
    [
      'referralPaths',
      dataset.referralPaths.map((p) => ({
        ...base(p),
        area: [p.area],
        steps: p.steps.map((s) => ({
          order: s.order,
          step: s.step,
          actors: s.actors,
          citations: citations(s.sources),
        })),
      })),
    ],
    [
      'partnerships',
      dataset.partnerships.map((p) => ({
        ...base(p),
        ...validity(p),
        parties: p.parties,
        steps: p.steps ?? [],
        area: one(p.area),
      })),
    ],
    [
      'gaps',
      dataset.gaps.map((g) => ({
        ...base(g),
        area: [g.area],
        organizations: g.organizations ?? [],
        steps: g.steps ?? [],
      })),
    ],
    ['statistics', dataset.statistics.map((s) => ({ ...base(s), place: [s.place], reportedBy: one(s.reportedBy) }))],
    ['knownUnknowns', dataset.knownUnknowns.map((k) => ({ ...base(k), area: [k.area] }))],
    ['findings', dataset.findings.map((f) => ({ ...base(f), area: [f.area], steps: f.steps ?? [] }))],
    [
      'disagreements',
      dataset.disagreements.map((d) => ({
        ...base(d),
        subject: d.subject,
        citations: d.variants.flatMap((v) => citations(v.sources)),
      })),
    ],
    [
      'searchEntries',
      toSearchDocuments(dataset).map((doc) => ({
        id: doc.id,
        kind: doc.kind,
        recordId: doc.recordId,
        names: doc.names.join(TEXT_LIST_SEPARATOR),
        acronyms: doc.acronyms.join(TEXT_LIST_SEPARATOR),
        descriptors: doc.descriptors.join(TEXT_LIST_SEPARATOR),
        texts: doc.texts.join(TEXT_LIST_SEPARATOR),
        nameKeys: toNameKeys(doc),
        json: JSON.stringify(doc),
      })),
    ],
  ];
}

/** The keys each prune statement keeps: everything the dataset holds. */
export function toKeptKeys(dataset: Dataset): Record<PruneTarget, string[]> {
  const ids = (records: { id: string }[]) => records.map((r) => r.id);
  return {
    Place: ids(dataset.places),
    Organization: ids(dataset.organizations),
    Instrument: ids(dataset.instruments),
    Article: ids(dataset.instruments.flatMap((i) => i.articles ?? [])),
    Step: ids(dataset.steps),
    Mandate: ids(dataset.mandates),
    ReferralPath: ids(dataset.referralPaths),
    Partnership: ids(dataset.partnerships),
    Gap: ids(dataset.gaps),
    Statistic: ids(dataset.statistics),
    Disagreement: ids(dataset.disagreements),
    KnownUnknown: ids(dataset.knownUnknowns),
    Finding: ids(dataset.findings),
    Source: dataset.sources.map((s) => s.file),
    SearchEntry: toSearchDocuments(dataset).map((doc) => doc.id),
    MEMBER_OF: ids(dataset.memberships),
  };
}
