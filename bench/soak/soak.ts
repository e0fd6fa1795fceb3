import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startServerProcess } from '../../test/support/server-process';

/**
 * npm run soak: a mixed read load at fixed concurrency for a set time against the real server in its own process,
 * printing throughput, p50/p99 latency, errors and the server's resident memory at the start, every 30 s and at the
 * end. SOAK_SECONDS (default 300) and SOAK_CONNECTIONS (default 10) change the run.
 */
const SECONDS = Number(process.env.SOAK_SECONDS ?? 300);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 10);
const REPORT_EVERY_S = 30;

/** What officials, NGOs and developers ask most, in about the proportions a web app would. */
const QUERIES = [
  '{ steps { id label pillar } }',
  '{ regions { id label kind parent { id } } }',
  '{ responsibilities(step: "shelter", region: "kupang-city", asOf: "2024-01-01") { nodes { organization { id label } role scope legalBasis { instrument { label } } } } }',
  '{ coverage(region: "ttu") { steps { step { id } covered responsibilities { organization { label } role } } uncoveredSteps { id } } }',
  '{ organizations(first: 50) { nodes { id label kind level } pageInfo { endCursor } } }',
  '{ search(text: "polres") { nodes { id kind label } } }',
  '{ legalBasis(organization: "plbn-motaain") { mandates { label } instruments { label } } }',
  '{ node(id: "uu-21-2007-art-58") { id ... on Article { label } } }',
];

const residentMb = (pid: number): number => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? 0) / 1024;
};

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main() {
  const server = await startServerProcess({
    RATE_LIMIT_PER_MINUTE: '0',
    NODE_OPTIONS: `--expose-gc --require ${join(__dirname, 'heap-report.js')}`,
  });
  const pid = server.child.pid!;
  const startRss = residentMb(pid);
  /** The server's heap after a full collection, in MB (asked for with SIGUSR2, see heap-report.js). */
  const heapAfterGc = async (): Promise<number> => {
    const before = server.output().length;
    server.child.kill('SIGUSR2');
    for (let i = 0; i < 50; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const line = /heap-after-gc ([\d.]+)/.exec(server.output().slice(before));
      if (line) return Number(line[1]);
    }
    return NaN;
  };
  const startHeap = await heapAfterGc();
  console.log(`soak: ${SECONDS} s, ${CONNECTIONS} connections, ${QUERIES.length} kinds of query, server pid ${pid}`);
  console.log(`start      resident memory ${startRss.toFixed(1)} MB, heap after GC ${startHeap.toFixed(1)} MB`);

  let window: number[] = [];
  let windowErrors = 0;
  let totalRequests = 0;
  let totalErrors = 0;
  const all: number[] = [];
  const rssSamples: number[] = [];
  const heapSamples: number[] = [];
  const started = Date.now();

  // Without a callback autocannon returns its running instance, which is also a promise of the result.
  const instance = autocannon({
    url: `${server.url}/graphql`,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: QUERIES.map((query) => ({
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    })),
  }) as unknown as autocannon.Instance & Promise<autocannon.Result>;
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, ms: number) => {
    totalRequests++;
    window.push(ms);
    all.push(ms);
    if (statusCode !== 200) {
      windowErrors++;
      totalErrors++;
    }
  });
  instance.on('reqError', () => {
    windowErrors++;
    totalErrors++;
  });
  const report = setInterval(async () => {
    const sorted = window.sort((a, b) => a - b);
    const rss = residentMb(pid);
    rssSamples.push(rss);
    const heap = await heapAfterGc();
    heapSamples.push(heap);
    const t = Math.round((Date.now() - started) / 1000);
    console.log(
      `${String(t).padStart(4)} s  ${(window.length / REPORT_EVERY_S).toFixed(0).padStart(6)} req/s  p50 ${percentile(sorted, 50).toFixed(1)} ms  p99 ${percentile(sorted, 99).toFixed(1)} ms  errors ${windowErrors}  resident ${rss.toFixed(1)} MB  heap after GC ${heap.toFixed(1)} MB`,
    );
    window = [];
    windowErrors = 0;
  }, REPORT_EVERY_S * 1000);

  const result = await instance;
  clearInterval(report);
  const endRss = residentMb(pid);
  const endHeap = await heapAfterGc();
  const baselineHeap = heapSamples[0] ?? startHeap;
  const sorted = all.sort((a, b) => a - b);
  // Growth is measured from the first 30-second sample: start-up and warm-up allocate once.
  const baseline = rssSamples[0] ?? startRss;
  console.log(
    `end        ${totalRequests} requests, ${(totalRequests / SECONDS).toFixed(0)} req/s, p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, errors ${totalErrors} (non-2xx ${result.non2xx}, socket errors ${result.errors}, timeouts ${result.timeouts})`,
  );
  console.log(
    `resident   start ${startRss.toFixed(1)} MB, after 30 s ${baseline.toFixed(1)} MB, end ${endRss.toFixed(1)} MB: ${(((endRss - baseline) / baseline) * 100).toFixed(1)}% growth after warm-up`,
  );
  console.log(
    `heap (GC)  start ${startHeap.toFixed(1)} MB, after 30 s ${baselineHeap.toFixed(1)} MB, end ${endHeap.toFixed(1)} MB: ${(((endHeap - baselineHeap) / baselineHeap) * 100).toFixed(1)}% growth after warm-up`,
  );
  server.child.kill('SIGTERM');
  console.log(`server exited with ${await server.exited}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
