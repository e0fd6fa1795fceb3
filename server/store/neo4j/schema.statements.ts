import { defineStatement, Statement } from './cypher-gateway';
import { ID_LABELS, SEARCH_INDEX } from './graph-model';

/**
 * Constraints and indexes, all IF NOT EXISTS so the seeder can run them every time. A uniqueness constraint also gives
 * the id lookups their index; MERGE on a constrained key is what makes re-seeding safe under concurrency.
 */
const snake = (label: string) => label.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();

export const SCHEMA_STATEMENTS: readonly Statement[] = [
  ...ID_LABELS.map((label) =>
    defineStatement(
      `create ${label} id constraint`,
      `CREATE CONSTRAINT ${snake(label)}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
    ),
  ),
  defineStatement(
    'create Source file constraint',
    'CREATE CONSTRAINT source_file IF NOT EXISTS FOR (n:Source) REQUIRE n.file IS UNIQUE',
  ),
  defineStatement(
    'create ReferralStep key constraint',
    'CREATE CONSTRAINT referral_step_key IF NOT EXISTS FOR (n:ReferralStep) REQUIRE (n.pathId, n.order) IS UNIQUE',
  ),
  // Memberships are relationships; their id lookups (getMemberships, getKinds) need a relationship index.
  defineStatement(
    'create MEMBER_OF id index',
    'CREATE RANGE INDEX member_of_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.id)',
  ),
  defineStatement(
    'create Disagreement subject index',
    'CREATE RANGE INDEX disagreement_subject IF NOT EXISTS FOR (n:Disagreement) ON (n.subject)',
  ),
  defineStatement(
    `create ${SEARCH_INDEX} full-text index`,
    `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS FOR (n:SearchEntry)
ON EACH [n.names, n.acronyms, n.descriptors, n.texts]`,
  ),
];
