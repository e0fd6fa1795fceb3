import 'reflect-metadata';
import fc from 'fast-check';
import { startTestHttpServer } from '../../test/support/test-api';
import { requestArbitrary } from '../../test/support/query-arbitrary';
import { realDataset } from '../../test/support/real-dataset';
import { buildKnowledgeSchema } from '../../schema/build-schema';
import { createServices } from '../../server/services';

/**
 * npm run bench:limits: how fast the limits refuse the probes of issue 8, and how large and slow the costliest
 * accepted queries are, found by hand (aliases of the widest shapes, scaled up to the cost limit) and by a fuzz search.
 */
const SEARCH_RUNS = Number(process.env.SEARCH_RUNS ?? 2000);

const fragmentBomb = (levels: number) => {
  const fragments = [`fragment F0 on Query { steps { id } }`];
  for (let i = 1; i <= levels; i++) fragments.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
  return `query { ...F${levels} } ${fragments.join(' ')}`;
};

const PROBES: Record<string, string> = {
  'nested fragment spreads (40 levels, 2^40 expansions)': fragmentBomb(40),
  '1,000 aliases of a small list': `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: steps { id }`).join(' ')} }`,
  '21 aliases of a small list': `{ ${Array.from({ length: 21 }, (_, i) => `a${i}: steps { id }`).join(' ')} }`,
  '3,000-deep document': `{ organization(id: "x") { ${'parent { '.repeat(3000)} id ${'} '.repeat(3000)} } }`,
  'a mutation': 'mutation { x }',
};

/** Shapes that answer the most per unit of cost; each is repeated under aliases up to the cost limit. */
const SHAPES: Record<string, (i: number) => string> = {
  'organisations with notes and sources': (i) =>
    `o${i}: organizations(first: 100) { nodes { id label note aliases acronyms sources { quote locator } } }`,
  'organisations with mandates': (i) =>
    `o${i}: organizations(first: 60) { nodes { label note mandates { label note } } }`,
  'instruments with mandates': (i) =>
    `i${i}: instruments(first: 100) { nodes { label note sources { quote } mandatesGranted { label note } } }`,
  'coverage (as the typed client asks)': (i) =>
    `c${i}: coverage(region: "ntt") { steps { step { id label } covered responsibilities { organization { id label } role scope region { id label } } } uncoveredSteps { id label } gaps { scope gap { id label kind asOf } } }`,
  'full introspection': (i) =>
    `s${i}: __schema { types { name description fields { name description args { name type { name kind ofType { name kind ofType { name } } } } type { name kind ofType { name kind ofType { name } } } } } }`,
};

async function main() {
  const server = await startTestHttpServer();
  const send = async (query: string, variables: Record<string, unknown> = {}) => {
    const started = process.hrtime.bigint();
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    return { ms: Number(process.hrtime.bigint() - started) / 1e6, status: res.status, bytes: text.length, text };
  };
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  await send('{ steps { id } }');

  console.log('refusals (median of 20, over HTTP on loopback):');
  for (const [name, query] of Object.entries(PROBES)) {
    const runs = [];
    for (let i = 0; i < 20; i++) runs.push(await send(query));
    const code = JSON.parse(runs[0].text).errors?.[0]?.extensions?.code;
    console.log(`  ${name}: ${runs[0].status} ${code} in ${median(runs.map((r) => r.ms)).toFixed(1)} ms`);
  }

  console.log('costliest accepted, by hand (most aliases the limits accept; median of 5):');
  for (const [name, shape] of Object.entries(SHAPES)) {
    let most = 0;
    for (let k = 1; k <= 20; k++) {
      const r = await send(`{ ${Array.from({ length: k }, (_, i) => shape(i)).join(' ')} }`);
      if (r.status !== 200) break;
      most = k;
    }
    if (most === 0) {
      console.log(`  ${name}: refused even once`);
      continue;
    }
    const query = `{ ${Array.from({ length: most }, (_, i) => shape(i)).join(' ')} }`;
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push(await send(query));
    console.log(
      `  ${name} x${most}: ${median(runs.map((r) => r.ms)).toFixed(0)} ms, ${(runs[0].bytes / 1e6).toFixed(2)} MB`,
    );
  }

  const schema = await buildKnowledgeSchema(createServices(server.store));
  const dataset = realDataset();
  const ids = [...dataset.organizations, ...dataset.places, ...dataset.instruments, ...dataset.steps].map((r) => r.id);
  const accepted: { ms: number; bytes: number; query: string }[] = [];
  let fivexx = 0;
  for (const request of fc.sample(requestArbitrary(schema, ids), SEARCH_RUNS)) {
    const r = await send(request.query, request.variables);
    if (r.status >= 500) fivexx++;
    if (r.status === 200) accepted.push({ ms: r.ms, bytes: r.bytes, query: request.query });
  }
  const bySize = [...accepted].sort((a, b) => b.bytes - a.bytes);
  const byTime = [...accepted].sort((a, b) => b.ms - a.ms);
  console.log(
    `fuzz search: ${SEARCH_RUNS} generated requests, ${accepted.length} answered 200, ${fivexx} answered 5xx`,
  );
  console.log(`  largest accepted: ${(bySize[0].bytes / 1e6).toFixed(2)} MB in ${bySize[0].ms.toFixed(0)} ms`);
  console.log(`  slowest accepted: ${byTime[0].ms.toFixed(0)} ms for ${(byTime[0].bytes / 1e6).toFixed(2)} MB`);
  await server.stop();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
