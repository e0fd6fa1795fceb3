import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The parts of a V8 CPU profile (`node --cpu-prof`) this summary reads. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  /** CPU time sampled while the process was not idle, in ms. */
  busyMs: number;
  /** Self time by area (our folders, each library, the runtime), largest first, as [area, ms]. */
  byArea: [string, number][];
  /** The functions with the most self time, as [function at file:line, ms]. */
  topFunctions: [string, number][];
}

/** Where a frame's code lives: one of our top-level folders, a package, or the runtime. */
function areaOf(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'Node.js internals';
  const inPackage = url.split('/node_modules/').pop() as string;
  if (inPackage !== url) {
    const [scope, name] = inPackage.split('/');
    return scope.startsWith('@') ? `${scope}/${name}` : scope;
  }
  const ours = url.match(/\/(server|schema|seed|client)\//);
  return ours ? `ours: ${ours[1]}/` : 'other';
}

const location = (url: string, line: number) =>
  `${url.replace(/^.*\/node_modules\//, '').replace(/^.*\/(dist\/bench-build|bench-build)\//, '')}:${line + 1}`;

/** Self time of each sampled function, grouped by area; idle time is left out. */
export function summarizeProfile(profile: CpuProfile, top = 12): ProfileSummary {
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const byArea = new Map<string, number>();
  const byFunction = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = frames.get(id);
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    if (frame === undefined || frame.functionName === '(idle)') return;
    const area = areaOf(frame.url, frame.functionName);
    byArea.set(area, (byArea.get(area) ?? 0) + ms);
    const name =
      `${frame.functionName || '(anonymous)'} ${frame.url ? location(frame.url, frame.lineNumber) : ''}`.trim();
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
  });
  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  return {
    busyMs: [...byArea.values()].reduce((sum, ms) => sum + ms, 0),
    byArea: sorted(byArea),
    topFunctions: sorted(byFunction).slice(0, top),
  };
}

/** The newest `.cpuprofile` in a folder, or null. */
export function newestProfile(dir: string): string | null {
  if (!existsSync(dir)) return null;
  let newest: { path: string; at: number } | null = null;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.cpuprofile')) continue;
    const path = join(dir, name);
    const at = statSync(path).mtimeMs;
    if (newest === null || at > newest.at) newest = { path, at };
  }
  return newest?.path ?? null;
}

export const readProfile = (path: string): CpuProfile => JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;

/** The report's section on where the server's CPU time went. */
export function profileSection(summary: ProfileSummary | null, what: string): string {
  if (summary === null) {
    return `## Where the time goes\n\nRun \`npm run bench -- --cpu-prof\` to add the CPU profile of ${what} here.\n`;
  }
  const share = (ms: number) => `${((ms / summary.busyMs) * 100).toFixed(1)}%`;
  const sum = (test: (area: string) => boolean) =>
    summary.byArea.filter(([area]) => test(area)).reduce((total, [, ms]) => total + ms, 0);
  const ours = sum((area) => area.startsWith('ours:'));
  const execution = sum((area) => ['graphql', 'type-graphql', 'graphql-query-complexity', 'dataloader'].includes(area));
  const apolloAndHttp = sum(
    (area) => area.startsWith('@apollo/') || area.includes('fastify') || area === 'Node.js internals',
  );
  const gc = sum((area) => area === '(garbage collector)');
  const areas = summary.byArea.slice(0, 14).map(([area, ms]) => `| ${area} | ${Math.round(ms)} | ${share(ms)} |`);
  const functions = summary.topFunctions.map(([name, ms]) => `| \`${name}\` | ${Math.round(ms)} | ${share(ms)} |`);
  return `## Where the time goes (CPU profile of ${what})

Self time by area while the server was busy (${Math.round(summary.busyMs)} ms sampled, idle left out), over every
operation of the run. Our code (server/, schema/: store, services, resolvers, limits) took ${share(ours)}; query
execution in graphql-js, type-graphql, the cost analysis and DataLoader ${share(execution)}; Apollo Server, Fastify
and Node's HTTP and stream internals ${share(apolloAndHttp)}; garbage collection ${share(gc)}. type-graphql 2.0 (rc)
validates arguments in an \`async\` function even with validation off, so every field that takes an argument answers
with a promise; the rest of a large answer is graphql-js completing and serialising one field at a time.

| area | ms | share |
| --- | --- | --- |
${areas.join('\n')}

| function (self time) | ms | share |
| --- | --- | --- |
${functions.join('\n')}
`;
}
