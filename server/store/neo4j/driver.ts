import neo4j, { AuthToken, Driver, ManagedTransaction } from 'neo4j-driver';
import type { CypherGateway, Params, Row, Statement, WriteCounters } from './cypher-gateway';
import { NEO4J_TIMEOUTS, Neo4jConfig } from './config';
import { ConnectionFailedError } from './error-mapping';

/**
 * Creates the process's one driver. It pools connections and reconnects by itself once the server is back, so a store
 * built on it needs no restart after an outage. bolt://, neo4j:// (routing: executeRead goes to readers) and the +s /
 * +ssc variants are all handled by the driver from the URI alone.
 */
export function createNeo4jDriver(config: Neo4jConfig): Driver {
  // auth.none() exists in the driver but is missing from its type declarations.
  const none = (neo4j.auth as unknown as { none(): AuthToken }).none;
  const auth = config.user === undefined ? none() : neo4j.auth.basic(config.user, config.password ?? '');
  return neo4j.driver(config.uri, auth, {
    connectionTimeout: NEO4J_TIMEOUTS.connectionTimeoutMs,
    connectionAcquisitionTimeout: NEO4J_TIMEOUTS.connectionAcquisitionTimeoutMs,
    maxTransactionRetryTime: NEO4J_TIMEOUTS.maxTransactionRetryTimeMs,
    // Counts and orders are small; plain numbers keep row mapping free of neo4j Integer objects.
    disableLosslessIntegers: true,
    userAgent: 'ntt-trafficking-response-kb',
  });
}

/** The seam over a real driver: a session per call, closed in finally; reads through executeRead, writes executeWrite. */
export class DriverGateway implements CypherGateway {
  constructor(
    private readonly driver: Driver,
    private readonly database?: string,
  ) {}

  static fromConfig(config: Neo4jConfig): DriverGateway {
    return new DriverGateway(createNeo4jDriver(config), config.database);
  }

  async executeRead(
    statement: Statement,
    params: Params,
    timeoutMs: number = NEO4J_TIMEOUTS.readTransactionTimeoutMs,
  ): Promise<Row[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await runTagged(
        (work) => session.executeRead(work, { timeout: timeoutMs }),
        async (tx) => (await tx.run(statement.cypher, params)).records.map((record) => record.toObject()),
      );
    } finally {
      await session.close();
    }
  }

  async executeWrite(statement: Statement, params: Params): Promise<WriteCounters> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await runTagged(
        (work) => session.executeWrite(work, { timeout: NEO4J_TIMEOUTS.writeTransactionTimeoutMs }),
        async (tx) => ({ ...(await tx.run(statement.cypher, params)).summary.counters.updates() }),
      );
    } finally {
      await session.close();
    }
  }

  async verifyConnectivity(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.database });
    } catch (error) {
      // No query runs here, so a code-less driver error can only be about getting a connection.
      throw isCodeless(error) ? new ConnectionFailedError() : error;
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

const isCodeless = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === 'N/A';

/**
 * Runs transaction work and marks which errors the work itself raised. A code-less ("N/A") error the work did not
 * raise happened while getting a connection or opening the transaction (the pool's acquisition timeout), so it is
 * re-thrown as a connection failure; errors from the query keep their own code.
 */
async function runTagged<T>(
  execute: (work: (tx: ManagedTransaction) => Promise<T>) => Promise<T>,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  const fromWork = new WeakSet<object>();
  try {
    return await execute(async (tx) => {
      try {
        return await work(tx);
      } catch (error) {
        if (typeof error === 'object' && error !== null) fromWork.add(error);
        throw error;
      }
    });
  } catch (error) {
    const raisedByWork = typeof error === 'object' && error !== null && fromWork.has(error);
    throw !raisedByWork && isCodeless(error) ? new ConnectionFailedError() : error;
  }
}
