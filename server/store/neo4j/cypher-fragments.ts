import type { Scope } from '../../knowledge/model';
import type { Params, Row, Statement } from './cypher-gateway';

/**
 * Pieces of Cypher several statements share, so the rules they encode (validity on a day, places above and within,
 * steps under a step) are written once. They take variable names only; values always travel as $parameters.
 */

/** How the store runs a read; the store wraps the gateway with error translation. */
export type Reader = (statement: Statement, params: Params) => Promise<Row[]>;

/**
 * Valid on the day $asOf. The seeder stores a partial date as the first day it covers (validFromStart) and the last
 * (validToEnd), as toStartDay/toEndDay do, so ISO day strings compare correctly; a missing end is open.
 */
export const validOnAsOf = (v: string): string =>
  `(${v}.validFromStart IS NULL OR ${v}.validFromStart <= $asOf) AND (${v}.validToEnd IS NULL OR ${v}.validToEnd >= $asOf)`;

/** Places nest by parent and by island: a place is above another through any chain of either. */
const NESTING = 'PART_OF|ON_ISLAND';

/** The area is the place, above it or within it. */
export const isAround = (area: string, place: string): string =>
  `(EXISTS { (${place})-[:${NESTING}*0..]->(${area}) } OR EXISTS { (${area})-[:${NESTING}*0..]->(${place}) })`;

/**
 * Keeps `keep` and adds `scope`: 0 when the area is the place, 1 when above it, 2 when within it (the order scopes
 * sort in); rows around neither are dropped. The tests are computed before the CASE because Neo4j's offline linter
 * silently skips a statement with a subquery expression inside CASE, and such a statement would not be checked.
 */
export const withScope = (keep: string, area: string, place: string): string =>
  `WITH ${keep}, ${area} = ${place} AS isLocal, ` +
  `EXISTS { (${place})-[:${NESTING}*1..]->(${area}) } AS isAbove, ` +
  `EXISTS { (${area})-[:${NESTING}*1..]->(${place}) } AS isWithin\n` +
  `WITH ${keep}, CASE WHEN isLocal THEN 0 WHEN isAbove THEN 1 WHEN isWithin THEN 2 END AS scope\n` +
  'WHERE scope IS NOT NULL';

const SCOPES: readonly Scope[] = ['local', 'fromAbove', 'within'];

export function toScope(rank: unknown): Scope {
  const scope = typeof rank === 'number' ? SCOPES[rank] : undefined;
  if (scope === undefined) throw new Error(`the Neo4j store returned an unknown scope rank ${String(rank)}`);
  return scope;
}

/** The step node is $stepId or under it. */
export const isUnderStep = (step: string): string => `EXISTS { (${step})-[:PART_OF*0..]->(:Step {id: $stepId}) }`;

/** Each node and relationship keeps its full record as JSON, so mapping back is exact. */
export function parseJson<T>(value: unknown, what: string): T {
  if (typeof value !== 'string')
    throw new Error(`the Neo4j store returned a ${what} without its record; reseed with "npm run seed"`);
  return JSON.parse(value) as T;
}

export const asString = (value: unknown, what: string): string => {
  if (typeof value !== 'string') throw new Error(`the Neo4j store returned a ${what} without a text value`);
  return value;
};

/** Rows come back in Cypher's order; this only regroups them by owner, keeping that order within each group. */
export function groupInOrder<T>(
  ids: readonly string[],
  rows: Row[],
  ownerOf: (row: Row) => string,
  itemOf: (row: Row) => T,
): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const owner = ownerOf(row);
    groups.set(owner, [...(groups.get(owner) ?? []), itemOf(row)]);
  }
  return ids.map((id) => groups.get(id) ?? []);
}

/** Batched lookups answer in the order of the ids given, duplicates included, null for unknown ids. */
export function inOrderOf<T>(
  ids: readonly string[],
  rows: Row[],
  idOf: (row: Row) => string,
  itemOf: (row: Row) => T,
): (T | null)[] {
  const found = new Map(rows.map((row) => [idOf(row), itemOf(row)]));
  return ids.map((id) => found.get(id) ?? null);
}

/** Each distinct id once, so a repeated id costs nothing and cannot duplicate rows. */
export const distinct = (ids: readonly string[]): string[] => [...new Set(ids)];
