/**
 * `npm run export [-- --out <dir>] [-- --previous <dir>]`: writes the versioned open-data export of the dataset the
 * configured store serves (the embedded store, or Neo4j when NEO4J_URI is set) to a folder, default exports/.
 * The export is validated first (Frictionless, HSDS, every CSV against its Table Schema): an invalid one writes
 * nothing. CHANGES.md compares with the previous export, by default the one already in the folder.
 * Exit codes: 0 written, 1 invalid export or store failure, 2 bad arguments.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadConfig } from '../../server/config';
import { createStore } from '../../server/store/create-store';
import type { Dataset } from '../../server/knowledge/model';
import { findRepoRoot } from '../paths';
import { readRelease } from '../release';
import { buildExport, ExportFile } from './build-export';
import type { PreviousExport } from './changes';
import { validateExport } from './validate-export';
import { fail, print, runScript } from '../script-runner';

export const DEFAULT_EXPORT_DIR = join(findRepoRoot(), 'exports');

const USAGE = 'usage: npm run export [-- --out <dir>] [-- --previous <dir>]';

export function parseExportArgs(argv: string[]): { out: string; previous: string } | string {
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag !== '--out' && flag !== '--previous') return `unknown option "${flag}"; ${USAGE}`;
    if (value === undefined || value.startsWith('--')) return `${flag} needs a folder; ${USAGE}`;
    options[flag.slice(2)] = resolve(value);
  }
  const out = options.out ?? DEFAULT_EXPORT_DIR;
  return { out, previous: options.previous ?? out };
}

/** The export a folder holds, if any: its records, version and CHANGES.md. */
export function readPreviousExport(dir: string): PreviousExport | null {
  const recordsFile = join(dir, 'records.json');
  if (!existsSync(recordsFile)) return null;
  const { dataset, records } = JSON.parse(readFileSync(recordsFile, 'utf8')) as {
    dataset: { version: string; date: string };
    records: Dataset;
  };
  const changesFile = join(dir, 'CHANGES.md');
  const changes = existsSync(changesFile) ? readFileSync(changesFile, 'utf8') : null;
  return { version: dataset.version, date: dataset.date, records, changes };
}

/** Writes beside the target and swaps it in, so a reader never sees half an export. */
export function writeExportFolder(out: string, files: ExportFile[]): void {
  const staging = `${out}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  for (const file of files) {
    const path = join(staging, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content, 'utf8');
  }
  rmSync(out, { recursive: true, force: true });
  renameSync(staging, out);
}

async function main(): Promise<number> {
  const args = parseExportArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    fail(args);
    return 2;
  }
  const { store, description } = await createStore(loadConfig());
  try {
    const dataset = await store.readDataset();
    const built = buildExport(dataset, readRelease(), readPreviousExport(args.previous));
    const problems = validateExport(built.files);
    if (problems.length > 0) {
      fail(`The export is not valid (${problems.length} problems); nothing was written. First:`);
      problems.slice(0, 20).forEach((p) => fail(`  ${p.file}: ${p.message}`));
      return 1;
    }
    writeExportFolder(args.out, built.files);
    const { version, date, counts } = built.description;
    print(`Exported dataset ${version} (${date}) from the ${description}`);
    print(
      `  ${Object.entries(counts)
        .map(([kind, n]) => `${n} ${kind}`)
        .join(', ')}`,
    );
    for (const f of built.files)
      print(`  ${f.path.padEnd(36)} ${Buffer.byteLength(f.content).toLocaleString('en').padStart(10)} bytes`);
    print(`Written to ${args.out}; validated against Frictionless Data Package and HSDS 3 schemas.`);
    return 0;
  } finally {
    await store.close();
  }
}

if (require.main === module) {
  runScript(main);
}
