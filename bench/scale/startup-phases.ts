/**
 * `npm run bench:startup -- [dataset folder]`: how the embedded store's start-up time and memory divide between
 * reading the YAML, validating it and building the store, for the real dataset or any KB_DATA_DIR-style folder
 * (e.g. dist/bench-data/x100). Add `node --cpu-prof` through NODE_OPTIONS for a profile.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { checkDataset } from '../../seed/load-dataset';
import { DEFAULT_DATA_DIR } from '../../seed/paths';
import { readDataFiles } from '../../seed/validation/data-files';
import { MemoryKnowledgeStore } from '../../server/store/memory/memory-knowledge.store';

const dataDir = process.argv[2] ?? DEFAULT_DATA_DIR;
let lapStarted = performance.now();
const lap = (phase: string) => {
  const now = performance.now();
  const rssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
  console.log(`${phase.padEnd(34)} ${String(Math.round(now - lapStarted)).padStart(6)} ms   rss ${rssMb} MB`);
  lapStarted = now;
};

console.log(`start-up phases for ${dataDir}`);
readDataFiles(dataDir);
lap('read and parse the YAML');
const { dataset, problems } = checkDataset({
  dataDir,
  sourcesDir: null,
  checkPersonalNames: false,
  checkQuotedReadings: false,
});
lap('read, parse and validate again');
if (problems.length > 0) console.log(`(${problems.length} problems; the server would refuse this dataset)`);
new MemoryKnowledgeStore(dataset);
lap('build the embedded store');
