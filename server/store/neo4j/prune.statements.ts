import { defineStatement, Statement } from './cypher-gateway';
import { ID_LABELS, IdLabel, NODE_LABELS } from './graph-model';

/** Removing what the dataset no longer holds, so the graph equals the dataset after every run; $ids are the keys kept. */
export const PRUNE_STATEMENTS = {
  ...(Object.fromEntries(
    ID_LABELS.map((label) => [
      label,
      defineStatement(`prune ${label}`, `MATCH (n:${label}) WHERE NOT n.id IN $ids DETACH DELETE n`),
    ]),
  ) as Record<IdLabel, Statement>),
  Source: defineStatement('prune Source', 'MATCH (n:Source) WHERE NOT n.file IN $ids DETACH DELETE n'),
  MEMBER_OF: defineStatement(
    'prune MEMBER_OF',
    'MATCH (:Organization)-[r:MEMBER_OF]->(:Organization) WHERE NOT r.id IN $ids DELETE r',
  ),
};

export type PruneTarget = keyof typeof PRUNE_STATEMENTS;

/** Steps of a path that was pruned or reloaded with fewer steps. */
export const PRUNE_REFERRAL_STEPS = defineStatement(
  'prune ReferralStep',
  'MATCH (n:ReferralStep) WHERE NOT EXISTS { (:ReferralPath)-[:HAS_STEP]->(n) } DETACH DELETE n',
);

/** Removes every node of the model's labels (and only those), for tests that start from an empty graph. */
export const CLEAR_STATEMENT = defineStatement(
  'clear the graph',
  `MATCH (n:${NODE_LABELS.filter((l) => l !== 'TaskForce').join('|')}) DETACH DELETE n`,
);

/** A full-text index fills in the background after it is created; searches right after seeding must see it whole. */
export const AWAIT_INDEXES_STATEMENT = defineStatement('wait for indexes', 'CALL db.awaitIndexes(300)');
