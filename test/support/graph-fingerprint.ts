import { createHash } from 'node:crypto';
import type { CypherGateway } from '../../server/store/neo4j/cypher-gateway';
import { defineStatement } from '../../server/store/neo4j/cypher-gateway';

/** Every node with its labels and properties; every relationship with its type, properties and end points' keys. */
const NODES = defineStatement('fingerprint nodes', 'MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties');
const RELATIONSHIPS = defineStatement(
  'fingerprint relationships',
  `MATCH (a)-[r]->(b)
RETURN type(r) AS type, properties(r) AS properties,
  coalesce(a.id, a.file, a.pathId + '#' + toString(a.order)) AS from,
  coalesce(b.id, b.file, b.pathId + '#' + toString(b.order)) AS to`,
);

export interface GraphFingerprint {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  /** SHA-256 over every node and relationship in a canonical order, properties included. */
  checksum: string;
}

/** JSON with object keys sorted, so equal graphs give equal text whatever order the database returns things in. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

const countBy = (keys: string[]): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const key of keys.sort()) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
};

/** Counts by label set and by relationship type, and a checksum of all their properties. */
export async function fingerprintGraph(gateway: CypherGateway): Promise<GraphFingerprint> {
  const nodes = await gateway.executeRead(NODES, {}, 60_000);
  const relationships = await gateway.executeRead(RELATIONSHIPS, {}, 60_000);
  const lines = [
    ...nodes.map((row) => canonical({ node: row.labels, properties: row.properties })),
    ...relationships.map((row) => canonical(row)),
  ].sort();
  return {
    nodes: countBy(nodes.map((row) => (row.labels as string[]).sort().join(':'))),
    relationships: countBy(relationships.map((row) => String(row.type))),
    checksum: createHash('sha256').update(lines.join('\n')).digest('hex'),
  };
}
