import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import type { LoadResult } from './load-runner';
import type { Neo4jFigures } from './peer-bench';

/** The figures `--json` prints: the object issue 10 asks for. */
export interface BenchFigures {
  floor: { rps: number };
  operations: Record<string, { rps: number; p50Ms: number; p99Ms: number; ratioToFloor: number }>;
  scale: Record<string, Record<string, { p99Ms: number }>>;
  memoryMb: { '1': number; '100': number };
  startupMs: { '1': number; '100': number };
  /** Only when NEO4J_URI is set: each paired question on our server and on `@neo4j/graphql` over the same database. */
  neo4j?: Neo4jFigures;
}

/** What the report says beyond the figures: every raw result, and the conditions of the run. */
export interface BenchDetails {
  apolloBefore: LoadResult;
  apolloAfter: LoadResult;
  bareHttp: LoadResult;
  operations: Record<string, LoadResult>;
  /** The key operations again, with the response cache on (the server's default for the embedded store). */
  cached: Record<string, LoadResult>;
  scaled: Record<
    string,
    { startupMs: number; readyRssMb: number; peakRssMb: number; results: Record<string, LoadResult> }
  >;
  peakRssMb: number;
  seconds: { floor: number; operation: number; scale: number };
  connections: number;
  machine: { node: string; cpus: number; loadBefore: number; loadAfter: number };
  /** The section peer-bench.ts renders: the side-by-side, or why it was not measured. */
  neo4jSection: string;
  /** Where the 1x server's CPU time went (profile-summary.ts), or how to get it. */
  profileSection: string;
}

const TARGET_RATIO = 0.25;
const TARGET_CACHED_RATIO = 0.8;
const TARGET_GROWTH = 2;
const mark = (met: boolean) => (met ? 'met' : 'missed');

function markdown(f: BenchFigures, d: BenchDetails): string {
  const ratioRows = Object.entries(d.operations).map(([name, r]) => {
    const ratio = f.operations[name].ratioToFloor;
    return `| ${name} | ${r.rps} | ${r.p50Ms} | ${r.p99Ms} | ${ratio.toFixed(3)} | ${mark(ratio >= TARGET_RATIO)} | ${r.bytesPerRequest} |`;
  });
  const cachedRows = Object.entries(d.cached).map(([name, r]) => {
    const ratio = r.rps / f.floor.rps;
    return `| ${name} | ${r.rps} | ${r.p50Ms} | ${r.p99Ms} | ${ratio.toFixed(3)} | ${mark(ratio >= TARGET_CACHED_RATIO)} |`;
  });
  const scaleRows = Object.keys(f.scale['1']).map((name) => {
    const [p1, p10, p100] = ['1', '10', '100'].map((s) => f.scale[s][name].p99Ms);
    const growth = p100 / Math.max(p1, 1);
    return `| ${name} | ${p1} | ${p10} | ${p100} | ${growth.toFixed(1)}× | ${mark(growth <= TARGET_GROWTH)} | ${d.scaled['100'].results[name].rps} |`;
  });
  const at100 = d.scaled['100'];
  return `# Benchmark report

Written by \`npm run bench\` (bench/http/). ${d.connections} connections, autocannon in its own process, each
operation ${d.seconds.operation} s (synthetic datasets ${d.seconds.scale} s), varied arguments (bench/http/operations.ts),
uncached (\`KB_RESPONSE_CACHE=off\`) unless said otherwise. Node ${d.machine.node}, ${d.machine.cpus} CPUs, load average ${d.machine.loadBefore.toFixed(1)} before and
${d.machine.loadAfter.toFixed(1)} after: the machine is shared, so compare ratios within this run, not absolute figures
across runs.

![ratio to the Apollo floor per operation](chart.svg)

## Floors

| floor | req/s | p50 ms | p99 ms |
| --- | --- | --- | --- |
| minimal Apollo Server 5, \`{ hello }\`, before the operations | ${d.apolloBefore.rps} | ${d.apolloBefore.p50Ms} | ${d.apolloBefore.p99Ms} |
| the same, after the operations | ${d.apolloAfter.rps} | ${d.apolloAfter.p50Ms} | ${d.apolloAfter.p99Ms} |
| bare \`node:http\`, fixed body | ${d.bareHttp.rps} | ${d.bareHttp.p50Ms} | ${d.bareHttp.p99Ms} |

The Apollo floor is the mean of the two Apollo runs: **${f.floor.rps} req/s**; the bare server reached
${(d.bareHttp.rps / f.floor.rps).toFixed(2)}× it.

## Operations on the real dataset (target: at least ${TARGET_RATIO}× the floor, uncached)

| operation | req/s | p50 ms | p99 ms | ratio to floor | target | bytes/response |
| --- | --- | --- | --- | --- | --- | --- |
${ratioRows.join('\n')}

## With the response cache (target: at least ${TARGET_CACHED_RATIO}× the floor)

The same requests to a server with the response cache on (\`KB_RESPONSE_CACHE\`, on by default for the embedded
store): after the first round every answer comes from memory, so this measures the request pipeline around it.

| operation | req/s | p50 ms | p99 ms | ratio to floor | target |
| --- | --- | --- | --- | --- | --- |
${cachedRows.join('\n')}

## Growth (target: p99 at 100× at most ${TARGET_GROWTH}× the p99 at 1×)

Synthetic datasets (bench/scale/): the real dataset plus copies of NTT's subgraph as synthetic provinces; the
questions are the same, so the answers stay about the same size while the graph grows.

| operation | p99 ms 1× | p99 ms 10× | p99 ms 100× | 100× / 1× | target | req/s at 100× |
| --- | --- | --- | --- | --- | --- | --- |
${scaleRows.join('\n')}

## Start-up and memory (targets: 1× ready within 1 s; 100× within 3 s under 500 MB)

| dataset | ready after ms | resident when ready MB | peak resident MB | target |
| --- | --- | --- | --- | --- |
| 1× | ${f.startupMs['1']} | ${f.memoryMb['1']} | ${d.peakRssMb} | ${mark(f.startupMs['1'] <= 1000)} |
| 10× | ${d.scaled['10'].startupMs} | ${d.scaled['10'].readyRssMb} | ${d.scaled['10'].peakRssMb} | |
| 100× | ${f.startupMs['100']} | ${f.memoryMb['100']} | ${at100.peakRssMb} | ${mark(f.startupMs['100'] <= 3000 && f.memoryMb['100'] < 500)} |

"Ready" is from spawning \`node dist/server/main.js\` until \`GET /ready\` answers 200 (node's own start included).

${d.profileSection}
${d.neo4jSection}`;
}

/** A horizontal bar chart of each operation's ratio to the Apollo floor, with the target line. Plain SVG. */
function chart(f: BenchFigures): string {
  const rows = Object.entries(f.operations);
  const [left, width, rowHeight, top] = [150, 420, 26, 40];
  const max = Math.max(1, ...rows.map(([, r]) => r.ratioToFloor));
  const x = (ratio: number) => left + (ratio / max) * width;
  const height = top + rows.length * rowHeight + 30;
  const bars = rows.map(([name, r], i) => {
    const y = top + i * rowHeight;
    const fill = r.ratioToFloor >= TARGET_RATIO ? '#2e7d32' : '#c62828';
    return `<text x="${left - 8}" y="${y + 16}" text-anchor="end">${name}</text><rect x="${left}" y="${y + 4}" width="${Math.max(1, x(r.ratioToFloor) - left).toFixed(1)}" height="16" fill="${fill}"/><text x="${(x(r.ratioToFloor) + 4).toFixed(1)}" y="${y + 16}">${r.ratioToFloor.toFixed(2)}</text>`;
  });
  const target = x(TARGET_RATIO).toFixed(1);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${left + width + 60}" height="${height}" font-family="sans-serif" font-size="12">
<rect width="100%" height="100%" fill="white"/>
<text x="${left}" y="20" font-size="14">Throughput as a ratio to a minimal Apollo Server (${f.floor.rps} req/s in this run)</text>
${bars.join('\n')}
<line x1="${target}" y1="${top}" x2="${target}" y2="${height - 24}" stroke="#555" stroke-dasharray="4 3"/>
<text x="${target}" y="${height - 10}" text-anchor="middle">target ${TARGET_RATIO}</text>
</svg>
`;
}

/**
 * Writes the report, the chart and the figures. The Markdown goes through the repository's own Prettier settings, so
 * a committed report passes `npm run format:check` as written.
 */
export async function writeReport(dir: string, figures: BenchFigures, details: BenchDetails): Promise<void> {
  const path = join(dir, 'report.md');
  const options = (await resolveConfig(path)) ?? {};
  writeFileSync(path, await format(markdown(figures, details), { ...options, filepath: path }));
  writeFileSync(join(dir, 'chart.svg'), chart(figures));
  writeFileSync(join(dir, 'figures.json'), JSON.stringify(figures, null, 2) + '\n');
}
