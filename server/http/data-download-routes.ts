import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DATA_DOWNLOADS_PATH, DataDownloads } from './data-downloads';

/**
 * /data/ on Fastify: every method reaches DataDownloads, which answers GET and HEAD and refuses the others with 405,
 * so the edge holds no download logic of its own. /data (no slash) redirects to the listing.
 */
export function registerDataDownloadRoutes(app: FastifyInstance, downloads: DataDownloads): void {
  const answer = (request: FastifyRequest, reply: FastifyReply) => {
    const response = downloads.respond({
      method: request.method,
      path: request.url.split('?')[0],
      ifNoneMatch: request.headers['if-none-match'],
      accept: request.headers.accept,
    });
    return reply.code(response.status).headers(response.headers).send(response.body);
  };
  app.get('/data', (_request, reply) => reply.redirect(DATA_DOWNLOADS_PATH, 301));
  app.route({
    method: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    url: `${DATA_DOWNLOADS_PATH}*`,
    // HEAD is declared above and answered without a body by DataDownloads itself.
    exposeHeadRoute: false,
    handler: answer,
  });
}
