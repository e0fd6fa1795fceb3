/**
 * The check that the side-by-side compares like with like: for each paired question and a sample of its arguments,
 * our answer and the peer's must hold the same records (by id, as sets, per part of the answer). Run by `npm run bench`
 * before it measures on Neo4j (a disagreement stops the run), and alone by `npm run bench -- --peer-check`.
 */
import { oursFor, PEER_OPERATIONS, PeerOperation } from './peer-operations';

type Json = Record<string, unknown>;

export interface FairnessResult {
  operation: string;
  variables: Record<string, unknown>;
  /** Parts whose id sets differ, with the ids only ours or only the peer's answer holds. */
  differences: { part: string; onlyOurs: string[]; onlyPeer: string[] }[];
}

/**
 * Questions whose answers differ by design, so their records are reported, not required to agree: search ranks with
 * our shared ranking (tiers, typo tolerance, glossary); the peer returns Lucene's hits in Lucene's score order.
 */
export const DIFFERENT_BY_DESIGN = new Set(['search']);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Our server plans its statements in the background after start (plan-warm-up.ts); until then, on a busy machine, a
 * request can answer STORE_UNAVAILABLE (503). Such an answer is asked again for up to a minute.
 */
async function post(url: string, body: unknown, retriesLeft = 30): Promise<Json> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).catch((error: unknown) => {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    throw new Error(`${url} did not answer ${JSON.stringify(body).slice(0, 120)}…${cause}`);
  });
  if (res.status === 503 && retriesLeft > 0) {
    await res.body?.cancel();
    await sleep(2000);
    return post(url, body, retriesLeft - 1);
  }
  const answer = (await res.json()) as { data?: Json; errors?: unknown };
  if (res.status !== 200 || answer.errors !== undefined || answer.data === undefined) {
    throw new Error(`${url} answered ${res.status}: ${JSON.stringify(answer.errors).slice(0, 400)}`);
  }
  return answer.data;
}

/** The first, a middle and the last argument set of the rotation: at least two whenever the rotation has two. */
const sampleOf = <T>(items: T[]): T[] => [
  ...new Set([items[0], items[Math.floor(items.length / 2)], items[items.length - 1]]),
];

function differencesBetween(ours: Record<string, string[]>, peer: Record<string, string[]>, oursIsPartial: boolean) {
  return Object.keys(ours).flatMap((part) => {
    const [a, b] = [new Set(ours[part]), new Set(peer[part] ?? [])];
    const onlyOurs = [...a].filter((id) => !b.has(id)).sort();
    const onlyPeer = oursIsPartial ? [] : [...b].filter((id) => !a.has(id)).sort();
    return onlyOurs.length + onlyPeer.length === 0 ? [] : [{ part, onlyOurs, onlyPeer }];
  });
}

export async function compareAnswers(
  oursUrl: string,
  peerUrl: string,
  operations: PeerOperation[] = PEER_OPERATIONS,
): Promise<FairnessResult[]> {
  const results: FairnessResult[] = [];
  for (const peer of operations) {
    const ours = oursFor(peer);
    for (const variables of sampleOf(ours.variables)) {
      const oursData = await post(oursUrl, { query: ours.query, variables });
      const peerData = await post(peerUrl, peer.toRequest(variables));
      const partial = peer.oursIsPartial?.(oursData) ?? false;
      const differences = differencesBetween(peer.ids.ours(oursData), peer.ids.peer(peerData), partial);
      results.push({ operation: peer.name, variables, differences });
    }
  }
  return results;
}

/** One line per question and argument set: "same records", or what differs. */
export const describeResult = (r: FairnessResult): string =>
  `${r.operation.padEnd(17)} ${JSON.stringify(r.variables).padEnd(64)} ` +
  (r.differences.length === 0
    ? 'same records'
    : r.differences
        .map((d) => `${d.part}: only ours [${d.onlyOurs.join(', ')}], only peer [${d.onlyPeer.join(', ')}]`)
        .join('; '));

/** The results that must agree and do not. */
export const unfairResults = (results: FairnessResult[]) =>
  results.filter((r) => r.differences.length > 0 && !DIFFERENT_BY_DESIGN.has(r.operation));
