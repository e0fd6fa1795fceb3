/**
 * `npm run bench:ready -- [--runs N] [--scales 1,10,100] [--main dist/server/main.js]`: how long the whole
 * built server takes from spawn until `GET /ready` answers 200, and how much memory it holds then, on the real
 * dataset and the synthetic 10x and 100x ones (`npm run bench:data` first; `npm run build` first). Each start is
 * printed on its own: the first start of a dataset may validate it and write the snapshot, later ones read it.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { findRepoRoot } from '../../seed/paths';
import { residentMb, startServer, stopStartedServers } from '../http/processes';

const ROOT = findRepoRoot(__dirname);

const option = (name: string): string | undefined => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
};

const runs = Number(option('runs') ?? 3);
const scales = (option('scales') ?? '1,10,100').split(',').map(Number);
const mainScript = resolve(option('main') ?? join(ROOT, 'dist', 'server', 'main.js'));
const dataDirOf = (scale: number) => (scale === 1 ? undefined : join(ROOT, 'dist', 'bench-data', `x${scale}`));
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function main() {
  if (!existsSync(mainScript)) throw new Error(`${mainScript} does not exist: run "npm run build" first`);
  console.log(`server start-up: ${mainScript}, ${runs} run(s) per dataset, load average ${load()}`);
  console.log('dataset  run  ready ms  resident MB  peak MB  load average');
  for (const scale of scales) {
    const dataDir = dataDirOf(scale);
    if (dataDir !== undefined && !existsSync(dataDir)) throw new Error(`${dataDir} is missing: npm run bench:data`);
    for (let run = 1; run <= runs; run++) {
      const server = await startServer({
        script: mainScript,
        env: { KB_DATA_DIR: dataDir, RATE_LIMIT_PER_MINUTE: '0' },
        readyPath: '/ready',
        timeoutMs: 300_000,
      });
      const peakMb = residentMb(server.pid, 'VmHWM');
      await server.stop();
      console.log(
        `${`${scale}x`.padEnd(8)} ${String(run).padStart(3)}  ${String(server.startupMs).padStart(8)}  ${String(server.readyRssMb).padStart(11)}  ${String(peakMb).padStart(7)}  ${load()}`,
      );
    }
  }
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => void stopStartedServers());
