import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApolloServer, HeaderMap, HTTPGraphQLResponse } from '@apollo/server';
import { createRequestContext, RequestContext } from '../../schema/common/context';
import { STATUS_OF } from '../../schema/format-error';
import { ERROR_CODES } from '../knowledge/errors';
import type { KnowledgeStore } from '../knowledge/knowledge-store.port';
import { sendError } from './error-replies';
import { entityTagOf, isNotModified } from './entity-tags';

export interface GraphqlRouteOptions {
  apollo: ApolloServer<RequestContext>;
  store: KnowledgeStore;
  queryTimeoutMs: number;
  maxResponseBytes: number;
  rateLimitPerMinute: number;
  /** Whether Apollo's Sandbox page answers browsers at GET /graphql. */
  sandboxPage: boolean;
  /** Route-level helmet options (the Sandbox page needs its CDN script allowed). */
  helmet?: { contentSecurityPolicy: false };
}

const toHeaderMap = (request: FastifyRequest): HeaderMap => {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
};

/** Resolves to null once `ms` have passed; the timer does not keep the process alive. */
const timeout = (ms: number): { expired: Promise<null>; cancel: () => void } => {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
    timer.unref();
  });
  return { expired, cancel: () => clearTimeout(timer) };
};

/**
 * POST and GET /graphql through Apollo, with the edge's bounds: an answer that takes longer than the deadline is
 * abandoned and answered QUERY_TIMEOUT (the execution itself stops resolving fields at the same deadline), and an
 * answer larger than the response cap is refused instead of sent.
 */
export function registerGraphqlRoute(app: FastifyInstance, options: GraphqlRouteOptions): void {
  const { apollo, store, queryTimeoutMs, maxResponseBytes, rateLimitPerMinute } = options;

  async function handle(request: FastifyRequest, reply: FastifyReply) {
    const headers = toHeaderMap(request);
    const search = new URL(request.url, 'http://localhost').search;
    if (
      !options.sandboxPage &&
      request.method === 'GET' &&
      !search &&
      (headers.get('accept') ?? '').includes('text/html')
    ) {
      // A browser opening the API's address: say what it is rather than answer with a CSRF refusal.
      return sendError(
        reply,
        400,
        'BAD_REQUEST',
        'this is the GraphQL API: POST {"query": "…"} as JSON; the web app is at /',
      );
    }
    const clock = timeout(queryTimeoutMs);
    const response: HTTPGraphQLResponse | null = await Promise.race([
      apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: request.method.toUpperCase(),
          headers,
          search,
          body: request.body,
        },
        context: async () => createRequestContext(store, headers.get('accept-language')),
      }),
      clock.expired,
    ]).finally(clock.cancel);

    if (response === null) {
      return sendError(
        reply,
        STATUS_OF.QUERY_TIMEOUT,
        ERROR_CODES.QUERY_TIMEOUT,
        `the query did not finish within ${queryTimeoutMs} ms and was stopped; ask for less (smaller pages, fewer nested lists) or try again later`,
      );
    }
    for (const [key, value] of response.headers) void reply.header(key, value);
    void reply.code(response.status ?? 200);
    if (response.body.kind !== 'complete') return reply.send(Readable.from(response.body.asyncIterator));
    if (Buffer.byteLength(response.body.string) > maxResponseBytes) {
      return sendError(
        reply,
        STATUS_OF.QUERY_TOO_COMPLEX,
        ERROR_CODES.QUERY_TOO_COMPLEX,
        `the answer is larger than ${maxResponseBytes} bytes; ask for smaller pages (first) or fewer fields`,
      );
    }
    if (request.method === 'GET' && (response.status ?? 200) === 200) {
      // A GET is a cacheable read: the tag lets a client or proxy revalidate and get 304 instead of the answer again.
      const etag = entityTagOf(response.body.string);
      void reply.header('etag', etag).header('cache-control', 'no-cache');
      if (isNotModified(request.headers['if-none-match'], etag)) return reply.code(304).send();
    }
    return reply.send(response.body.string);
  }

  const rateLimit =
    rateLimitPerMinute > 0
      ? { rateLimit: { max: rateLimitPerMinute, timeWindow: 60_000 } }
      : { rateLimit: false as const };
  app.route({
    method: ['GET', 'POST'],
    url: '/graphql',
    config: rateLimit,
    ...(options.helmet ? { helmet: options.helmet } : {}),
    handler: handle,
  });
}
