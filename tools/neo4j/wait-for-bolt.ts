/**
 * Waits until Neo4j answers `RETURN 1` over Bolt, or fails early when its process has died (start.sh runs it).
 * Usage: ts-node wait-for-bolt.ts <port> <pid> <log file>
 */
import fs from 'node:fs';
import neo4j from 'neo4j-driver';

const [port, pid, logFile] = process.argv.slice(2);
const deadline = Date.now() + 180_000;

function isAlive(processId: string): boolean {
  try {
    process.kill(Number(processId), 0);
    return true;
  } catch {
    return false;
  }
}

function logTail(): string {
  try {
    return fs.readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
  } catch {
    return '(no log)';
  }
}

async function answersQuery(): Promise<boolean> {
  const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, undefined, { connectionTimeout: 2000, logging: undefined });
  try {
    await driver.executeQuery('RETURN 1');
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  while (Date.now() < deadline) {
    if (!isAlive(pid)) {
      console.error(`Neo4j (pid ${pid}) exited before Bolt answered. Last lines of ${logFile}:\n${logTail()}`);
      process.exit(1);
    }
    if (await answersQuery()) {
      console.log(`Neo4j answers on bolt://127.0.0.1:${port} (waited ${((Date.now() - started) / 1000).toFixed(1)} s)`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  console.error(
    `Neo4j did not answer on bolt://127.0.0.1:${port} within 180 s. Last lines of ${logFile}:\n${logTail()}`,
  );
  process.exit(1);
}

void main();
