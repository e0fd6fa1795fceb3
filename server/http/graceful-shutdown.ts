import type { ApolloServer } from '@apollo/server';
import type { RequestContext } from '../../schema/common/context';
import type { KnowledgeStore } from '../knowledge/knowledge-store.port';
import type { HttpApp } from './create-http-app';

export interface ShutdownParts {
  http: HttpApp;
  apollo: ApolloServer<RequestContext>;
  store: KnowledgeStore;
  /** How long requests in flight may take to finish before their connections are closed. */
  graceMs: number;
  /** How long closing the store may take (a hung Neo4j must not keep the process alive). */
  storeCloseMs: number;
  log?: (line: string) => void;
}

/** Resolves true when the work finished in time, false when the time ran out first; never rejects. */
async function finishesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([
      work.then(
        () => true,
        () => true,
      ),
      expired,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Graceful shutdown, in the order that loses nothing: stop accepting connections and answer new requests on open
 * ones 503 SHUTTING_DOWN with Connection: close; let requests in flight finish (closing their connections after the
 * grace period); only then stop Apollo (so no request meets a stopped server) and close the store, within a bound.
 */
export async function shutDownGracefully(parts: ShutdownParts): Promise<void> {
  const { http, apollo, store, graceMs, storeCloseMs, log = () => undefined } = parts;
  const started = Date.now();
  http.startDraining();
  const forceClose = setTimeout(() => {
    log(`requests still in flight after ${graceMs} ms: closing their connections`);
    http.app.server.closeAllConnections();
  }, graceMs);
  await http.app.close();
  clearTimeout(forceClose);
  await apollo.stop();
  if (!(await finishesWithin(store.close(), storeCloseMs))) {
    log(`the store did not close within ${storeCloseMs} ms; leaving it`);
  }
  log(`stopped in ${Date.now() - started} ms`);
}
