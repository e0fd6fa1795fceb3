import Fastify, { FastifyInstance } from 'fastify';
import fastifyCompress from '@fastify/compress';
import fastifyCors from '@fastify/cors';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import type { ApolloServer } from '@apollo/server';
import type { RequestContext } from '../../schema/common/context';
import { STATUS_OF } from '../../schema/format-error';
import { ERROR_CODES } from '../knowledge/errors';
import type { HttpConfig } from '../config';
import type { KnowledgeStore } from '../knowledge/knowledge-store.port';
import { replyToHttpError, sendError } from './error-replies';
import { registerGraphqlRoute } from './graphql-route';
import { registerHealthRoutes } from './health-routes';
import { registerWebApp } from './web-app-routes';
import { DataDownloads } from './data-downloads';
import { registerDataDownloadRoutes } from './data-download-routes';

export interface HttpApp {
  app: FastifyInstance;
  /** The bulk downloads served at /data/, read from config.exportDir at start-up. */
  downloads: DataDownloads;
  /** From now on, requests are answered 503 SHUTTING_DOWN with Connection: close (requests in flight finish). */
  startDraining(): void;
}

/**
 * The HTTP edge on Fastify: body limit, timeouts against slow clients, security headers, CORS, compression, rate
 * limiting, the web app's static files, /graphql, /health, /ready and the bulk downloads at /data/. See
 * server/http/README.md for the policy.
 */
export async function createHttpApp(
  apollo: ApolloServer<RequestContext>,
  store: KnowledgeStore,
  config: HttpConfig,
): Promise<HttpApp> {
  const app = Fastify({
    bodyLimit: config.maxRequestBytes,
    // A client must send its request within this time, and an idle socket is closed after it.
    requestTimeout: config.slowClientTimeoutMs,
    connectionTimeout: config.slowClientTimeoutMs,
    keepAliveTimeout: config.keepAliveTimeoutMs,
    http: { headersTimeout: config.slowClientTimeoutMs, connectionsCheckingInterval: 1_000 },
    trustProxy: config.trustProxy,
    // Draining is answered by our own hook, in the API's error shape.
    return503OnClosing: false,
    logger: false,
  });
  let draining = false;
  app.addHook('onRequest', async (_request, reply) => {
    if (!draining) return;
    void reply.header('connection', 'close');
    return sendError(
      reply,
      STATUS_OF.SHUTTING_DOWN,
      ERROR_CODES.SHUTTING_DOWN,
      'the server is shutting down; retry in a moment',
    );
  });
  // Responses finishing during a drain close their connection, so kept-alive clients reconnect elsewhere.
  app.addHook('onSend', async (_request, reply) => {
    if (draining) void reply.header('connection', 'close');
  });
  app.setErrorHandler(replyToHttpError);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: true,
      // Same-origin only: the web app is bundled (no CDN); pages are served over plain HTTP on a LAN too. The bundled
      // query explorer (GraphiQL with its Monaco editor) injects <style> elements and starts its workers from blob:
      // URLs, so inline styles and blob: workers are allowed; scripts stay same-origin only.
      directives: {
        'style-src': ["'self'", "'unsafe-inline'"],
        'worker-src': ["'self'", 'blob:'],
        'font-src': ["'self'", 'data:'],
        'img-src': ["'self'", 'data:'],
        'upgrade-insecure-requests': null,
      },
    },
    // The API is read by web apps on other origins (see CORS below).
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });
  await app.register(fastifyCors, {
    // Public, read-only data without cookies or credentials: any origin may read it.
    origin: '*',
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['content-type', 'accept-language', 'apollo-require-preflight', 'x-apollo-operation-name'],
    credentials: false,
    maxAge: 600,
  });
  await app.register(fastifyCompress, { global: true, threshold: 1024, encodings: ['gzip', 'deflate'] });
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      message: `too many requests: at most ${context.max} per minute from one address; retry in ${context.after}`,
    }),
  });

  registerHealthRoutes(app, store);
  registerGraphqlRoute(app, {
    apollo,
    store,
    queryTimeoutMs: config.queryTimeoutMs,
    maxResponseBytes: config.maxResponseBytes,
    rateLimitPerMinute: config.rateLimitPerMinute,
    sandboxPage: config.sandboxPage,
    // Apollo's Sandbox page loads its script from Apollo's CDN: outside production only, the route's CSP allows it.
    helmet: config.sandboxPage ? { contentSecurityPolicy: false } : undefined,
  });
  const downloads = DataDownloads.fromDirectory(config.exportDir);
  registerDataDownloadRoutes(app, downloads);
  await registerWebApp(app, config.webAppDir);
  return { app, downloads, startDraining: () => void (draining = true) };
}
