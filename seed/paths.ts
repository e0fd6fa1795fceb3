import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The repository root: the nearest folder above this file with a package.json (works from src and from dist/). */
export function findRepoRoot(from: string = __dirname): string {
  let dir = resolve(from);
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${from}`);
    dir = up;
  }
  return dir;
}

export const DEFAULT_DATA_DIR = join(findRepoRoot(), 'seed', 'data');

/**
 * The source papers are not part of the published project: developers and CI have them beside the repository at
 * ../shared/sources; SOURCES_DIR overrides. Without them the quote check is skipped (and the report says so).
 */
export function defaultSourcesDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.SOURCES_DIR ?? resolve(findRepoRoot(), '..', 'shared', 'sources');
}
