/**
 * `npm run bench:search`: prints how long the embedded store's search takes on this machine for the committed ranking
 * queries (test/search/ranking-queries.yaml): index build time, then per-query latency (median, 95th percentile,
 * worst) with the word caches cold and warm, and how many queries rank their record first or in the top three.
 * Figures, not pass or fail.
 */
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { loadDataset } from '../seed/load-dataset';
import { MemorySearchIndex } from '../server/store/memory/memory-search-index';

interface RankingQuery {
  query: string;
  expect: string;
  first?: boolean;
}

const queries = load(
  readFileSync(join(__dirname, '..', 'test', 'search', 'ranking-queries.yaml'), 'utf8'),
) as RankingQuery[];
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function run(index: MemorySearchIndex, label: string) {
  const times: number[] = [];
  let first = 0;
  let top3 = 0;
  for (const q of queries) {
    const started = performance.now();
    const hits = await index.search(String(q.query), 10);
    times.push(performance.now() - started);
    const rank = hits.findIndex((h) => h.id === q.expect) + 1;
    if (rank === 1) first++;
    if (rank >= 1 && rank <= 3) top3++;
  }
  times.sort((a, b) => a - b);
  console.log(
    `${label}: ${queries.length} queries, median ${ms(percentile(times, 0.5))}, p95 ${ms(percentile(times, 0.95))}, ` +
      `worst ${ms(times[times.length - 1])}; expected record first ${first}, in top three ${top3}`,
  );
}

const dataset = loadDataset();
const started = performance.now();
const index = new MemorySearchIndex(dataset);
void index.whenIndexed().then(async () => {
  console.log(`search index: built in ${ms(performance.now() - started)}`);
  await run(index, 'cold caches');
  await run(index, 'warm caches');
});
