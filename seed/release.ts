import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { z } from 'zod';
import type { DatasetRelease } from '../server/knowledge/dataset-version';
import { DEFAULT_DATA_DIR } from './paths';

const ReleaseStamp = z
  .object({
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'the release version is semver without build metadata, e.g. 1.2.0'),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'the release date is an ISO day, e.g. 2026-12-02'),
  })
  .strict();

/** The curators' release stamp, seed/data/release.yaml: the semver and date the dataset version is built on. */
export function readRelease(dataDir: string = DEFAULT_DATA_DIR): DatasetRelease {
  const file = join(dataDir, 'release.yaml');
  const parsed = ReleaseStamp.safeParse(load(readFileSync(file, 'utf8'), { schema: CORE_SCHEMA }));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ');
    throw new Error(`${file} is not a valid release stamp (${issues})`);
  }
  return parsed.data;
}
