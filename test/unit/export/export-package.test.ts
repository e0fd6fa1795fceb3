import { parse } from 'csv-parse/sync';
import type { Dataset } from '../../../server/knowledge/model';
import { describeDataset } from '../../../server/knowledge/dataset-version';
import { buildExport, ExportFile, TABLES } from '../../../seed/export/build-export';
import { validateExport } from '../../../seed/export/validate-export';
import { readRelease } from '../../../seed/release';
import { memoryStoreWithRealDataset } from '../../support/real-dataset';

const release = readRelease();
let dataset: Dataset;
let files: ExportFile[];
const file = (path: string) => {
  const found = files.find((f) => f.path === path);
  if (!found) throw new Error(`no ${path} in the export`);
  return found.content;
};
const csvRows = (path: string) => parse(file(path), { columns: true }) as Record<string, string>[];
const replaced = (path: string, change: (text: string) => string) =>
  files.map((f) => (f.path === path ? { ...f, content: change(f.content) } : f));

beforeAll(async () => {
  dataset = await memoryStoreWithRealDataset().readDataset();
  files = buildExport(dataset, release, null).files;
});

describe('the open-data export', () => {
  it('validates against the Frictionless and HSDS schemas, and every CSV against its Table Schema', () => {
    expect(validateExport(files)).toEqual([]);
  });

  it('gives back the same records from records.json (round trip)', () => {
    const { dataset: described, records } = JSON.parse(file('records.json'));
    expect(records).toEqual(dataset);
    expect(described.version).toBe(describeDataset(dataset, release).version);
  });

  it('has one CSV row per record of each kind, with the same ids', () => {
    expect(csvRows('csv/organizations.csv').map((r) => r.id)).toEqual(dataset.organizations.map((o) => o.id));
    expect(csvRows('csv/mandates.csv').map((r) => r.id)).toEqual(dataset.mandates.map((m) => m.id));
    expect(csvRows('csv/sources.csv').map((r) => r.file)).toEqual(dataset.sources.map((s) => s.file));
    const articles = dataset.instruments.flatMap((i) => i.articles ?? []);
    expect(csvRows('csv/articles.csv').map((r) => r.id)).toEqual(articles.map((a) => a.id));
  });

  it('keeps every citation, with its quote verbatim, keyed by the record it supports', () => {
    const citations = csvRows('csv/citations.csv');
    const mandate = dataset.mandates[0];
    expect(citations.filter((c) => c.subject === mandate.id).map((c) => c.quote)).toEqual(
      mandate.sources.map((s) => s.quote),
    );
    const duty = dataset.organizations.find((o) => (o.duties ?? []).length > 0)!;
    expect(citations.some((c) => c.subject === `${duty.id}/duty/1` && c.subject_table === 'duties')).toBe(true);
  });

  it('declares foreign keys, e.g. a mandate to its organisation, step and place', () => {
    const descriptor = JSON.parse(file('datapackage.json'));
    const mandates = descriptor.resources.find((r: any) => r.name === 'mandates');
    expect(mandates.schema.foreignKeys).toEqual(
      expect.arrayContaining([
        { fields: 'organization', reference: { resource: 'organizations', fields: 'id' } },
        { fields: 'step', reference: { resource: 'steps', fields: 'id' } },
        { fields: 'area', reference: { resource: 'places', fields: 'id' } },
      ]),
    );
    expect(descriptor.resources.map((r: any) => r.path)).toEqual(TABLES.map((t) => `csv/${t.name}.csv`));
  });

  it('prints the version, date, licence and every count in the README', () => {
    const readme = file('README.md');
    const { version, date, counts } = describeDataset(dataset, release);
    expect(readme).toContain(`**Version:** ${version}`);
    expect(readme).toContain(`**Date:** ${date}`);
    expect(readme).toContain('CC-BY-4.0');
    for (const [kind, n] of Object.entries(counts)) expect(readme).toContain(`| ${kind} | ${n} |`);
  });

  it('gives the same bytes when the same dataset is exported twice', () => {
    expect(buildExport(dataset, release, null).files).toEqual(files);
  });

  it('reports a foreign key that does not resolve, a missing required value and a broken descriptor', () => {
    const orphan = replaced('csv/mandates.csv', (csv) =>
      csv.replace(`,${dataset.mandates[0].step},`, ',no-such-step,'),
    );
    expect(validateExport(orphan)).toEqual([
      expect.objectContaining({
        file: 'csv/mandates.csv',
        message: expect.stringContaining('"no-such-step" is not in steps'),
      }),
    ]);
    const noStatus = replaced('hsds/services.json', (json) => json.replace(/"status": "\w+",/, ''));
    expect(validateExport(noStatus)).toEqual([
      expect.objectContaining({
        file: 'hsds/services.json',
        message: expect.stringContaining("must have required property 'status'"),
      }),
    ]);
    const noProfile = replaced('datapackage.json', (json) => json.replace('"profile": "tabular-data-package",', ''));
    expect(validateExport(noProfile).map((p) => p.file)).toContain('datapackage.json');
  });

  it('refuses HSDS fields the export does not fill with vendored schemas (here a phone)', () => {
    const withPhone = replaced('hsds/organizations.json', (json) =>
      json.replace('"name":', '"phones": [{ "id": "x", "number": "1" }],\n    "name":'),
    );
    expect(validateExport(withPhone).map((p) => p.file)).toContain('hsds/organizations.json');
  });
});
