import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import type { Dataset } from '../schema/kinds';
import { InvalidDatasetError, RUN_TIME_VALIDATION } from '../load-dataset';
import { SourceTexts } from '../validation/citations';
import { listDataFiles, parseDataFiles } from '../validation/data-files';
import { validateDataset, ValidationOptions } from '../validation/validate-dataset';

/** Raised when the snapshot's layout changes, so that no older snapshot is read as this one. */
const SNAPSHOT_FORMAT = 1;

/** The code that decides whether a dataset is valid and what a valid one becomes (relative to the code root). */
const VALIDATOR_CODE = ['seed/validation', 'seed/schema', 'seed/snapshot', 'seed/load-dataset', 'server/knowledge'];
const VALIDATOR_PACKAGES = ['zod', 'js-yaml'];

export interface SnapshotHeader {
  format: number;
  /** Hash of the data files' names and bytes, the validator's code and packages, and the validation options. */
  key: string;
  dataDir: string;
  /** Bytes of the JSON after the header line: a shorter file was cut off and is not read. */
  bodyBytes: number;
  writtenAt: string;
}

export interface LoadedDataset {
  dataset: Dataset;
  /** `snapshot`: read from a snapshot written after an earlier validation of the very same bytes. */
  from: 'snapshot' | 'validation';
  /** Why no snapshot was read or written, when that is worth a line in the log. */
  note?: string;
}

export interface SnapshotOptions {
  dataDir: string;
  /** Where snapshots are kept; null reads and writes none (the dataset is validated on every start). */
  snapshotDir: string | null;
  validation?: ValidationOptions;
}

let validatorFingerprint: string | undefined;

/** A hash of the validator's own code (as running: .ts under ts-node and Jest, .js when built) and packages. */
export function toValidatorFingerprint(): string {
  if (validatorFingerprint !== undefined) return validatorFingerprint;
  const hash = createHash('sha256');
  const codeRoot = resolve(__dirname, '..', '..');
  const extension = extname(__filename);
  const filesBelow = (path: string): string[] =>
    statSync(path).isDirectory()
      ? readdirSync(path)
          .sort()
          .flatMap((name) => filesBelow(join(path, name)))
      : path.endsWith(extension)
        ? [path]
        : [];
  for (const part of VALIDATOR_CODE) {
    const path = join(codeRoot, part);
    const files = existsSync(path + extension) ? [path + extension] : existsSync(path) ? filesBelow(path) : [];
    for (const file of files) hash.update(`${relative(codeRoot, file)}\0`).update(readFileSync(file));
  }
  for (const name of VALIDATOR_PACKAGES) {
    hash.update(
      `${name}@${(JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version}\0`,
    );
  }
  validatorFingerprint = hash.digest('hex');
  return validatorFingerprint;
}

/** Where the snapshot of a data folder lives: one file per folder, replaced whenever the folder changes. */
export const toSnapshotPath = (snapshotDir: string, dataDir: string) =>
  join(snapshotDir, `${createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 16)}.json`);

/**
 * The dataset for the server: read from the snapshot when the snapshot was written after validating exactly these data
 * files with exactly this validator; otherwise read, parsed and validated (throwing InvalidDatasetError on any problem,
 * with or without a snapshot), then written as the new snapshot. Unvalidated data is never returned.
 */
export function loadValidatedDataset(options: SnapshotOptions): LoadedDataset {
  const validation = { ...RUN_TIME_VALIDATION, ...options.validation };
  const files = listDataFiles(options.dataDir).map((f) => ({ ...f, bytes: readFileSync(f.path) }));
  const key = createHash('sha256').update(
    `${SNAPSHOT_FORMAT}\0${toValidatorFingerprint()}\0${JSON.stringify(validation)}\0`,
  );
  for (const f of files) key.update(`${f.file}\0${f.bytes.length}\0`).update(f.bytes);
  const snapshotKey = key.digest('hex');
  const path = options.snapshotDir === null ? null : toSnapshotPath(options.snapshotDir, options.dataDir);

  if (path !== null) {
    const dataset = readSnapshot(path, snapshotKey);
    if (dataset !== null) return { dataset, from: 'snapshot' };
  }
  const parsed = parseDataFiles(files.map(({ bytes, ...f }) => ({ ...f, text: bytes.toString('utf8') })));
  const result = validateDataset(parsed, SourceTexts.load(null), validation);
  if (result.problems.length > 0) throw new InvalidDatasetError(result.problems);
  if (path === null) return { dataset: result.dataset, from: 'validation' };
  const note = writeSnapshot(path, { key: snapshotKey, dataDir: resolve(options.dataDir) }, result.dataset);
  return { dataset: result.dataset, from: 'validation', note };
}

/** The snapshot's dataset if the file exists, is whole and carries this key; null otherwise. */
function readSnapshot(path: string, key: string): Dataset | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return null;
  }
  const headerEnd = bytes.indexOf(0x0a);
  if (headerEnd === -1) return null;
  try {
    const header = JSON.parse(bytes.subarray(0, headerEnd).toString('utf8')) as SnapshotHeader;
    const body = bytes.subarray(headerEnd + 1);
    if (header.format !== SNAPSHOT_FORMAT || header.key !== key || header.bodyBytes !== body.length) return null;
    return JSON.parse(body.toString('utf8')) as Dataset;
  } catch {
    return null;
  }
}

const removeQuietly = (path: string) => {
  try {
    rmSync(path, { force: true });
  } catch {
    // Nothing was written there (its folder could not be made): nothing to remove.
  }
};

/** Writes the snapshot whole or not at all (a temporary file renamed into place); a failure is a note, not an error. */
function writeSnapshot(path: string, about: { key: string; dataDir: string }, dataset: Dataset): string | undefined {
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    const body = Buffer.from(JSON.stringify(dataset), 'utf8');
    const header: SnapshotHeader = {
      format: SNAPSHOT_FORMAT,
      ...about,
      bodyBytes: body.length,
      writtenAt: new Date().toISOString(),
    };
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), body]));
    renameSync(temporary, path);
    return undefined;
  } catch (error) {
    removeQuietly(temporary);
    return `no validated snapshot written to ${path} (${error instanceof Error ? error.message : String(error)}); the next start validates again`;
  }
}
