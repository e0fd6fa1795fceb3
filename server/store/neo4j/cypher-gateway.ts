/**
 * The narrow seam between the Neo4j store and neo4j-driver. The store and the seeder only ever see this interface, so
 * unit tests run them against a fake, and driver.ts is the one file that touches the driver.
 */

/** One Cypher statement, named for error messages (which never carry the Cypher itself). */
export interface Statement {
  readonly name: string;
  readonly cypher: string;
  /** Every `$parameter` the Cypher uses: the lint test declares exactly these, and callers must send exactly these. */
  readonly params: readonly string[];
}

export type Params = Record<string, unknown>;

/** A result record as a plain object (`record.toObject()`), integers as JS numbers. */
export type Row = Record<string, unknown>;

/** What a write changed, from the result summary's counters (nodesCreated, propertiesSet, ...). */
export type WriteCounters = Record<string, number>;

export interface CypherGateway {
  /**
   * Runs the statement in a read transaction (routed to a reader in a cluster) and returns all its rows. The server
   * ends the transaction after `timeoutMs` (planning included), by default the store's read bound.
   */
  executeRead(statement: Statement, params: Params, timeoutMs?: number): Promise<Row[]>;
  /** Runs the statement in its own write transaction and returns the summary's counters. */
  executeWrite(statement: Statement, params: Params): Promise<WriteCounters>;
  /** Resolves when the server answers; rejects with the driver's error otherwise. */
  verifyConnectivity(): Promise<void>;
  close(): Promise<void>;
}

const PARAMETER = /\$([A-Za-z_][A-Za-z0-9_]*)/g;

/** Names a statement and lists its `$parameters` (our Cypher has no `$` inside string literals). */
export function defineStatement(name: string, cypher: string): Statement {
  const params = [...new Set([...cypher.matchAll(PARAMETER)].map((m) => m[1]))].sort();
  return { name, cypher: cypher.trim(), params };
}
