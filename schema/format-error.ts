import type { GraphQLFormattedError } from 'graphql';
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import type { ApolloServerPlugin } from '@apollo/server';
import { DomainError, ERROR_CODES, type ErrorCode } from '../server/knowledge/errors';

/**
 * The one place that knows both worlds: domain errors become client errors with a stable code and an HTTP status;
 * anything unexpected is logged and masked, so no stack trace, driver message or Cypher reaches a client.
 */
export const { QUERY_TOO_COMPLEX, PAYLOAD_TOO_LARGE } = ERROR_CODES;

/** The HTTP status of each code; a new code in the core's table does not compile until it has one here. */
const STATUS_OF: Record<ErrorCode, number> = {
  UNKNOWN_REGION: 400,
  UNKNOWN_STEP: 400,
  UNKNOWN_ORGANIZATION: 400,
  NOT_FOUND: 404,
  INVALID_DATE: 400,
  INVALID_CURSOR: 400,
  BAD_USER_INPUT: 400,
  STORE_UNAVAILABLE: 503,
  QUERY_TOO_COMPLEX: 400,
  PAYLOAD_TOO_LARGE: 413,
  INTERNAL_SERVER_ERROR: 500,
};

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
          if (statuses.length > 0) response.http.status = Math.max(...statuses);
        },
      };
    },
  };
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return { message: original.message, path: formatted.path, extensions: { code: original.code } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  console.error('internal error while answering a request:', original);
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: ERROR_CODES.INTERNAL_SERVER_ERROR },
  };
}
