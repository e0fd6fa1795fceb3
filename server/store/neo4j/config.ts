export type { Neo4jConfig } from '../../config';

/**
 * Time bounds, so that an unreachable store fails a request within seconds instead of the driver's 30 s of retries
 * (STACK.md pitfall 6) and a runaway query cannot hold a connection. Where to connect comes from server/config.ts.
 */
export const NEO4J_TIMEOUTS = {
  /** TCP connect. */
  connectionTimeoutMs: 2000,
  /** Getting a pooled connection, including opening one; must not be below connectionTimeout (driver warns). */
  connectionAcquisitionTimeoutMs: 2000,
  /**
   * Retries of transient failures inside executeRead/executeWrite. The driver waits about a second before its first
   * retry and two before the next, so 500 ms allows exactly one retry: a refused connection (Neo4j down) then fails
   * in about one second, well inside the two-second promise, instead of running into readDeadlineMs.
   */
  maxTransactionRetryTimeMs: 500,
  /** Server-side limit on one read transaction; the store's queries take milliseconds on this dataset. */
  readTransactionTimeoutMs: 1900,
  /**
   * A read answers StoreUnavailableError by then, whatever the driver is still doing (its retries of a refused
   * connection alone can take about 3 s): the API promises STORE_UNAVAILABLE within two seconds.
   */
  readDeadlineMs: 1900,
  /** Server-side limit on one seeding batch. */
  writeTransactionTimeoutMs: 60000,
  /** One read of the plan warm-up: planning a large statement on a busy machine can take seconds. */
  warmUpDeadlineMs: 30000,
  /** ping() answers StoreUnavailableError by then, whatever the driver is still waiting for. */
  pingTimeoutMs: 1800,
} as const;

/** The URI as printed in logs: without any user:password@ part someone may have put in it. */
export const toDisplayUri = (uri: string): string => uri.replace(/\/\/[^@/]*@/, '//');
