import { DbSchema, lintCypherQuery, testData } from '@neo4j-cypher/language-support';
import type { Statement } from '../../../server/store/neo4j/cypher-gateway';
import { GRAPH_EDGES, NODE_LABELS, PROPERTY_KEYS, RELATIONSHIP_TYPES } from '../../../server/store/neo4j/graph-model';
import { ALL_STATEMENTS, SEEDER_STATEMENTS, STORE_STATEMENTS } from '../../../server/store/neo4j/statements';

/**
 * Every statement the Neo4j store and its seeder send, run through Neo4j's own linter (the Cypher front end's semantic
 * analysis, offline): no syntax error, unknown function or procedure, undefined variable or parameter, type error.
 * The linter is told the graph model (labels, relationship types, properties, which relationship joins which labels),
 * so a misspelt label or property, or a relationship walked the wrong way, shows as a warning; we allow none.
 * Function and procedure signatures come from the linter's bundled Neo4j schema (testData.mockSchema).
 */
const ERROR = 1;
const WARNING = 2;

type Lintable = Pick<Statement, 'cypher' | 'params'>;

function schemaFor(statement: Lintable): DbSchema {
  return {
    labels: [...NODE_LABELS],
    relationshipTypes: [...RELATIONSHIP_TYPES],
    propertyKeys: [...PROPERTY_KEYS],
    parameters: Object.fromEntries(statement.params.map((name) => [name, null])),
    functions: testData.mockSchema.functions,
    procedures: testData.mockSchema.procedures,
    graphSchema: GRAPH_EDGES.map(([from, relType, to]) => ({ from, relType, to })),
    defaultLanguage: 'CYPHER 5',
  };
}

function lint(statement: Lintable) {
  const { diagnostics, symbolTables } = lintCypherQuery(statement.cypher, schemaFor(statement));
  const messages = (severity: number) =>
    diagnostics
      .filter((d) => d.severity === severity)
      .map((d) => `${d.message} at "${statement.cypher.slice(d.offsets.start, d.offsets.end)}"`);
  return {
    errors: messages(ERROR),
    warnings: messages(WARNING),
    symbols: symbolTables.reduce((n, table) => n + table.length, 0),
  };
}

/**
 * The linter swallows failures of its semantic analysis and then reports nothing: seen here for a subquery expression
 * inside CASE and for a COLLECT inside a COLLECT. Its symbol table is then empty, so a statement that binds variables
 * must come back with symbols, or its clean report means nothing. Schema commands bind none.
 */
const SCHEMA_COMMAND = /^(CREATE (CONSTRAINT|RANGE INDEX|FULLTEXT INDEX) |CALL db\.awaitIndexes\()/;

describe('the Cypher the Neo4j store sends', () => {
  it('is enumerated in one place, store and seeder alike, each statement under its own name', () => {
    expect(STORE_STATEMENTS.length).toBeGreaterThan(30);
    expect(SEEDER_STATEMENTS.length).toBeGreaterThan(30);
    expect(new Set(ALL_STATEMENTS.map((s) => s.name)).size).toBe(ALL_STATEMENTS.length);
  });

  it.each(ALL_STATEMENTS.map((s) => [s.name, s] as const))(
    '%s passes the linter with no error and no warning',
    (_name, statement) => {
      const result = lint(statement);
      expect(result.errors).toEqual([]);
      expect(result.warnings).toEqual([]);
      if (!SCHEMA_COMMAND.test(statement.cypher)) expect(result.symbols).toBeGreaterThan(0);
    },
  );
});

describe('the lint itself', () => {
  it('reports a syntax error, an undeclared parameter and an unknown function', () => {
    expect(lint({ cypher: 'MATCH (p:Place WHERE p.id = $id RETURN p', params: ['id'] }).errors).not.toEqual([]);
    expect(lint({ cypher: 'MATCH (p:Place) WHERE p.id = $other RETURN p.json', params: [] }).errors).toEqual([
      expect.stringContaining('Parameter $other is not defined'),
    ]);
    expect(lint({ cypher: 'MATCH (p:Place) RETURN toIntegr(p.order)', params: [] }).errors).toEqual([
      expect.stringContaining('Function toIntegr is not present'),
    ]);
  });

  it('warns about a label, a property or a direction the graph model does not have', () => {
    expect(lint({ cypher: 'MATCH (p:Places) RETURN p.json', params: [] }).warnings).toHaveLength(1);
    expect(lint({ cypher: 'MATCH (p:Place) RETURN p.jsn', params: [] }).warnings).toHaveLength(1);
    expect(
      lint({ cypher: 'MATCH (p:Place)-[:SERVES]->(o:Organization) RETURN o.json', params: [] }).warnings,
    ).not.toEqual([]);
  });

  it('rejects what the Cypher front end rejects, such as ORDER BY on a variable DISTINCT dropped', () => {
    expect(
      lint({ cypher: 'MATCH (p:Place) RETURN DISTINCT p.id AS id ORDER BY p.order', params: [] }).errors,
    ).not.toEqual([]);
  });

  it('gives up silently on a subquery expression inside CASE, which the symbol check catches', () => {
    const result = lint({
      cypher: 'MATCH (p:Place) RETURN CASE WHEN EXISTS { (p)--() } THEN 1 END AS x, nope',
      params: [],
    });
    expect(result.errors).toEqual([]);
    expect(result.symbols).toBe(0);
  });
});
