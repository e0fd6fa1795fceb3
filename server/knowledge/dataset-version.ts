import { createHash } from 'node:crypto';
import type { Dataset } from './model';

/** The curators' stamp for a release of the dataset (seed/data/release.yaml). */
export interface DatasetRelease {
  /** Semver, raised by the curators when they publish. */
  version: string;
  /** The release day, YYYY-MM-DD. */
  date: string;
}

/** How many records of each kind the dataset holds; articles are counted apart from their instruments. */
export type DatasetCounts = Record<keyof Dataset | 'articles', number>;

/** What identifies one state of the dataset: cite it with `version` and `date`. */
export interface DatasetDescription {
  /** The release's semver plus the first 12 hex digits of the content hash as build metadata: 1.0.0+1a2b3c4d5e6f. */
  version: string;
  release: string;
  date: string;
  /** SHA-256 of the canonical JSON of every record (keys sorted, each kind in the port's order). */
  contentHash: string;
  counts: DatasetCounts;
}

/** JSON with object keys sorted at every depth, so equal records hash equally whatever their key order. */
export function toCanonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(toCanonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${toCanonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function countRecords(dataset: Dataset): DatasetCounts {
  const counts = Object.fromEntries(Object.entries(dataset).map(([kind, records]) => [kind, records.length]));
  const articles = dataset.instruments.reduce((sum, i) => sum + (i.articles?.length ?? 0), 0);
  return { ...(counts as Record<keyof Dataset, number>), articles };
}

/**
 * The dataset's identity: the curators' semver and date, and a hash of the content itself, so the version changes
 * with any change of content (whichever store serves it) even when nobody raised the semver.
 */
export function describeDataset(dataset: Dataset, release: DatasetRelease): DatasetDescription {
  const contentHash = createHash('sha256').update(toCanonicalJson(dataset)).digest('hex');
  return {
    version: `${release.version}+${contentHash.slice(0, 12)}`,
    release: release.version,
    date: release.date,
    contentHash,
    counts: countRecords(dataset),
  };
}
