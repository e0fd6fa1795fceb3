/**
 * `npm run seed`: loads the dataset into the Neo4j database at NEO4J_URI (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE
 * optional). The dataset is validated first, so an invalid one writes nothing; loading is idempotent, so running it
 * again changes nothing, and after an edit only what changed is written. Prints what each step created or changed, and
 * says so when nothing changed.
 * Exit codes: 0 done, 1 invalid dataset or failed load, 2 not configured.
 */
import { StoreUnavailableError } from '../server/knowledge/errors';
import type { Dataset } from '../server/knowledge/model';
import { loadConfig, Neo4jConfig } from '../server/config';
import { toDisplayUri } from '../server/store/neo4j/config';
import { DriverGateway } from '../server/store/neo4j/driver';
import { toDomainError } from '../server/store/neo4j/error-mapping';
import { describeCounters, hasChanges, seedGraph } from '../server/store/neo4j/seed-graph';
import { InvalidDatasetError, loadDataset } from './load-dataset';
import { fail, print, runScript } from './script-runner';

function readConfig(): Neo4jConfig | null {
  try {
    const config = loadConfig().neo4j;
    if (config === null) {
      fail('NEO4J_URI is not set: point it at a Neo4j 5 server, e.g. NEO4J_URI=bolt://localhost:7687 npm run seed');
      fail('(add NEO4J_USER and NEO4J_PASSWORD unless the server runs without authentication).');
    }
    return config;
  } catch (error) {
    fail((error as Error).message);
    return null;
  }
}

function readDataset(): Dataset | null {
  try {
    // The full check (personal names included) gates what reaches a shared database; quotes need the papers.
    return loadDataset({ checkPersonalNames: true });
  } catch (error) {
    if (!(error instanceof InvalidDatasetError)) throw error;
    fail(`${error.message}\nNothing was written to Neo4j.`);
    return null;
  }
}

async function main(): Promise<number> {
  const config = readConfig();
  if (config === null) return 2;
  const dataset = readDataset();
  if (dataset === null) return 1;

  const target = `${toDisplayUri(config.uri)}${config.database ? ` (database ${config.database})` : ''}`;
  const gateway = DriverGateway.fromConfig(config);
  try {
    await gateway.verifyConnectivity().catch((error: unknown) => {
      throw toDomainError(error, 'the connection check');
    });
    print(`Seeding ${target}`);
    const steps = await seedGraph(gateway, dataset, {
      onStep: (step) => print(`  ${step.name}: ${describeCounters(step.counters)}`),
    });
    print(hasChanges(steps) ? 'Done.' : 'Done: nothing changed, the graph already matched the dataset.');
    return 0;
  } catch (error) {
    const reason =
      error instanceof StoreUnavailableError
        ? 'Neo4j did not answer; is the server running and reachable?'
        : (error as Error).message;
    fail(`Seeding ${target} failed: ${reason}`);
    return 1;
  } finally {
    await gateway.close();
  }
}

runScript(main);
