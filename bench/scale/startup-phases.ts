/**
 * `npm run bench:startup -- [dataset folder]`: how the embedded store's start-up time and memory divide between
 * reading the YAML, validating it, writing and reading the validated snapshot, and building the store, for the real
 * dataset or any KB_DATA_DIR-style folder (e.g. dist/bench-data/x100). Add `node --cpu-prof` through NODE_OPTIONS for
 * a profile. The snapshot goes to a temporary folder, removed at the end.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { RUN_TIME_VALIDATION } from '../../seed/load-dataset';
import { DEFAULT_DATA_DIR } from '../../seed/paths';
import { loadValidatedDataset } from '../../seed/snapshot/validated-snapshot';
import { SourceTexts } from '../../seed/validation/citations';
import { readDataFiles } from '../../seed/validation/data-files';
import { validateDataset } from '../../seed/validation/validate-dataset';
import { MemoryKnowledgeStore } from '../../server/store/memory/memory-knowledge.store';

const dataDir = process.argv[2] ?? DEFAULT_DATA_DIR;
let lapStarted = performance.now();
const lap = (phase: string) => {
  const now = performance.now();
  const rssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
  console.log(`${phase.padEnd(44)} ${String(Math.round(now - lapStarted)).padStart(6)} ms   rss ${rssMb} MB`);
  lapStarted = now;
};

console.log(`start-up phases for ${dataDir}`);
const files = readDataFiles(dataDir);
lap('read and parse the data files');
const { problems } = validateDataset(files, SourceTexts.load(null), RUN_TIME_VALIDATION);
lap('validate (as the server does)');
if (problems.length > 0) {
  console.log(`${problems.length} problems: the server refuses this dataset (npm run seed:check shows them)`);
  process.exit(1);
}
const snapshotDir = mkdtempSync(join(tmpdir(), 'kb-startup-phases-'));
try {
  loadValidatedDataset({ dataDir, snapshotDir });
  lap('read, parse, validate, write the snapshot');
  const { dataset, from } = loadValidatedDataset({ dataDir, snapshotDir });
  lap(`read the data files' bytes and the snapshot`);
  if (from !== 'snapshot') console.log('(the snapshot was not read: see seed/snapshot/README.md)');
  const store = new MemoryKnowledgeStore(dataset);
  lap('build the embedded store (ready from here)');
  void store.whenSearchIndexed().then(() => lap('fill the full-text index (in the background)'));
} finally {
  rmSync(snapshotDir, { recursive: true, force: true });
}
