/**
 * Every error code the API answers with: the one table. The core and the stores throw domain errors with these codes;
 * the edge (schema/format-error.ts) maps each to an HTTP status once and adds the edge's own failures (a query too
 * complex, a body too large, an internal error) from this same table. Codes are part of the public API contract: never
 * rename one.
 */
export const ERROR_CODES = {
  UNKNOWN_REGION: 'UNKNOWN_REGION',
  UNKNOWN_STEP: 'UNKNOWN_STEP',
  UNKNOWN_ORGANIZATION: 'UNKNOWN_ORGANIZATION',
  AMBIGUOUS_NAME: 'AMBIGUOUS_NAME',
  NOT_FOUND: 'NOT_FOUND',
  INVALID_DATE: 'INVALID_DATE',
  INVALID_CURSOR: 'INVALID_CURSOR',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  STORE_UNAVAILABLE: 'STORE_UNAVAILABLE',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  OPERATION_NOT_SUPPORTED: 'OPERATION_NOT_SUPPORTED',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  RATE_LIMITED: 'RATE_LIMITED',
  SHUTTING_DOWN: 'SHUTTING_DOWN',
  METHOD_NOT_ALLOWED: 'METHOD_NOT_ALLOWED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Machine-readable facts about the error a client may act on (the candidates of an ambiguous name). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** The caller asked for something wrong (unknown id, bad date or cursor): a 400-class answer. */
export class InvalidRequestError extends DomainError {}

/** The store could not be reached or did not answer in time: a 503 answer; retrying later may succeed. */
export class StoreUnavailableError extends DomainError {
  constructor(message = 'the knowledge store is unavailable; try again shortly') {
    super(ERROR_CODES.STORE_UNAVAILABLE, message);
  }
}
