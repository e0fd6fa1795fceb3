import { DomainError, StoreUnavailableError } from '../../knowledge/errors';

/**
 * Our code for "no connection could be had" when the driver gives none: a pool that cannot get a connection in time
 * (a server that accepts TCP but never answers the Bolt handshake) fails with the driver's catch-all code "N/A".
 * driver.ts tags those failures with this code so that the mapping below can stay purely by code.
 */
export const CONNECTION_FAILED = 'Neo4jStore.ConnectionFailed';

/** A connection failure the driver reported without a code of its own. */
export class ConnectionFailedError extends Error {
  readonly code = CONNECTION_FAILED;
  constructor() {
    super('no connection to Neo4j could be established in time');
    this.name = 'ConnectionFailedError';
  }
}

/** Codes meaning "the store cannot answer now; the same request may succeed later". */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable', // no server reachable, routing table empty, connection lost
  'SessionExpired', // the cluster member went away mid-session
  CONNECTION_FAILED,
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', // our per-transaction timeout
  'Neo.ClientError.Security.AuthorizationExpired',
  'Neo.ClientError.Cluster.NotALeader',
  'Neo.ClientError.General.ForbiddenOnReadOnlyDatabase',
]);

/** Transient server errors (database starting, out of memory, deadlock, leader switch) also pass with time. */
const TRANSIENT_PREFIX = 'Neo.TransientError.';

/** Hints for misconfiguration, which retrying will not fix. */
const HINTS: Record<string, string> = {
  'Neo.ClientError.Security.Unauthorized': 'check NEO4J_USER and NEO4J_PASSWORD',
  'Neo.ClientError.Security.AuthenticationRateLimit': 'check NEO4J_USER and NEO4J_PASSWORD',
  'Neo.ClientError.Database.DatabaseNotFound': 'check NEO4J_DATABASE',
  'Neo.ClientError.Procedure.ProcedureCallFailed': 'has the database been seeded ("npm run seed")?',
};

const codeOf = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};

export const isUnavailableCode = (code: string | undefined): boolean =>
  code !== undefined && (UNAVAILABLE_CODES.has(code) || code.startsWith(TRANSIENT_PREFIX));

/**
 * The one translation of driver errors into domain errors, by `error.code` only (messages vary by server version and
 * can quote the Cypher). Unreachable or overloaded → StoreUnavailableError; anything else → a plain Error naming the
 * operation and the code, never the driver's message, so no Cypher can reach a log line or a client.
 */
export function toDomainError(error: unknown, operation: string): Error {
  if (error instanceof DomainError) return error;
  const code = codeOf(error);
  if (isUnavailableCode(code)) return new StoreUnavailableError();
  const hint = code !== undefined && HINTS[code] !== undefined ? `; ${HINTS[code]}` : '';
  return new Error(`the Neo4j store could not answer ${operation} (${code ?? 'no error code'})${hint}`);
}
