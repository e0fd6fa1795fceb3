/**
 * `npm run bench`: prints performance figures of the embedded store and the API on this machine. Figures, not pass or
 * fail: compare them with ../shared/STACK.md's reference points and with earlier runs.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { loadDataset } from '../seed/load-dataset';
import { MemoryKnowledgeStore } from '../server/store/memory/memory-knowledge.store';
import { startTestApi, startTestHttpServer } from '../test/support/test-api';

const QUERIES: Record<string, string> = {
  responsibilities:
    '{ responsibilities(step: "protection", region: "ttu", asOf: "2024-01-01", first: 50) { nodes { organization { id label } role scope legalBasis { instrument { id } article { id } } sources { file locator } } } }',
  coverage:
    '{ coverage(region: "sumba-island", asOf: "2024-01-01") { uncoveredSteps { id } steps { step { id } covered responsibilities { organization { id } } } gaps { gap { id } } } }',
  search: '{ search(text: "Tapem Bikomi", first: 5) { nodes { id kind label } } }',
  taskForce:
    '{ taskForce(id: "gugus-tugas-ttu-2023") { subTaskForces { id duties { code } members { position member { id label } } } } }',
};

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function timeStartUp() {
  const started = performance.now();
  const dataset = loadDataset();
  const loaded = performance.now();
  new MemoryKnowledgeStore(dataset);
  const built = performance.now();
  console.log(
    `start-up: read + validate dataset ${(loaded - started).toFixed(0)} ms, build embedded store ${(built - loaded).toFixed(0)} ms; rss ${mb(process.memoryUsage().rss)}`,
  );
}

async function timeInProcess(seconds = 2) {
  const api = await startTestApi();
  for (const [name, query] of Object.entries(QUERIES)) {
    await api.execute(query);
    let n = 0;
    const until = performance.now() + seconds * 1000;
    while (performance.now() < until) {
      await api.execute(query);
      n++;
    }
    console.log(`executeOperation ${name.padEnd(16)} ${(n / seconds).toFixed(0)} ops/s`);
  }
  await api.stop();
}

async function timeHttp(seconds = 3, connections = 10) {
  const server = await startTestHttpServer();
  const body = JSON.stringify({ query: QUERIES.responsibilities });
  let done = 0;
  let failed = 0;
  const until = performance.now() + seconds * 1000;
  const latencies: number[] = [];
  const worker = async () => {
    while (performance.now() < until) {
      const t = performance.now();
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      await res.text();
      latencies.push(performance.now() - t);
      if (res.ok) done++;
      else failed++;
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  latencies.sort((a, b) => a - b);
  const p = (q: number) => latencies[Math.floor(q * (latencies.length - 1))].toFixed(1);
  console.log(
    `HTTP responsibilities, ${connections} connections, same process: ${(done / seconds).toFixed(0)} req/s, p50 ${p(0.5)} ms, p99 ${p(0.99)} ms, ${failed} failed; rss ${mb(process.memoryUsage().rss)}`,
  );
  await server.stop();
}

(async () => {
  console.log(`node ${process.version}`);
  await timeStartUp();
  await timeInProcess();
  await timeHttp();
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
