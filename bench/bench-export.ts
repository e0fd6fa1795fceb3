/**
 * `npm run bench:export`: prints how long the open-data export takes to build and validate, how big it is, and how
 * fast /data/ serves a file (whole, and 304 to a conditional request). Figures, not pass or fail.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildExport } from '../seed/export/build-export';
import { validateExport } from '../seed/export/validate-export';
import { writeExportFolder } from '../seed/export/write-export';
import { readRelease } from '../seed/release';
import { loadDataset } from '../seed/load-dataset';
import { DataDownloads } from '../server/http/data-downloads';
import { MemoryKnowledgeStore } from '../server/store/memory/memory-knowledge.store';
import { startTestHttpServer } from '../test/support/test-api';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const timed = <T>(run: () => T): [T, number] => {
  const started = performance.now();
  const result = run();
  return [result, performance.now() - started];
};

async function httpRate(url: string, headers: Record<string, string>, seconds = 3, connections = 10) {
  let done = 0;
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < until) {
      const t = performance.now();
      const res = await fetch(url, { headers });
      await res.arrayBuffer();
      latencies.push(performance.now() - t);
      done++;
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  latencies.sort((a, b) => a - b);
  const p = (q: number) => latencies[Math.floor(latencies.length * q)].toFixed(1);
  return `${(done / seconds).toFixed(0)} req/s, p50 ${p(0.5)} ms, p99 ${p(0.99)} ms (${connections} connections, ${seconds} s)`;
}

async function main() {
  const store = new MemoryKnowledgeStore(loadDataset());
  const dataset = await store.readDataset();
  const release = readRelease();
  const builds = Array.from({ length: 5 }, () => timed(() => buildExport(dataset, release, null)));
  const files = builds[0][0].files;
  const [, firstValidation] = timed(() => validateExport(files));
  const validations = Array.from({ length: 5 }, () => timed(() => validateExport(files))[1]);
  const bytes = files.reduce((sum, f) => sum + Buffer.byteLength(f.content), 0);
  console.log(`export: ${files.length} files, ${(bytes / 1024).toFixed(0)} KiB`);
  console.log(`build (median of 5): ${median(builds.map(([, ms]) => ms)).toFixed(0)} ms`);
  console.log(
    `validate: first ${firstValidation.toFixed(0)} ms (compiles the schemas), then median ${median(validations).toFixed(0)} ms`,
  );

  const dir = mkdtempSync(join(tmpdir(), 'bench-export-'));
  try {
    writeExportFolder(join(dir, 'exports'), files);
    const downloads = DataDownloads.fromDirectory(join(dir, 'exports'));
    const server = await startTestHttpServer(store, { exportDir: join(dir, 'exports') });
    const path = '/data/csv/citations.csv';
    const etag = downloads.files.find((f) => `/data/${f.path}` === path)!.etag;
    console.log(
      `GET ${path} (${(downloads.files.find((f) => f.path === 'csv/citations.csv')!.bytes.length / 1024).toFixed(0)} KiB): ${await httpRate(`${server.url}${path}`, {})}`,
    );
    console.log(
      `GET ${path} with If-None-Match (304): ${await httpRate(`${server.url}${path}`, { 'if-none-match': etag })}`,
    );
    console.log(`GET /data/ listing: ${await httpRate(`${server.url}/data/`, {})}`);
    await server.stop();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`rss ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
