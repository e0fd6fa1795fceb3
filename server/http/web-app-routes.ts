import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { sendError } from './error-replies';

/** Paths that belong to the API, never to the web app's client-side routes. */
const API_PATHS = ['/graphql', '/data', '/health', '/ready'];

const isApiPath = (path: string) => API_PATHS.some((p) => path === p || path.startsWith(`${p}/`));

/** Vite puts content-hashed files under assets/: a new build gives them new names, so they never change. */
const isHashedAsset = (filePath: string) => /[/\\]assets[/\\]/.test(filePath);

/**
 * Serves the built web app (client/web/dist) at `/` when it exists: hashed assets cached for a year as immutable,
 * everything else revalidated. A deep link (an unknown GET path asked for as HTML, outside the API) gets index.html,
 * so the web app's own router can show it. Anything else unknown is a JSON 404 naming the API's routes.
 */
export async function registerWebApp(app: FastifyInstance, webAppDir: string): Promise<boolean> {
  const hasWebApp = existsSync(join(webAppDir, 'index.html'));
  if (hasWebApp) {
    await app.register(fastifyStatic, {
      root: webAppDir,
      prefix: '/',
      cacheControl: false,
      setHeaders: (res, filePath) =>
        res.setHeader('cache-control', isHashedAsset(filePath) ? 'public, max-age=31536000, immutable' : 'no-cache'),
    });
  }
  app.setNotFoundHandler({ preHandler: undefined }, (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0];
    const wantsPage = (request.headers.accept ?? '').includes('text/html');
    if (hasWebApp && (request.method === 'GET' || request.method === 'HEAD') && wantsPage && !isApiPath(path)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendError(reply, 404, 'NOT_FOUND', `no route ${request.method} ${path}; the API is at /graphql`);
  });
  return hasWebApp;
}
