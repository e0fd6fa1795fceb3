import { RECORD_KINDS, RecordKind, Dataset, emptyDataset } from '../schema/kinds';
import { findCitations, parseLocator, SourceTexts, EXCLUDED_LINES } from './citations';
import { DataFiles } from './data-files';
import { findPersonalName, findStrings, IDENTITY_NUMBER } from './personal-data';
import { Problem, toFieldPath } from './problem';
import { ENTITY_KIND_OF, EntityKind, REFERENCES_OF } from './references';
import { checkConsistency } from './consistency';
import { checkProvenance } from './provenance-rules';

/** A citation with the record that makes it: `source` is the paper, `dataFile` the YAML file that cites it. */
export interface CollectedCitation {
  kind: RecordKind;
  dataFile: string;
  recordId: string;
  field: string;
  source: string;
  locator: string;
  quote: string;
  basis?: 'stated' | 'inferred';
}

/** Where a valid record came from, so later checks and the report can point at it. */
export interface RecordOrigin {
  kind: RecordKind;
  file: string;
  id: string;
}

export interface ValidationResult {
  dataset: Dataset;
  problems: Problem[];
  /** Every id in the dataset (articles included) and what it names. */
  entities: Map<string, { kind: EntityKind; file: string }>;
  citations: CollectedCitation[];
  quoteCheck: { performed: boolean; sourcesDir: string | null; checked: number };
}

const recordIdOf = (value: unknown, index: number): string => {
  const id = (value as { id?: unknown; file?: unknown } | null)?.id ?? (value as { file?: unknown } | null)?.file;
  return typeof id === 'string' ? id : `#${index + 1}`;
};

export interface ValidationOptions {
  /**
   * Look for denied personal names in every text (about half a second for the whole dataset). On for seed:check and
   * the tests, which gate every change; off when the server loads data that has already passed them.
   */
  checkPersonalNames?: boolean;
  /**
   * Compare what quotes name across records: a police force or church named only by a common noun, two leads on one
   * quote (provenance rules 7 and 8). On for seed:check and the tests; off when the server loads data that has passed
   * them, and for the benchmarks' synthetic copies, whose renamed bodies no quote names and whose roles repeat the
   * originals' on the same quotes.
   */
  checkQuotedReadings?: boolean;
}

/** Validates everything: schema, unique ids, references, citations against the sources, personal data, consistency. */
export function validateDataset(
  files: DataFiles,
  sources: SourceTexts,
  options: ValidationOptions = {},
): ValidationResult {
  const problems: Problem[] = [...files.problems];
  const dataset = emptyDataset();
  const origins: RecordOrigin[] = [];

  for (const raw of files.records) {
    const recordId = recordIdOf(raw.value, raw.index);
    const parsed = RECORD_KINDS[raw.kind].schema.safeParse(raw.value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({
          code: 'SCHEMA',
          file: raw.file,
          recordId,
          field: toFieldPath(issue.path),
          message: issue.message,
        });
      }
      continue;
    }
    (dataset[raw.kind] as unknown[]).push(parsed.data);
    origins.push({ kind: raw.kind, file: raw.file, id: recordId });
  }

  const entities = indexEntities(dataset, origins, problems);
  checkReferences(dataset, origins, entities, problems);
  const sourceFiles = new Set(dataset.sources.map((s) => s.file));
  const citations = collectCitations(dataset, origins);
  const checked = checkCitations(citations, sourceFiles, sources, problems);
  checkPersonalData(files, dataset, origins, problems, options.checkPersonalNames ?? true);
  problems.push(...checkConsistency(dataset, origins, entities));
  problems.push(...checkProvenance(dataset, origins, { quotedReadings: options.checkQuotedReadings ?? true }));

  return {
    dataset,
    problems,
    entities,
    citations,
    quoteCheck: { performed: sources.available, sourcesDir: sources.dir, checked },
  };
}

function* eachRecord(dataset: Dataset, origins: RecordOrigin[]): Generator<[RecordKind, unknown, RecordOrigin]> {
  const cursor: Partial<Record<RecordKind, number>> = {};
  for (const origin of origins) {
    const i = cursor[origin.kind] ?? 0;
    cursor[origin.kind] = i + 1;
    yield [origin.kind, (dataset[origin.kind] as unknown[])[i], origin];
  }
}

function indexEntities(dataset: Dataset, origins: RecordOrigin[], problems: Problem[]) {
  const entities = new Map<string, { kind: EntityKind; file: string }>();
  const add = (id: string, kind: EntityKind, origin: RecordOrigin, field?: string) => {
    const existing = entities.get(id);
    if (existing) {
      problems.push({
        code: 'DUPLICATE_ID',
        file: origin.file,
        recordId: origin.id,
        field,
        message: `id "${id}" is already used by a ${existing.kind} in ${existing.file}; ids are unique across the dataset`,
      });
      return;
    }
    entities.set(id, { kind, file: origin.file });
  };
  for (const [kind, record, origin] of eachRecord(dataset, origins)) {
    const entityKind = ENTITY_KIND_OF[kind];
    if (entityKind === null) continue;
    add((record as { id: string }).id, entityKind, origin);
    if (kind === 'instruments') {
      const articles = (record as Dataset['instruments'][number]).articles ?? [];
      articles.forEach((a, i) => add(a.id, 'article', origin, `articles[${i}].id`));
    }
  }
  return entities;
}

function checkReferences(
  dataset: Dataset,
  origins: RecordOrigin[],
  entities: Map<string, { kind: EntityKind; file: string }>,
  problems: Problem[],
) {
  for (const [kind, record, origin] of eachRecord(dataset, origins)) {
    const referencesOf = REFERENCES_OF[kind] as (r: unknown) => ReturnType<(typeof REFERENCES_OF)['places']>;
    for (const reference of referencesOf(record)) {
      const target = entities.get(reference.id);
      if (!target) {
        problems.push({
          code: 'UNRESOLVED_REFERENCE',
          file: origin.file,
          recordId: origin.id,
          field: reference.field,
          message: `"${reference.id}" is not the id of any ${reference.expect === 'any' ? 'record' : reference.expect.join(' or ')} in the dataset`,
        });
      } else if (reference.expect !== 'any' && !reference.expect.includes(target.kind)) {
        problems.push({
          code: 'WRONG_REFERENCE_KIND',
          file: origin.file,
          recordId: origin.id,
          field: reference.field,
          message: `"${reference.id}" is a ${target.kind}; expected a ${reference.expect.join(' or ')}`,
        });
      }
    }
  }
}

function collectCitations(dataset: Dataset, origins: RecordOrigin[]): CollectedCitation[] {
  const all: CollectedCitation[] = [];
  for (const [, record, origin] of eachRecord(dataset, origins)) {
    const basis = (record as { basis?: 'stated' | 'inferred' }).basis;
    for (const c of findCitations(record)) {
      all.push({
        kind: origin.kind,
        dataFile: origin.file,
        recordId: origin.id,
        field: c.field,
        source: c.file,
        locator: c.locator,
        quote: c.quote,
        basis,
      });
    }
  }
  return all;
}

function checkCitations(
  citations: CollectedCitation[],
  sourceFiles: Set<string>,
  sources: SourceTexts,
  problems: Problem[],
): number {
  let checked = 0;
  for (const c of citations) {
    const where = { file: c.dataFile, recordId: c.recordId, field: c.field };
    if (!sourceFiles.has(c.source)) {
      problems.push({ code: 'UNKNOWN_SOURCE_FILE', ...where, message: `"${c.source}" is not listed in sources/` });
      continue;
    }
    const range = parseLocator(c.locator);
    if (range === null) {
      problems.push({
        code: 'SCHEMA',
        ...where,
        message: `"${c.locator}" is not a line range: write L120-122 with the first line first`,
      });
      continue;
    }
    const excluded = EXCLUDED_LINES[c.source];
    if (excluded && range.from <= excluded[1] && range.to >= excluded[0]) {
      problems.push({
        code: 'EXCLUDED_LINES',
        ...where,
        message: `lines ${excluded[0]}-${excluded[1]} of ${c.source} hold personal data and are never cited`,
      });
      continue;
    }
    if (!sources.available) continue;
    const lineCount = sources.lineCount(c.source);
    if (lineCount === undefined) continue;
    if (range.to > lineCount) {
      problems.push({
        code: 'LOCATOR_OUT_OF_RANGE',
        ...where,
        message: `${c.locator} is past the end of ${c.source} (${lineCount} lines)`,
      });
      continue;
    }
    checked++;
    if (!sources.contains(c.source, range.from, range.to, c.quote)) {
      const elsewhere = sources.findLines(c.source, c.quote);
      const hint =
        elsewhere.length > 0 ? `; it does appear from L${elsewhere.join(', L')}` : '; it is not in the file at all';
      problems.push({
        code: 'QUOTE_NOT_FOUND',
        ...where,
        message: `the quote is not in ${c.source} ${c.locator}${hint}`,
      });
    }
  }
  return checked;
}

function checkPersonalData(
  files: DataFiles,
  dataset: Dataset,
  origins: RecordOrigin[],
  problems: Problem[],
  checkNames: boolean,
) {
  for (const [file, text] of files.texts) {
    text.split('\n').forEach((line, i) => {
      if (IDENTITY_NUMBER.test(line)) {
        problems.push({
          code: 'IDENTITY_NUMBER',
          file,
          field: `line ${i + 1}`,
          message: 'a run of ten or more digits looks like an identity number; none may be stored',
        });
      }
    });
  }
  if (!checkNames) return;
  for (const [, record, origin] of eachRecord(dataset, origins)) {
    for (const { field, text } of findStrings(record)) {
      const name = findPersonalName(text);
      if (name !== null) {
        problems.push({
          code: 'PERSONAL_NAME',
          file: origin.file,
          recordId: origin.id,
          field,
          message:
            'this text names a private person (a victim, informant, office holder or author); model the office instead and quote around the name',
        });
      }
    }
  }
}
