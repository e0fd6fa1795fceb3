import { stringify } from 'csv-stringify/sync';
import type { Dataset } from '../../server/knowledge/model';

/** A cell as written to CSV: absent values become empty cells, which Table Schema reads as null. */
export type Cell = string | number | undefined;

export interface Column<R> {
  name: string;
  description: string;
  type?: 'string' | 'integer' | 'number';
  required?: boolean;
  enum?: readonly string[];
  pattern?: string;
  /** A foreign key: the value is the `field` of a row of the table `table`. */
  references?: { table: string; field: string };
  value: (row: R) => Cell;
}

/** One CSV file of the package and its Table Schema, from one definition so the two cannot disagree. */
export interface Table<R> {
  name: string;
  title: string;
  description: string;
  primaryKey: string[];
  rows: (dataset: Dataset) => R[];
  columns: Column<R>[];
}

export const PARTIAL_DATE_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';

/** Frictionless Table Schema for a table: fields with types and constraints, primary key, foreign keys. */
export function toTableSchema<R>(table: Table<R>) {
  const foreignKeys = table.columns
    .filter((c) => c.references)
    .map((c) => ({ fields: c.name, reference: { resource: c.references!.table, fields: c.references!.field } }));
  return {
    fields: table.columns.map((c) => ({
      name: c.name,
      type: c.type ?? 'string',
      description: c.description,
      ...(c.required || c.enum || c.pattern
        ? {
            constraints: {
              ...(c.required ? { required: true } : {}),
              ...(c.enum ? { enum: [...c.enum] } : {}),
              ...(c.pattern ? { pattern: c.pattern } : {}),
            },
          }
        : {}),
    })),
    primaryKey: table.primaryKey,
    ...(foreignKeys.length > 0 ? { foreignKeys } : {}),
    missingValues: [''],
  };
}

/** The table as RFC 4180 CSV, UTF-8, with a header row and CRLF line ends as the RFC asks. */
export function toCsv<R>(table: Table<R>, dataset: Dataset): string {
  const rows = table.rows(dataset).map((row) => table.columns.map((c) => c.value(row) ?? ''));
  return stringify([table.columns.map((c) => c.name), ...rows], { record_delimiter: 'windows' });
}

// ---- Column helpers for the shapes the dataset repeats ------------------------------------------------------------

type Localized = { id?: string; en?: string } | undefined;

/** A text in Indonesian and English becomes two columns, <name>_id and <name>_en. */
export const localizedColumns = <R>(name: string, what: string, get: (row: R) => Localized): Column<R>[] => [
  {
    name: `${name}_id`,
    description: `${what}, in Indonesian (the original wording where the source is Indonesian).`,
    value: (r) => get(r)?.id,
  },
  { name: `${name}_en`, description: `${what}, in English.`, value: (r) => get(r)?.en },
];

export const partialDateColumn = <R>(name: string, what: string, get: (row: R) => string | undefined): Column<R> => ({
  name,
  description: `${what}: an ISO 8601 date as precise as the source gives it (YYYY, YYYY-MM or YYYY-MM-DD).`,
  pattern: PARTIAL_DATE_PATTERN,
  value: get,
});

export const idColumn = <R extends { id: string }>(what: string): Column<R> => ({
  name: 'id',
  description: `Stable id of the ${what}, unique across the whole dataset; the same id as in the API.`,
  required: true,
  value: (r) => r.id,
});

export const referenceColumn = <R>(
  name: string,
  description: string,
  table: string,
  get: (row: R) => string | undefined,
  required = false,
): Column<R> => ({ name, description, required, references: { table, field: 'id' }, value: get });

/** Lists of ids in one cell, separated by "; " (ids never hold a semicolon). */
export const idListColumn = <R>(
  name: string,
  description: string,
  get: (row: R) => string[] | undefined,
): Column<R> => ({
  name,
  description: `${description} Ids separated by "; ".`,
  value: (r) => get(r)?.join('; ') || undefined,
});

/** Lists of names in one cell, separated by " | " (no name in the dataset holds one). */
export const textListColumn = <R>(
  name: string,
  description: string,
  get: (row: R) => string[] | undefined,
): Column<R> => ({
  name,
  description: `${description} Separated by " | ".`,
  value: (r) => get(r)?.join(' | ') || undefined,
});

/** Whether the cited lines state the fact or it is read from them, and the curator's note. */
export const provenanceColumns = <R extends { basis?: string; note?: string }>(): Column<R>[] => [
  {
    name: 'basis',
    description:
      'stated: the cited lines say it; inferred: a reading of them (the note says why). Citations are in citations.csv.',
    enum: ['stated', 'inferred'],
    value: (r) => r.basis,
  },
  { name: 'note', description: "Curator's note: why it is inferred, caveats, [sic] readings.", value: (r) => r.note },
];

/** The helpers bound to one row type, so a table's column list is typed by its rows without annotations. */
export const columnHelpers = <R>() => ({
  localized: (name: string, what: string, get: (row: R) => Localized) => localizedColumns<R>(name, what, get),
  partialDate: (name: string, what: string, get: (row: R) => string | undefined) =>
    partialDateColumn<R>(name, what, get),
  reference: (
    name: string,
    description: string,
    table: string,
    get: (row: R) => string | undefined,
    required = false,
  ) => referenceColumn<R>(name, description, table, get, required),
  idList: (name: string, description: string, get: (row: R) => string[] | undefined) =>
    idListColumn<R>(name, description, get),
  textList: (name: string, description: string, get: (row: R) => string[] | undefined) =>
    textListColumn<R>(name, description, get),
  validity: (what: string) => [
    partialDateColumn<R>('valid_from', `From when the ${what} holds`, (r) => (r as { validFrom?: string }).validFrom),
    partialDateColumn<R>(
      'valid_to',
      `Until when the ${what} holds (inclusive); empty when open`,
      (r) => (r as { validTo?: string }).validTo,
    ),
  ],
  provenance: () => provenanceColumns<R & { basis?: string; note?: string }>() as unknown as Column<R>[],
});
export type ColumnHelpers<R> = ReturnType<typeof columnHelpers<R>>;
