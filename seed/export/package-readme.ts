import type { DatasetDescription } from '../../server/knowledge/dataset-version';
import type { SourceDocument } from '../../server/knowledge/model';
import type { Table } from './table';

export const DATASET_TITLE = 'NTT anti-trafficking knowledge base';
export const DATASET_LICENSE = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  path: 'https://creativecommons.org/licenses/by/4.0/',
};

/** Every file of the export besides the CSVs, with what it holds: the README lists them, /data/ serves them. */
export const OTHER_FILES: { path: string; holds: string }[] = [
  {
    path: 'README.md',
    holds: 'This file: what each file holds, the licence, how to cite, the version, date and counts.',
  },
  { path: 'CHANGES.md', holds: 'Which records were added, changed or retired since the previous export, per version.' },
  {
    path: 'datapackage.json',
    holds:
      'Frictionless Tabular Data Package descriptor: a Table Schema for every CSV (types, constraints, primary and foreign keys).',
  },
  {
    path: 'records.json',
    holds:
      'Every record as the API models it (the curated records, nested parts and citations included), under "records", with the dataset version under "dataset".',
  },
  {
    path: 'hsds/organizations.json',
    holds: 'Open Referral HSDS 3 organizations (a JSON array; each valid against HSDS organization.json).',
  },
  {
    path: 'hsds/services.json',
    holds:
      "HSDS 3 services: an organisation's mandates on one step, with the areas they cover (service_areas) and the organisation nested.",
  },
  {
    path: 'hsds/ids.csv',
    holds: 'The HSDS UUIDs and the dataset ids they stand for (UUID version 5 of "<kind>:<id>").',
  },
  {
    path: 'popolo.json',
    holds:
      'Popolo organizations, posts and memberships of the task forces, sub-task forces and alliances (members are offices, never persons).',
  },
];

const cite = (d: DatasetDescription) =>
  `${DATASET_TITLE}, dataset version ${d.version} (${d.date}). Licensed under CC BY 4.0. ` +
  'Built from five research papers on the response to human trafficking in East Nusa Tenggara, Indonesia.';

export function toPackageReadme(d: DatasetDescription, tables: Table<unknown>[], sources: SourceDocument[]): string {
  const counts = Object.entries(d.counts)
    .map(([kind, n]) => `| ${kind} | ${n} |`)
    .join('\n');
  const csvFiles = tables.map((t) => `| csv/${t.name}.csv | ${t.title}: ${t.description} |`).join('\n');
  const otherFiles = OTHER_FILES.map((f) => `| ${f.path} | ${f.holds} |`).join('\n');
  const papers = sources
    .map(
      (s) =>
        `- ${s.title}${s.year ? ` (${s.year})` : ''}${s.venue ? `, ${s.venue}` : ''}${s.doi ? `, doi:${s.doi}` : ''}`,
    )
    .join('\n');
  return `# ${DATASET_TITLE}: open data

Who is responsible for preventing human trafficking, protecting its victims and prosecuting it in East Nusa Tenggara
(NTT), Indonesia, where, since when and on what legal basis: legal instruments, organisations, task forces and their
posts, mandates, referral paths, partnerships, documented gaps and statistics, every fact cited to its source.

- **Version:** ${d.version} (release ${d.release}; the part after "+" is the start of the content hash)
- **Date:** ${d.date}
- **Content hash (SHA-256):** ${d.contentHash}
- **Licence:** ${DATASET_LICENSE.title} (${DATASET_LICENSE.name}), ${DATASET_LICENSE.path}. The quotes in the
  citations are short excerpts of the source papers, attributed to them; their copyright stays with their authors.

## How to cite

> ${cite(d)}

Cite the version: every download of the same version holds exactly the same records.

## Files

All text is UTF-8. Dates are ISO 8601 and only as precise as the source gives them: \`2018\`, \`2018-04\` or
\`2018-04-20\`. An empty cell means "not stated in the sources". Ids are stable and the same as in the API; lists of
ids in one cell are separated by \`; \`, lists of names by \` | \`. Whether each fact is stated by its source or
inferred from it is in the \`basis\` column; every citation (paper, lines, verbatim quote) is in \`csv/citations.csv\`,
keyed by the id of the record or part it supports. The CSVs have no byte-order mark: in Excel, open them with
Data > From Text/CSV and choose UTF-8 (LibreOffice asks for the encoding).

| file | holds |
| ---- | ----- |
${otherFiles}
${csvFiles}

The HSDS export holds no contacts, phones, schedules or locations: the sources give none, and nothing is invented to
fill a field. The dataset names offices and organisations, never persons.

## Counts

| kind | records |
| ---- | ------- |
${counts}

## Sources

${papers}
`;
}
