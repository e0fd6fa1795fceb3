import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');

/**
 * A Neo4j of the project's own launcher (tools/neo4j) on a port of its own, for tests that stop and start the
 * database: they must never take down the instance at NEO4J_URI that other test files are reading at the same time.
 */
export class LocalNeo4j {
  readonly uri: string;

  constructor(readonly port: number) {
    this.uri = `bolt://127.0.0.1:${port}`;
  }

  /** Starts it (empty with `reset`) and resolves once it answers a query; start.sh builds the launcher if needed. */
  async start(options: { reset?: boolean } = {}): Promise<void> {
    await this.script('start.sh', { NEO4J_RESET: options.reset ? '1' : '', NEO4J_HEAP: '512m' });
  }

  /** Stops it and resolves once its process has gone. */
  async stop(): Promise<void> {
    await this.script('stop.sh', {});
  }

  private async script(name: string, env: Record<string, string>): Promise<void> {
    await run('bash', [path.join(ROOT, 'tools/neo4j', name)], {
      cwd: ROOT,
      env: { ...process.env, ...env, NEO4J_BOLT_PORT: String(this.port) },
      timeout: 240_000,
    });
  }
}
