import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const WEB_DIR = join(__dirname, '..', '..', 'client', 'web');
export const WEB_DIST = join(WEB_DIR, 'dist');

const newestChange = (path: string): number => {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
};

/**
 * Builds the web app when client/web/dist is missing or older than its sources, so `npm test` works from a clean
 * clone and never tests a stale build; a fresh build is reused.
 */
export function ensureWebAppBuilt(): void {
  const index = join(WEB_DIST, 'index.html');
  const sources = ['src', 'index.html', 'vite.config.mts'].map((name) => join(WEB_DIR, name));
  if (existsSync(index) && statSync(index).mtimeMs >= Math.max(...sources.map(newestChange))) return;
  // Jest sets NODE_ENV=test, which would make Vite bundle React's development build: test what users get.
  execFileSync('npm', ['run', 'build:web'], {
    cwd: join(WEB_DIR, '..', '..'),
    stdio: 'pipe',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
