import type { Dataset } from '../../knowledge/model';
import type { CypherGateway, Params, Statement, WriteCounters } from './cypher-gateway';
import { toDomainError } from './error-mapping';
import { SCHEMA_STATEMENTS } from './schema.statements';
import {
  AWAIT_INDEXES_STATEMENT,
  CLEAR_STATEMENT,
  PRUNE_REFERRAL_STEPS,
  PRUNE_STATEMENTS,
  PruneTarget,
} from './prune.statements';
import { SEED_STATEMENTS } from './seed.statements';
import { toKeptKeys, toSeedRows } from './seed-rows';

/** What one step of seeding changed, from the result summaries' counters. */
export interface SeedStepReport {
  name: string;
  counters: WriteCounters;
}

export interface SeedOptions {
  /** Rows per transaction: small enough for any server's memory, large enough to load the dataset in seconds. */
  batchSize?: number;
  /** Called after each step, so a command line can print progress. */
  onStep?: (step: SeedStepReport) => void;
}

const DEFAULT_BATCH_SIZE = 500;

const write = async (gateway: CypherGateway, statement: Statement, params: Params): Promise<WriteCounters> => {
  try {
    return await gateway.executeWrite(statement, params);
  } catch (error) {
    throw toDomainError(error, statement.name);
  }
};

const add = (total: WriteCounters, counters: WriteCounters): WriteCounters => {
  const sum = { ...total };
  for (const [key, value] of Object.entries(counters))
    if (typeof value === 'number') sum[key] = (sum[key] ?? 0) + value;
  return sum;
};

/**
 * Brings the graph to exactly the dataset: constraints and indexes first, then every record kind in batches, then
 * whatever the dataset no longer holds is removed. Idempotent: on an up-to-date graph every counter stays zero.
 * The caller validates the dataset first (loadDataset throws on any problem), so an invalid dataset writes nothing.
 */
export async function seedGraph(
  gateway: CypherGateway,
  dataset: Dataset,
  options: SeedOptions = {},
): Promise<SeedStepReport[]> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const reports: SeedStepReport[] = [];
  const report = (name: string, counters: WriteCounters) => {
    const step = { name, counters };
    reports.push(step);
    options.onStep?.(step);
  };

  let schema: WriteCounters = {};
  for (const statement of SCHEMA_STATEMENTS) schema = add(schema, await write(gateway, statement, {}));
  await write(gateway, AWAIT_INDEXES_STATEMENT, {});
  report('constraints and indexes', schema);

  for (const [kind, rows] of toSeedRows(dataset)) {
    let counters: WriteCounters = {};
    for (let start = 0; start < rows.length; start += batchSize) {
      counters = add(
        counters,
        await write(gateway, SEED_STATEMENTS[kind], { rows: rows.slice(start, start + batchSize) }),
      );
    }
    report(kind, counters);
  }

  let pruned: WriteCounters = {};
  const kept = toKeptKeys(dataset);
  for (const target of Object.keys(PRUNE_STATEMENTS) as PruneTarget[]) {
    pruned = add(pruned, await write(gateway, PRUNE_STATEMENTS[target], { ids: kept[target] }));
  }
  pruned = add(pruned, await write(gateway, PRUNE_REFERRAL_STEPS, {}));
  report('records no longer in the dataset', pruned);
  return reports;
}

/** Deletes every node of the model's labels (data of other applications in the same database stays). */
export async function clearGraph(gateway: CypherGateway): Promise<WriteCounters> {
  return write(gateway, CLEAR_STATEMENT, {});
}

/** The counters worth printing: what was created, changed or removed. */
export function describeCounters(counters: WriteCounters): string {
  const changes = Object.entries(counters).filter(([, value]) => value > 0);
  return changes.length === 0 ? 'no change' : changes.map(([key, value]) => `${key} ${value}`).join(', ');
}

/** Whether seeding wrote anything: any counter above zero in any step. */
export const hasChanges = (steps: readonly SeedStepReport[]): boolean =>
  steps.some((step) => Object.values(step.counters).some((value) => value > 0));
