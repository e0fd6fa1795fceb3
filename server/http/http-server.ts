import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import type { KnowledgeStore } from '../knowledge/knowledge-store.port';
import { PAYLOAD_TOO_LARGE } from '../../schema/format-error';
import { createRequestContext, RequestContext } from '../../schema/common/context';
import { withDeadline } from '../knowledge/deadline';

const READY_TIMEOUT_MS = 2000;

const sendJson = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
};

const errorBody = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

/** Reads the body, refusing more than `limit` bytes (the request size limit). */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve(null);
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Whether the store answers in time; a store's own bounds may be longer than a health check can wait. */
const isStoreReady = (store: KnowledgeStore): Promise<boolean> =>
  withDeadline(store.ping(), READY_TIMEOUT_MS).then(
    () => true,
    () => false,
  );

/**
 * The HTTP edge: /graphql (Apollo, with the request size limit applied before parsing), /health (alive) and /ready
 * (the store answers). A plain node:http server keeps the dependency list short and the routes visible.
 */
export function createHttpServer(
  apollo: ApolloServer<RequestContext>,
  store: KnowledgeStore,
  maxRequestBytes: number,
): Server {
  return createServer((req, res) => {
    handle(req, res).catch((error) => {
      console.error('unexpected HTTP error:', error);
      if (!res.headersSent) sendJson(res, 500, errorBody('Internal server error', 'INTERNAL_SERVER_ERROR'));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok' });
    if (url.pathname === '/ready') {
      const ready = await isStoreReady(store);
      return sendJson(
        res,
        ready ? 200 : 503,
        ready ? { status: 'ready' } : { status: 'unavailable', code: 'STORE_UNAVAILABLE' },
      );
    }
    if (url.pathname !== '/graphql')
      return sendJson(res, 404, errorBody(`no route ${url.pathname}; the API is at /graphql`, 'NOT_FOUND'));

    const body = await readBody(req, maxRequestBytes);
    if (body === null) {
      return sendJson(
        res,
        413,
        errorBody(`the request body is larger than ${maxRequestBytes} bytes`, PAYLOAD_TOO_LARGE),
      );
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let parsedBody: unknown = undefined;
    if (body.length > 0 && (headers.get('content-type') ?? '').includes('application/json')) {
      try {
        parsedBody = JSON.parse(body);
      } catch {
        return sendJson(res, 400, errorBody('the request body is not valid JSON', 'BAD_REQUEST'));
      }
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body: parsedBody },
      context: async () => createRequestContext(store, headers.get('accept-language')),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }
}
