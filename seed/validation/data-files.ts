import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load, CORE_SCHEMA, YAMLException } from 'js-yaml';
import { RECORD_KINDS, RecordKind } from '../schema/kinds';
import { Problem } from './problem';

/** A record as read from a data file, before validation. */
export interface RawRecord {
  kind: RecordKind;
  /** Data file relative to the data folder, e.g. organizations/ttu.yaml. */
  file: string;
  /** Position in the file's list, from 0. */
  index: number;
  value: unknown;
}

export interface DataFiles {
  records: RawRecord[];
  /** Raw text of every data file, keyed by relative path (for text-level checks such as identity numbers). */
  texts: Map<string, string>;
  problems: Problem[];
}

/** A data file as found in the data folder, before it is parsed. */
export interface DataFile {
  kind: RecordKind;
  /** Relative to the data folder, e.g. organizations/ttu.yaml. */
  file: string;
  path: string;
}

/** Every `<kind>/*.yaml` and `<kind>/*.json` file below `dataDir`, in the order they are read. */
export function listDataFiles(dataDir: string): DataFile[] {
  const found: DataFile[] = [];
  for (const [kind, { folder }] of Object.entries(RECORD_KINDS) as [RecordKind, { folder: string }][]) {
    const dir = join(dataDir, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)
      .filter((n) => /\.(ya?ml|json)$/.test(n))
      .sort()) {
      const path = join(dir, name);
      found.push({ kind, file: relative(dataDir, path), path });
    }
  }
  return found;
}

/**
 * Reads every `<kind>/*.yaml` file below `dataDir`, and `<kind>/*.json` files (a JSON list of records, parsed many
 * times faster than YAML: for generated or very large datasets). Syntax errors become problems, never exceptions.
 */
export function readDataFiles(dataDir: string): DataFiles {
  return parseDataFiles(listDataFiles(dataDir).map((f) => ({ ...f, text: readFileSync(f.path, 'utf8') })));
}

/** Parses data files already read (see readDataFiles). */
export function parseDataFiles(files: (DataFile & { text: string })[]): DataFiles {
  const records: RawRecord[] = [];
  const texts = new Map<string, string>();
  const problems: Problem[] = [];
  for (const { kind, file, text } of files) {
    texts.set(file, text);
    let value: unknown;
    try {
      // The core schema keeps dates such as 2023-02-20 as strings, as the dataset's schema expects.
      value = file.endsWith('.json') ? JSON.parse(text) : load(text, { schema: CORE_SCHEMA, filename: file });
    } catch (error) {
      const message = error instanceof YAMLException || error instanceof SyntaxError ? error.message : String(error);
      problems.push({ code: 'YAML_SYNTAX', file, message });
      continue;
    }
    if (value === null || value === undefined) continue;
    if (!Array.isArray(value)) {
      problems.push({
        code: 'NOT_A_LIST',
        file,
        message: 'a data file is a YAML list of records (each item starts with "- ")',
      });
      continue;
    }
    value.forEach((item, index) => records.push({ kind, file, index, value: item }));
  }
  return { records, texts, problems };
}
