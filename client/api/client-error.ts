import type { GraphQLFormattedError } from 'graphql';
import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client';
import type { ErrorCode } from '../../server/knowledge/errors';

/** Codes the client adds for failures that never reached a GraphQL answer. */
export const CLIENT_ERROR_CODES = {
  NETWORK_ERROR: 'NETWORK_ERROR',
  TIMEOUT: 'TIMEOUT',
  HTTP_ERROR: 'HTTP_ERROR',
  BAD_RESPONSE: 'BAD_RESPONSE',
  UNKNOWN_ERROR: 'UNKNOWN_ERROR',
} as const;

export type ClientSideErrorCode = (typeof CLIENT_ERROR_CODES)[keyof typeof CLIENT_ERROR_CODES];

/**
 * The API's codes (the public contract in server/knowledge/errors.ts), GraphQL's own parse and validation codes,
 * the client's codes, or any other code a newer server may send.
 */
export type ClientErrorCode =
  ErrorCode | 'GRAPHQL_VALIDATION_FAILED' | 'GRAPHQL_PARSE_FAILED' | ClientSideErrorCode | (string & {});

export interface ClientErrorDetails {
  /** HTTP status of the answer, when there was one. */
  statusCode?: number;
  /** Every error the server returned (the first gives `code` and `message`). */
  errors?: readonly GraphQLFormattedError[];
  cause?: unknown;
}

/** Any failed request: the server's `extensions.code` and message, or a client-side code. */
export class ClientError extends Error {
  readonly statusCode?: number;
  readonly errors: readonly GraphQLFormattedError[];

  constructor(
    readonly code: ClientErrorCode,
    message: string,
    details: ClientErrorDetails = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'ClientError';
    this.statusCode = details.statusCode;
    this.errors = details.errors ?? [];
  }
}

function fromGraphQLErrors(errors: readonly GraphQLFormattedError[], statusCode?: number): ClientError {
  const [first] = errors;
  const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : CLIENT_ERROR_CODES.UNKNOWN_ERROR;
  return new ClientError(code, first?.message ?? 'the server returned an empty error list', { errors, statusCode });
}

/** A non-GraphQL HTTP answer may still carry `{ errors: [...] }` (the API's 404 and 413 do). */
function fromHttpAnswer(error: ServerError, url: string): ClientError {
  try {
    const body = JSON.parse(error.bodyText) as { errors?: GraphQLFormattedError[] };
    if (Array.isArray(body.errors) && body.errors.length > 0) return fromGraphQLErrors(body.errors, error.statusCode);
  } catch {
    // not JSON: fall through to the plain HTTP error
  }
  const isWithoutErrors = error.statusCode < 300;
  return new ClientError(
    isWithoutErrors ? CLIENT_ERROR_CODES.BAD_RESPONSE : CLIENT_ERROR_CODES.HTTP_ERROR,
    isWithoutErrors
      ? `${url} answered without GraphQL data or errors; is it the GraphQL endpoint?`
      : `${url} answered HTTP ${error.statusCode}`,
    { statusCode: error.statusCode, cause: error },
  );
}

/** By name, not instanceof: fetch's errors come from another realm under test runners and in some runtimes. */
function nameOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null ? (error as { name?: unknown }).name?.toString() : undefined;
}

/** Maps whatever Apollo Client or fetch threw to a ClientError. */
export function toClientError(error: unknown, url: string): ClientError {
  if (error instanceof ClientError) return error;
  if (CombinedGraphQLErrors.is(error)) return fromGraphQLErrors(error.errors);
  if (ServerError.is(error)) return fromHttpAnswer(error, url);
  if (ServerParseError.is(error)) {
    const message = `${url} did not answer with JSON; is it the GraphQL endpoint?`;
    return new ClientError(CLIENT_ERROR_CODES.BAD_RESPONSE, message, { statusCode: error.statusCode, cause: error });
  }
  const name = nameOf(error);
  if (name === 'TimeoutError') {
    return new ClientError(CLIENT_ERROR_CODES.TIMEOUT, `${url} did not answer in time`, { cause: error });
  }
  if (name === 'TypeError') {
    const { cause, message } = error as { cause?: { code?: string; message?: string }; message: string };
    const reason = cause?.code ?? cause?.message ?? message;
    return new ClientError(CLIENT_ERROR_CODES.NETWORK_ERROR, `could not reach the API at ${url} (${reason})`, {
      cause: error,
    });
  }
  const message = (error as { message?: unknown } | null)?.message;
  return new ClientError(CLIENT_ERROR_CODES.UNKNOWN_ERROR, typeof message === 'string' ? message : String(error), {
    cause: error,
  });
}
