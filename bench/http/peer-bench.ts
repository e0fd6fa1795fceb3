/**
 * The Neo4j half of `npm run bench`: our server on the database NEO4J_URI names and `@neo4j/graphql` 7 over the same
 * database (peer-server.ts), each its own process, checked to give the same records (peer-fairness.ts), then the
 * paired questions measured alternately under the same load. Also the Markdown section the report gets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRepoRoot } from '../../seed/paths';
import type { LoadResult } from './load-runner';
import { compareAnswers, describeResult, FairnessResult, unfairResults } from './peer-fairness';
import { oursFor, PEER_OPERATIONS, toPeerBodies } from './peer-operations';
import { RunningServer, startServer } from './processes';
import { toBodies } from './operations';

export interface Neo4jComparison {
  operations: Record<string, { ours: LoadResult; peer: LoadResult }>;
  fairness: FairnessResult[];
  peerVersion: string;
}

/** What `--json` prints under `neo4j`. */
export type Neo4jFigures = Record<
  string,
  {
    ours: { rps: number; p50Ms: number; p99Ms: number };
    peer: { rps: number; p50Ms: number; p99Ms: number };
    ratio: number;
  }
>;

export interface SideBySideHooks {
  script(...path: string[]): string;
  load(server: RunningServer, bodies: string[], seconds: number, path?: string): Promise<LoadResult>;
  log(line: string): void;
}

const peerVersion = (): string =>
  (
    JSON.parse(
      readFileSync(join(findRepoRoot(__dirname), 'node_modules', '@neo4j', 'graphql', 'package.json'), 'utf8'),
    ) as { version: string }
  ).version;

async function startBoth(hooks: SideBySideHooks) {
  // The rate limit would measure itself (the load comes from one address); Neo4j has no response cache anyway.
  const ours = await startServer({
    script: hooks.script('server', 'main.js'),
    env: { RATE_LIMIT_PER_MINUTE: '0', KB_RESPONSE_CACHE: 'off' },
    readyPath: '/ready',
    // /ready asks Neo4j, which plans every statement at our server's start: minutes on a saturated machine.
    timeoutMs: 300_000,
  });
  const peer = await startServer({
    script: hooks.script('bench', 'http', 'peer-server.js'),
    readyPath: '/',
    anyAnswer: true,
  });
  return { ours, peer };
}

/** Starts both servers, checks they agree, and fails listing every disagreement if they do not. */
export async function checkFairness(hooks: SideBySideHooks): Promise<FairnessResult[]> {
  const { ours, peer } = await startBoth(hooks);
  try {
    return await compareAndReport(ours, peer, hooks);
  } finally {
    await Promise.all([ours.stop(), peer.stop()]);
  }
}

async function compareAndReport(ours: RunningServer, peer: RunningServer, hooks: SideBySideHooks) {
  const fairness = await compareAnswers(`${ours.url}/graphql`, `${peer.url}/`);
  fairness.forEach((r) => hooks.log(`  ${describeResult(r)}`));
  const unfair = unfairResults(fairness);
  if (unfair.length > 0) {
    throw new Error(`the peer's answers differ from ours in ${unfair.length} case(s) (above): no fair comparison`);
  }
  return fairness;
}

export async function measureSideBySide(hooks: SideBySideHooks, seconds: number): Promise<Neo4jComparison> {
  const { ours, peer } = await startBoth(hooks);
  try {
    // The comparison also warms both: Neo4j plans each statement on its first run.
    const fairness = await compareAndReport(ours, peer, hooks);
    const operations: Neo4jComparison['operations'] = {};
    for (const peerOperation of PEER_OPERATIONS) {
      const oursResult = await hooks.load(ours, toBodies(oursFor(peerOperation)), seconds);
      const peerResult = await hooks.load(peer, toPeerBodies(peerOperation), seconds, '/');
      operations[peerOperation.name] = { ours: oursResult, peer: peerResult };
      hooks.log(
        `  ${peerOperation.name.padEnd(17)} ours ${oursResult.rps} req/s p99 ${oursResult.p99Ms} ms; ` +
          `@neo4j/graphql ${peerResult.rps} req/s p99 ${peerResult.p99Ms} ms` +
          (peerResult.non2xx + peerResult.errors > 0
            ? ` (${peerResult.non2xx} non-2xx, ${peerResult.errors} errors)`
            : ''),
      );
    }
    return { operations, fairness, peerVersion: peerVersion() };
  } finally {
    await Promise.all([ours.stop(), peer.stop()]);
  }
}

const figuresOf = (r: LoadResult) => ({ rps: r.rps, p50Ms: r.p50Ms, p99Ms: r.p99Ms });

export const toNeo4jFigures = (comparison: Neo4jComparison): Neo4jFigures =>
  Object.fromEntries(
    Object.entries(comparison.operations).map(([name, { ours, peer }]) => [
      name,
      {
        ours: figuresOf(ours),
        peer: figuresOf(peer),
        ratio: peer.rps > 0 ? Number((ours.rps / peer.rps).toFixed(2)) : Number.POSITIVE_INFINITY,
      },
    ]),
  );

/** The report's section: a table per paired question with the ratio against the 2x target, and the fairness check. */
export function neo4jSection(comparison: Neo4jComparison | null, neo4jUri: string | undefined): string {
  if (comparison === null) {
    return `## Neo4j: ours vs @neo4j/graphql\n\nNot measured: NEO4J_URI was ${neo4jUri === undefined ? 'not set' : 'set, but the side-by-side was skipped'}.\n`;
  }
  const figures = toNeo4jFigures(comparison);
  const rows = Object.entries(figures).map(
    ([name, f]) =>
      `| ${name} | ${f.ours.rps} | ${f.ours.p50Ms} | ${f.ours.p99Ms} | ${f.peer.rps} | ${f.peer.p50Ms} | ${f.peer.p99Ms} | ${f.ratio} | ${f.ratio >= 2 ? 'met' : 'missed'} |`,
  );
  const checked = comparison.fairness.map((r) => `- ${describeResult(r).replace(/\s+/g, ' ')}`);
  return `## Neo4j: ours vs @neo4j/graphql

The same questions on the same database: our server with its Neo4j store, and \`@neo4j/graphql\` ${comparison.peerVersion} behind
a minimal Apollo Server 5 (\`bench/http/peer-server.ts\`, schema in \`peer-schema.ts\`, queries in \`peer-operations.ts\`).
Ratio is ours / peer in requests per second; the target is 2.

| question | ours req/s | ours p50 ms | ours p99 ms | peer req/s | peer p50 ms | peer p99 ms | ratio | target |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

What the peer cannot say: validity \`asOf\` needs its string ordering filters turned on; "the step or under it" is
spelt out one level deep (the vocabulary's depth); "places around a place" needs a hand-written \`@cypher\` field
(\`Place.around\`); uncovered steps, the grouping of candidates by organisation and the union of instruments are left
to the client; search has Lucene's order and no typo tolerance, so its records are not expected to match.

Same records (ids, as sets) in both answers, checked before measuring:

${checked.join('\n')}
`;
}
