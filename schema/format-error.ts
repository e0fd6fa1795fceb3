import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import type { ApolloServerPlugin } from '@apollo/server';
import { DomainError, ERROR_CODES } from '../server/knowledge/errors';

/**
 * The one place that knows both worlds: domain errors become client errors with a stable code and an HTTP status;
 * anything unexpected is logged and masked, so no stack trace, driver message or Cypher reaches a client.
 */

/** Refusals made at the edge (limits, time, rate), with their HTTP status. Codes are API: never rename one. */
export const EDGE_ERRORS = {
  QUERY_TOO_COMPLEX: { code: 'QUERY_TOO_COMPLEX', status: 400 },
  PAYLOAD_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', status: 413 },
  OPERATION_NOT_SUPPORTED: { code: 'OPERATION_NOT_SUPPORTED', status: 400 },
  QUERY_TIMEOUT: { code: 'QUERY_TIMEOUT', status: 503 },
  RATE_LIMITED: { code: 'RATE_LIMITED', status: 429 },
  SHUTTING_DOWN: { code: 'SHUTTING_DOWN', status: 503 },
} as const;
export type EdgeError = keyof typeof EDGE_ERRORS;

export const QUERY_TOO_COMPLEX = EDGE_ERRORS.QUERY_TOO_COMPLEX.code;
export const PAYLOAD_TOO_LARGE = EDGE_ERRORS.PAYLOAD_TOO_LARGE.code;

/** An edge refusal as a GraphQL error that carries its code and HTTP status through Apollo. */
export const edgeError = (kind: EdgeError, message: string): GraphQLError =>
  new GraphQLError(message, {
    extensions: { code: EDGE_ERRORS[kind].code, http: { status: EDGE_ERRORS[kind].status } },
  });

const STATUS_OF: Record<string, number> = {
  [ERROR_CODES.NOT_FOUND]: 404,
  [ERROR_CODES.STORE_UNAVAILABLE]: 503,
};

/** Codes a client may see, with the message as written. Everything else is masked. */
const PUBLIC_CODES = new Set<string>([
  ...Object.values(ERROR_CODES),
  ...Object.values(EDGE_ERRORS).map((e) => e.code),
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
]);

const MAX_QUOTED_CHARS = 60;
const MAX_MESSAGE_CHARS = 400;

/**
 * Shortens what a message echoes back from the request (quoted ids, field names, values), so a long input is never
 * answered whole: each quoted part keeps its first characters, and the message as a whole is capped.
 */
export function truncateEchoes(message: string): string {
  const shortened = message.replace(/"([^"]*)"/g, (quoted, inner: string) =>
    inner.length > MAX_QUOTED_CHARS ? `"${inner.slice(0, MAX_QUOTED_CHARS)}…"` : quoted,
  );
  return shortened.length > MAX_MESSAGE_CHARS ? `${shortened.slice(0, MAX_MESSAGE_CHARS)}…` : shortened;
}

/**
 * Apollo plugin: a response that carries domain errors gets the HTTP status of the most serious one (503 for an
 * unavailable store, 404 for an unknown id, 400 for other bad input). Resolvers simply throw domain errors.
 */
export function domainErrorStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ errors, response }) {
          const statuses = (errors ?? [])
            .map((e) => unwrapResolverError(e))
            .filter((e): e is DomainError => e instanceof DomainError)
            .map((e) => STATUS_OF[e.code] ?? 400);
          if (statuses.length > 0) response.http.status = Math.max(response.http.status ?? 0, ...statuses);
        },
      };
    },
  };
}

/** graphql-js's own words (typo included: "more that") when a document passes the parser's token limit. */
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more (?:than|that) (\d+) tokens/;

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (TOO_MANY_TOKENS.test(formatted.message)) {
    // A document too long is the same mistake as one too complex: one code for both.
    const limit = TOO_MANY_TOKENS.exec(formatted.message)?.[1];
    const message = `the document has more than ${limit} tokens, the limit. Ask for fewer fields or aliases, or split the query.`;
    return { message, extensions: { code: EDGE_ERRORS.QUERY_TOO_COMPLEX.code } };
  }
  if (original instanceof DomainError) {
    return { message: truncateEchoes(original.message), path: formatted.path, extensions: { code: original.code } };
  }
  // A limit refused in validation keeps its own code, not Apollo's generic GRAPHQL_VALIDATION_FAILED.
  const limitCode = error instanceof GraphQLError ? error.originalError : undefined;
  const code =
    limitCode instanceof GraphQLError && typeof limitCode.extensions.code === 'string'
      ? limitCode.extensions.code
      : formatted.extensions?.code;
  if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
    return {
      message: truncateEchoes(formatted.message),
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code },
    };
  }
  console.error('internal error while answering a request:', original);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
