import { stringify } from 'csv-stringify/sync';
import type { Dataset } from '../../server/knowledge/model';
import { DatasetDescription, DatasetRelease, describeDataset } from '../../server/knowledge/dataset-version';
import { PreviousExport, toChangesMarkdown } from './changes';
import { toHsds } from './hsds';
import { DATASET_LICENSE, DATASET_TITLE, toPackageReadme } from './package-readme';
import { PART_TABLES } from './part-tables';
import { toPopolo } from './popolo';
import { RECORD_TABLES } from './record-tables';
import { Table, toCsv, toTableSchema } from './table';

/** One file of the export: its path inside the package and its text. */
export interface ExportFile {
  path: string;
  content: string;
}

export interface BuiltExport {
  description: DatasetDescription;
  files: ExportFile[];
}

/** Every CSV of the package, records first, then their parts. */
export const TABLES = [...RECORD_TABLES, ...PART_TABLES] as Table<unknown>[];

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The Frictionless Tabular Data Package descriptor: one tabular resource, with its Table Schema, per CSV. */
function toDataPackage(description: DatasetDescription, dataset: Dataset) {
  return {
    profile: 'tabular-data-package',
    name: 'ntt-trafficking-response-kb',
    title: DATASET_TITLE,
    description:
      'Legal instruments, organisations, task forces and their posts, mandates, referral paths, partnerships, gaps ' +
      'and statistics on the response to human trafficking in East Nusa Tenggara (NTT), Indonesia; every fact cited.',
    version: description.version,
    // The release day, not the moment of export: the same dataset always gives the same bytes (and ETags).
    created: `${description.date}T00:00:00Z`,
    licenses: [DATASET_LICENSE],
    keywords: ['human trafficking', 'East Nusa Tenggara', 'NTT', 'Indonesia', 'referral', 'legal basis'],
    sources: dataset.sources.map((s) => ({ title: s.title })),
    resources: TABLES.map((table) => ({
      profile: 'tabular-data-resource',
      name: table.name,
      path: `csv/${table.name}.csv`,
      title: table.title,
      description: table.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: toTableSchema(table),
    })),
  };
}

/**
 * The whole export of one dataset, in memory: deterministic, so exporting the same records twice gives the same
 * bytes. `previous` is the export this one replaces, for CHANGES.md.
 */
export function buildExport(dataset: Dataset, release: DatasetRelease, previous: PreviousExport | null): BuiltExport {
  const description = describeDataset(dataset, release);
  const hsds = toHsds(dataset, description.date);
  const files: ExportFile[] = [
    { path: 'README.md', content: toPackageReadme(description, TABLES, dataset.sources) },
    {
      path: 'CHANGES.md',
      content: toChangesMarkdown({ version: description.version, date: description.date, records: dataset }, previous),
    },
    { path: 'datapackage.json', content: json(toDataPackage(description, dataset)) },
    {
      path: 'records.json',
      content: json({ dataset: { title: DATASET_TITLE, license: DATASET_LICENSE, ...description }, records: dataset }),
    },
    { path: 'hsds/organizations.json', content: json(hsds.organizations) },
    { path: 'hsds/services.json', content: json(hsds.services) },
    {
      path: 'hsds/ids.csv',
      content: stringify([['uuid', 'kind', 'id'], ...hsds.ids.map((i) => [i.uuid, i.kind, i.id])], {
        record_delimiter: 'windows',
      }),
    },
    { path: 'popolo.json', content: json(toPopolo(dataset)) },
    ...TABLES.map((table) => ({ path: `csv/${table.name}.csv`, content: toCsv(table, dataset) })),
  ];
  return { description, files };
}
