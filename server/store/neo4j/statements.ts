import type { Statement } from './cypher-gateway';
import { COVERAGE_STATEMENTS } from './coverage.queries';
import { DATASET_STATEMENTS } from './dataset.queries';
import { FIND_STATEMENTS } from './find.queries';
import { LIST_STATEMENTS } from './list.queries';
import { LOOKUP_STATEMENTS } from './lookup.queries';
import { VOCABULARY_STATEMENTS } from './neo4j-knowledge.store';
import { SCHEMA_STATEMENTS } from './schema.statements';
import { SEARCH_STATEMENTS } from './search.queries';
import { AWAIT_INDEXES_STATEMENT, CLEAR_STATEMENT, PRUNE_REFERRAL_STEPS, PRUNE_STATEMENTS } from './prune.statements';
import { SEED_STATEMENTS } from './seed.statements';

/** Every statement the store sends to answer the port. */
export const STORE_STATEMENTS: readonly Statement[] = [
  ...Object.values(VOCABULARY_STATEMENTS),
  ...Object.values(LOOKUP_STATEMENTS),
  ...Object.values(FIND_STATEMENTS),
  ...Object.values(LIST_STATEMENTS),
  ...Object.values(COVERAGE_STATEMENTS),
  ...Object.values(SEARCH_STATEMENTS),
  ...Object.values(DATASET_STATEMENTS),
];

/** Every statement the seeder sends. */
export const SEEDER_STATEMENTS: readonly Statement[] = [
  ...SCHEMA_STATEMENTS,
  AWAIT_INDEXES_STATEMENT,
  ...Object.values(SEED_STATEMENTS),
  ...Object.values(PRUNE_STATEMENTS),
  PRUNE_REFERRAL_STEPS,
  CLEAR_STATEMENT,
];

/** All the Cypher this project sends to Neo4j, in one list for the lint test. */
export const ALL_STATEMENTS: readonly Statement[] = [...STORE_STATEMENTS, ...SEEDER_STATEMENTS];
