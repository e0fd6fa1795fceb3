import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_OF, truncateEchoes } from '../../schema/format-error';
import { ERROR_CODES } from '../knowledge/errors';

/** The body of every refusal made outside GraphQL: the same shape and codes as a GraphQL error. */
export const errorBody = (message: string, code: string) => ({
  errors: [{ message: truncateEchoes(message), extensions: { code } }],
});

export const sendError = (reply: FastifyReply, status: number, code: string, message: string) =>
  reply.code(status).type('application/json; charset=utf-8').send(errorBody(message, code));

/**
 * Fastify's own refusals (body too large, bad JSON, bad content type, rate limit) in the API's error shape with a
 * stable code; anything unexpected is logged and masked.
 */
export function replyToHttpError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status = error.statusCode ?? 500;
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || status === 413) {
    return sendError(
      reply,
      STATUS_OF.PAYLOAD_TOO_LARGE,
      ERROR_CODES.PAYLOAD_TOO_LARGE,
      `the request body is larger than the limit (${request.routeOptions.bodyLimit ?? 'configured'} bytes)`,
    );
  }
  if (status === 429) {
    return sendError(reply, STATUS_OF.RATE_LIMITED, ERROR_CODES.RATE_LIMITED, error.message);
  }
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return sendError(reply, 415, 'BAD_REQUEST', 'send the query as application/json (POST) or in the URL (GET)');
  }
  if (status >= 400 && status < 500) {
    const what =
      error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ? 'the request body is empty' : 'the request body is not valid JSON';
    return sendError(
      reply,
      400,
      'BAD_REQUEST',
      error.code?.startsWith('FST_ERR_CTP') ? `${what}; send {"query": "…"}` : error.message,
    );
  }
  console.error('unexpected HTTP error:', error);
  return sendError(reply, 500, ERROR_CODES.INTERNAL_SERVER_ERROR, 'Internal server error');
}
