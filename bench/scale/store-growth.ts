/**
 * `npm run bench:store -- [factor ...]`: the embedded store's own cost per call of the questions whose cost must
 * follow the size of their answer (responsibilities, partners, coverage, referral paths), on the real dataset and
 * on the synthetic ones (dist/bench-data/x<factor>, written by `npm run bench:data`), with the growth over 1x.
 * In process, no GraphQL or HTTP: this isolates the store from the rest of a request.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { loadDataset } from '../../seed/load-dataset';
import { MemoryKnowledgeStore } from '../../server/store/memory/memory-knowledge.store';
import { scaledDataDir } from './generate';

const STEPS = ['protection', 'prevention', 'prosecution', 'shelter', 'repatriation'];
const PLACES = ['ttu', 'kupang-city', 'belu', 'ntt', 'kefamenanu'];
const ORGANIZATIONS = ['yayasan-tapen-bikomi', 'dinas-sosial-ttu', 'polres-ttu', 'plbn-motaain', 'iom'];
const asOf = '2024-01-01';

type Call = (store: MemoryKnowledgeStore) => Promise<unknown>[];
const CALLS: Record<string, Call> = {
  responsibilities: (s) =>
    STEPS.flatMap((stepId) => PLACES.map((placeId) => s.findResponsibilities({ stepId, placeId, asOf }))),
  partners: (s) => ORGANIZATIONS.map((organizationId) => s.findPartners({ organizationId, asOf })),
  coverage: (s) => PLACES.map((placeId) => s.findCoverage({ placeId, asOf })),
  referralPaths: (s) => PLACES.map((placeId) => s.findReferralPaths({ placeId })),
};

/** Microseconds per call, over at least `ms` of repeated rounds of the call's varied arguments. */
async function timeCall(store: MemoryKnowledgeStore, call: Call, ms = 500): Promise<number> {
  // Warm up first, so that the first dataset measured does not pay for the JIT.
  const warm = performance.now();
  while (performance.now() - warm < ms / 2) await Promise.all(call(store));
  let calls = 0;
  const started = performance.now();
  while (performance.now() - started < ms) calls += (await Promise.all(call(store))).length;
  return ((performance.now() - started) * 1000) / calls;
}

async function main() {
  const factors = [1, ...(process.argv.slice(2).length > 0 ? process.argv.slice(2).map(Number) : [10, 100])];
  const perFactor: Record<string, Record<string, number>> = {};
  for (const factor of factors) {
    const store = new MemoryKnowledgeStore(loadDataset(factor === 1 ? {} : { dataDir: scaledDataDir(factor) }));
    perFactor[factor] = {};
    for (const [name, call] of Object.entries(CALLS)) perFactor[factor][name] = await timeCall(store, call);
  }
  console.log(
    `${'store call'.padEnd(18)}${factors.map((f) => `${f}x µs/call`.padStart(16)).join('')}   growth ${factors.at(-1)}x/1x`,
  );
  for (const name of Object.keys(CALLS)) {
    const figures = factors.map((f) => perFactor[f][name].toFixed(1).padStart(16)).join('');
    const growth = perFactor[factors.at(-1) as number][name] / perFactor[1][name];
    console.log(`${name.padEnd(18)}${figures}   ${growth.toFixed(1)}×`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
