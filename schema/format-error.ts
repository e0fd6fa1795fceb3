import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import type { ApolloServerPlugin } from '@apollo/server';
import { DomainError, ERROR_CODES, type ErrorCode } from '../server/knowledge/errors';

/**
 * The one place that knows both worlds: domain errors become client errors with a stable code and an HTTP status;
 * anything unexpected is logged and masked, so no stack trace, driver message or Cypher reaches a client.
 */
export const { QUERY_TOO_COMPLEX, PAYLOAD_TOO_LARGE } = ERROR_CODES;

/** The HTTP status of each code; a new code in the core's table does not compile until it has one here. */
export const STATUS_OF: Record<ErrorCode, number> = {
  UNKNOWN_REGION: 400,
  UNKNOWN_STEP: 400,
  UNKNOWN_ORGANIZATION: 400,
  AMBIGUOUS_NAME: 400,
  NOT_FOUND: 404,
  INVALID_DATE: 400,
  INVALID_CURSOR: 400,
  BAD_USER_INPUT: 400,
  STORE_UNAVAILABLE: 503,
  QUERY_TOO_COMPLEX: 400,
  PAYLOAD_TOO_LARGE: 413,
  OPERATION_NOT_SUPPORTED: 400,
  QUERY_TIMEOUT: 503,
  RATE_LIMITED: 429,
  SHUTTING_DOWN: 503,
  METHOD_NOT_ALLOWED: 405,
  INTERNAL_SERVER_ERROR: 500,
};

/** A refusal made at the edge (a limit, the deadline) as a GraphQL error carrying its code and HTTP status. */
export const edgeError = (code: ErrorCode, message: string): GraphQLError =>
  new GraphQLError(message, { extensions: { code, http: { status: STATUS_OF[code] } } });

/**
 * Codes a client may see, with the message as written. Everything else is masked, INTERNAL_SERVER_ERROR included:
 * Apollo gives that code to any unexpected throw, with the thrown message (which may hold Cypher).
 */
const PUBLIC_CODES = new Set<string>([
  ...Object.values(ERROR_CODES).filter((code) => code !== ERROR_CODES.INTERNAL_SERVER_ERROR),
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
            .map((e) => STATUS_OF[e.code]);
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
  const tokenLimit = TOO_MANY_TOKENS.exec(formatted.message)?.[1];
  if (tokenLimit !== undefined) {
    // A document too long is the same mistake as one too complex: one code for both.
    return {
      message: `the document has more than ${tokenLimit} tokens, the limit. Ask for fewer fields or aliases, or split the query.`,
      extensions: { code: QUERY_TOO_COMPLEX },
    };
  }
  if (original instanceof DomainError) {
    return {
      message: truncateEchoes(original.message),
      path: formatted.path,
      extensions: { ...original.details, code: original.code },
    };
  }
  // A limit refused in validation keeps its own code, not Apollo's generic GRAPHQL_VALIDATION_FAILED.
  const limitError = error instanceof GraphQLError ? error.originalError : undefined;
  const code =
    limitError instanceof GraphQLError && typeof limitError.extensions.code === 'string'
      ? limitError.extensions.code
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
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: ERROR_CODES.INTERNAL_SERVER_ERROR },
  };
}
