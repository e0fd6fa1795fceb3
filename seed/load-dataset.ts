import type { Dataset } from './schema/kinds';
import { SourceTexts } from './validation/citations';
import { readDataFiles } from './validation/data-files';
import { Problem } from './validation/problem';
import { validateDataset, ValidationOptions, ValidationResult } from './validation/validate-dataset';
import { DEFAULT_DATA_DIR, defaultSourcesDir } from './paths';

export class InvalidDatasetError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `the dataset has ${problems.length} problem(s); run "npm run seed:check" to see them all. First: ` +
        problems
          .slice(0, 3)
          .map((p) => `${p.file} ${p.recordId ?? ''} ${p.field ?? ''}: ${p.message}`)
          .join('; '),
    );
    this.name = 'InvalidDatasetError';
  }
}

export interface LoadOptions extends ValidationOptions {
  dataDir?: string;
  /** Where the source papers are; null skips the quote check (as at run time, where only the data is needed). */
  sourcesDir?: string | null;
}

/** Reads and validates the dataset, returning the full validation result (problems included). */
export function checkDataset(options: LoadOptions = {}): ValidationResult {
  const files = readDataFiles(options.dataDir ?? DEFAULT_DATA_DIR);
  const sourcesDir = options.sourcesDir === undefined ? defaultSourcesDir() : options.sourcesDir;
  return validateDataset(files, SourceTexts.load(sourcesDir), options);
}

/** What the server checks when it loads data that seed:check and the tests have already gated. */
export const RUN_TIME_VALIDATION: Required<ValidationOptions> = {
  checkPersonalNames: false,
  checkQuotedReadings: false,
};

/**
 * Reads and validates the dataset for use (schema, ids, references, consistency, identity numbers); throws
 * InvalidDatasetError unless it is free of problems. Quotes and personal names are curation checks run by
 * seed:check and the tests, so they are skipped here unless asked for.
 */
export function loadDataset(options: LoadOptions = {}): Dataset {
  const result = checkDataset({ sourcesDir: null, ...RUN_TIME_VALIDATION, ...options });
  if (result.problems.length > 0) throw new InvalidDatasetError(result.problems);
  return result.dataset;
}
