import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import type { MiddlewareFn } from 'type-graphql';
import { DomainError, ERROR_CODES } from '../server/knowledge/errors';

/**
 * The one place that knows both worlds: domain errors become client errors with a stable code and an HTTP status;
 * anything unexpected is logged and masked, so no stack trace, driver message or Cypher reaches a client.
 */
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';
export const PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE';

const STATUS_OF: Record<string, number> = {
  [ERROR_CODES.NOT_FOUND]: 404,
  [ERROR_CODES.STORE_UNAVAILABLE]: 503,
};

/** Codes a client may see, with the message as written. Everything else is masked. */
const PUBLIC_CODES = new Set<string>([
  ...Object.values(ERROR_CODES),
  QUERY_TOO_COMPLEX,
  PAYLOAD_TOO_LARGE,
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
]);

export function toGraphQLError(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: { code: error.code, http: { status: STATUS_OF[error.code] ?? 400 } },
  });
}

/** type-graphql middleware: domain errors thrown by services leave the resolver as client errors. */
export const DomainErrorMiddleware: MiddlewareFn = async (_action, next) => {
  try {
    return await next();
  } catch (error) {
    throw error instanceof DomainError ? toGraphQLError(error) : error;
  }
};

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
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
