import type { FastifyInstance } from 'fastify';
import type { KnowledgeStore } from '../knowledge/knowledge-store.port';
import { withDeadline } from '../knowledge/deadline';

const READY_TIMEOUT_MS = 2000;

/** Whether the store answers in time; a store's own bounds may be longer than a health check can wait. */
const isStoreReady = (store: KnowledgeStore): Promise<boolean> =>
  withDeadline(store.ping(), READY_TIMEOUT_MS).then(
    () => true,
    () => false,
  );

/** GET /health: the process answers. GET /ready: its store answers too (a load balancer's readiness probe). */
export function registerHealthRoutes(app: FastifyInstance, store: KnowledgeStore): void {
  const noLimit = { rateLimit: false };
  app.get('/health', { config: noLimit }, async () => ({ status: 'ok' }));
  app.get('/ready', { config: noLimit }, async (_request, reply) => {
    const ready = await isStoreReady(store);
    return reply
      .code(ready ? 200 : 503)
      .send(ready ? { status: 'ready' } : { status: 'unavailable', code: 'STORE_UNAVAILABLE' });
  });
}
