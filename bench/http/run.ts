/**
 * `npm run bench [-- --quick] [-- --json] [-- --cpu-prof] [-- --peer-check]`: the HTTP benchmark. Builds the project once (dist/bench-build,
 * type check skipped: `npm run typecheck` does that), then in one run measures the floors (a minimal Apollo Server
 * answering `{ hello }`, a bare node:http server), the nine operations against the real server process on the real
 * dataset, and the key operations again on the synthetic 10x and 100x datasets; autocannon runs in a process of its
 * own. With NEO4J_URI set, also our server on that Neo4j beside `@neo4j/graphql` 7 over the same database
 * (peer-bench.ts); `--peer-check` only checks that both give the same records. Writes bench/results/report.md and
 * chart.svg (not with --quick); --json prints the figures as one object.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { findRepoRoot } from '../../seed/paths';
import { scaledDataDir } from '../scale/generate';
import { hasDataset, writeScaledDataset } from '../scale/scaled-dataset';
import type { LoadResult } from './load-runner';
import { BenchOperation, OPERATIONS, toBodies } from './operations';
import {
  checkFairness,
  measureSideBySide,
  Neo4jComparison,
  neo4jSection,
  SideBySideHooks,
  toNeo4jFigures,
} from './peer-bench';
import { newestProfile, profileSection, readProfile, summarizeProfile } from './profile-summary';
import { residentMb, runLoad, RunningServer, startServer, stopStartedServers } from './processes';
import { BenchFigures, writeReport } from './report';

const ROOT = findRepoRoot(__dirname);
const BUILD = join(ROOT, 'dist', 'bench-build');
const RESULTS = join(ROOT, 'bench', 'results');
const CONNECTIONS = 10;
const SCALES = [10, 100];

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const asJson = args.has('--json');
const cpuProfile = args.has('--cpu-prof');
const peerCheckOnly = args.has('--peer-check');
const neo4jUri = process.env.NEO4J_URI?.trim() || undefined;
const seconds = { floor: quick ? 1 : 5, operation: quick ? 1 : 5, scale: quick ? 1 : 3 };
const log = (line: string) => (asJson ? process.stderr : process.stdout).write(line + '\n');
const built = (...path: string[]) => join(BUILD, ...path);

function build() {
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const flags = ['--noCheck', '--incremental', '--sourceMap', 'false'];
  execFileSync(
    process.execPath,
    [
      tsc,
      '-p',
      join(ROOT, 'tsconfig.build.json'),
      ...flags,
      '--outDir',
      BUILD,
      '--tsBuildInfoFile',
      built('.tsbuildinfo'),
    ],
    { stdio: 'inherit' },
  );
}

const newestMtime = (dir: string): number =>
  Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((entry) =>
      entry.isDirectory() ? newestMtime(join(dir, entry.name)) : statSync(join(dir, entry.name)).mtimeMs,
    ),
  );

/** The synthetic datasets, written again when missing or older than the real one. */
function ensureScaledDatasets() {
  const realChanged = newestMtime(join(ROOT, 'seed', 'data'));
  for (const factor of SCALES) {
    const dir = scaledDataDir(factor);
    if (hasDataset(dir) && statSync(join(dir, 'README.md')).mtimeMs > realChanged) continue;
    log(`writing the synthetic ${factor}x dataset to ${dir}`);
    writeScaledDataset(factor, dir);
  }
}

const PROFILES = join(RESULTS, 'profiles');
/** The 1x server's profile goes to a folder of its own, so the report can read it back. */
const PROFILE_1X = join(PROFILES, '1x-uncached');

const startKnowledgeServer = (dataDir?: string, responseCache = false, profileDir = PROFILES) =>
  startServer({
    script: built('server', 'main.js'),
    // The load comes from one address: the per-client rate limit would measure itself, not the server.
    // NEO4J_URI is for the side-by-side only: these runs measure the embedded store (undefined unsets it).
    env: {
      KB_DATA_DIR: dataDir,
      KB_RESPONSE_CACHE: responseCache ? 'on' : 'off',
      RATE_LIMIT_PER_MINUTE: '0',
      NEO4J_URI: undefined,
    },
    nodeOptions: cpuProfile ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [],
    readyPath: '/ready',
    // A synthetic dataset takes a while to validate and index on a busy machine; the real one must not.
    timeoutMs: dataDir === undefined ? 60_000 : 300_000,
  });

const load = (server: RunningServer, bodies: string[], duration: number, path = '/graphql') =>
  runLoad(built('bench', 'http', 'load-runner.js'), {
    url: server.url + path,
    bodies,
    connections: CONNECTIONS,
    seconds: duration,
  });

/** Sends every request of an operation once and fails on any error: the benchmark measures answers, not errors. */
async function assertAnswers(server: RunningServer, operation: BenchOperation) {
  for (const body of toBodies(operation)) {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const answer = (await res.json()) as { errors?: { message: string }[] };
    if (res.status !== 200 || answer.errors) {
      throw new Error(`${operation.name} ${body.slice(-160)} answered ${res.status}: ${JSON.stringify(answer.errors)}`);
    }
  }
}

async function measureFloor(kind: 'apollo' | 'http'): Promise<LoadResult> {
  const server = await startServer({
    script: built('bench', 'http', 'floor-server.js'),
    args: [kind],
    readyPath: '/',
    anyAnswer: true,
  });
  try {
    const bodies = kind === 'apollo' ? [JSON.stringify({ query: '{ hello }' })] : [];
    return await load(server, bodies, seconds.floor, '/');
  } finally {
    await server.stop();
  }
}

async function measureOperations(server: RunningServer, operations: BenchOperation[], duration: number) {
  const results: Record<string, LoadResult> = {};
  for (const operation of operations) {
    await assertAnswers(server, operation);
    results[operation.name] = await load(server, toBodies(operation), duration);
    const r = results[operation.name];
    log(
      `  ${operation.name.padEnd(17)} ${String(r.rps).padStart(6)} req/s  p50 ${r.p50Ms} ms  p99 ${r.p99Ms} ms  ${r.bytesPerRequest} B/response${r.non2xx + r.errors > 0 ? `  ${r.non2xx} non-2xx, ${r.errors} errors` : ''}`,
    );
  }
  return results;
}

const sideBySideHooks: SideBySideHooks = { script: built, load, log };

async function main() {
  const loadBefore = loadavg()[0];
  log(`building into ${BUILD}`);
  build();
  if (peerCheckOnly) {
    if (neo4jUri === undefined) throw new Error('--peer-check compares answers on Neo4j: set NEO4J_URI');
    log(`same records from our server and @neo4j/graphql on ${neo4jUri}?`);
    await checkFairness(sideBySideHooks);
    log('every paired question holds the same records');
    return;
  }
  ensureScaledDatasets();
  mkdirSync(RESULTS, { recursive: true });

  log('floors');
  const apolloBefore = await measureFloor('apollo');
  const bareHttp = await measureFloor('http');
  log(`  apollo { hello } ${apolloBefore.rps} req/s; bare node:http ${bareHttp.rps} req/s`);

  log('real dataset (1x)');
  const server = await startKnowledgeServer(undefined, false, PROFILE_1X);
  const operations = await measureOperations(server, OPERATIONS, seconds.operation);
  const peakRssMb = residentMb(server.pid, 'VmHWM');
  await server.stop();
  const profile1x = cpuProfile ? newestProfile(PROFILE_1X) : null;
  const profile = profile1x === null ? null : summarizeProfile(readProfile(profile1x));
  const keyOperations = OPERATIONS.filter((o) => o.name !== 'typename');
  log('real dataset (1x), with the response cache');
  const cachedServer = await startKnowledgeServer(undefined, true);
  const cached = await measureOperations(cachedServer, keyOperations, seconds.operation);
  await cachedServer.stop();
  const apolloAfter = await measureFloor('apollo');
  log(`  apollo { hello } again: ${apolloAfter.rps} req/s`);

  const scaled: Record<string, { server: RunningServer; results: Record<string, LoadResult>; peakRssMb: number }> = {};
  for (const factor of SCALES) {
    log(`synthetic ${factor}x dataset`);
    const big = await startKnowledgeServer(scaledDataDir(factor));
    log(`  ready in ${big.startupMs} ms, ${big.readyRssMb} MB resident`);
    const results = await measureOperations(big, keyOperations, seconds.scale);
    scaled[factor] = { server: big, results, peakRssMb: residentMb(big.pid, 'VmHWM') };
    await big.stop();
  }

  let neo4j: Neo4jComparison | null = null;
  if (neo4jUri !== undefined) {
    log(`Neo4j (${neo4jUri}): our server and @neo4j/graphql on the same database`);
    neo4j = await measureSideBySide(sideBySideHooks, seconds.operation);
  }

  const floorRps = Math.round((apolloBefore.rps + apolloAfter.rps) / 2);
  const figures: BenchFigures = {
    floor: { rps: floorRps },
    operations: Object.fromEntries(
      Object.entries(operations).map(([name, r]) => [
        name,
        { rps: r.rps, p50Ms: r.p50Ms, p99Ms: r.p99Ms, ratioToFloor: Number((r.rps / floorRps).toFixed(3)) },
      ]),
    ),
    scale: Object.fromEntries(
      [1, ...SCALES].map((factor) => [
        String(factor),
        Object.fromEntries(
          keyOperations.map((o) => [
            o.name,
            { p99Ms: (factor === 1 ? operations : scaled[factor].results)[o.name].p99Ms },
          ]),
        ),
      ]),
    ),
    memoryMb: { '1': server.readyRssMb, '100': scaled[100].server.readyRssMb },
    startupMs: { '1': server.startupMs, '100': scaled[100].server.startupMs },
    ...(neo4j === null ? {} : { neo4j: toNeo4jFigures(neo4j) }),
  };
  if (!quick) {
    await writeReport(RESULTS, figures, {
      apolloBefore,
      apolloAfter,
      bareHttp,
      operations,
      cached,
      scaled: Object.fromEntries(
        Object.entries(scaled).map(([factor, s]) => [
          factor,
          {
            startupMs: s.server.startupMs,
            readyRssMb: s.server.readyRssMb,
            peakRssMb: s.peakRssMb,
            results: s.results,
          },
        ]),
      ),
      peakRssMb,
      seconds,
      connections: CONNECTIONS,
      machine: { node: process.version, cpus: cpus().length, loadBefore, loadAfter: loadavg()[0] },
      neo4jSection: neo4jSection(neo4j, neo4jUri),
      profileSection: profileSection(profile, 'the 1× server, uncached'),
    });
    log(`wrote ${join(RESULTS, 'report.md')} and chart.svg`);
  }
  if (asJson) console.log(JSON.stringify(figures, null, 2));
  if (existsSync(PROFILES)) log(`CPU profiles: ${PROFILES}`);
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await stopStartedServers();
  process.exit(1);
});
