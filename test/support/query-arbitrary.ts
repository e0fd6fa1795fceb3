import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  GraphQLArgument,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLSchema,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isScalarType,
} from 'graphql';

export interface GeneratedRequest {
  query: string;
  variables: Record<string, unknown>;
}

type Gen = fc.GeneratorValue;

/** Strings a prober would send: empty, long, odd characters, injection attempts, near-misses of real values. */
const ODD_STRINGS = [
  '',
  ' ',
  'x'.repeat(5000),
  '"; MATCH (n) DETACH DELETE n //',
  '../../etc/passwd',
  'ttu\u0000',
  'TTU',
  '2024-02-30',
  '20-02-2023',
  '9999-12-31',
  '🙂',
  '\\',
];

/**
 * Generates GraphQL requests from the schema itself: root fields with arguments (real ids, odd strings, out-of-range
 * numbers, unknown enum values), random selections of fields down a few levels, inline fragments on abstract types,
 * aliases, and sometimes the arguments as variables of a right or wrong type. Most requests are valid; many are not.
 */
export function requestArbitrary(schema: GraphQLSchema, realIds: readonly string[]): fc.Arbitrary<GeneratedRequest> {
  return fc.gen().map((g) => buildRequest(schema, realIds, g));
}

function buildRequest(schema: GraphQLSchema, realIds: readonly string[], g: Gen): GeneratedRequest {
  const variables: Record<string, unknown> = {};
  const definitions: string[] = [];
  const pick = <T>(items: readonly T[]): T => items[g(fc.integer, { min: 0, max: items.length - 1 })];
  const chance = (percent: number) => g(fc.integer, { min: 1, max: 100 }) <= percent;

  const scalarValue = (name: string): unknown => {
    if (name === 'Int') return pick([0, 1, 5, 20, 100, 101, 1000, -1, 2023, 2_147_483_647]);
    if (name === 'Float') return pick([0, 1.5, -1]);
    if (name === 'Boolean') return chance(50);
    if (name === 'ID') return chance(85) ? pick(realIds) : pick(ODD_STRINGS);
    return chance(40) ? pick(['2024-01-01', '2018-06-30', 'polres', 'shelter', 'kupang']) : pick(ODD_STRINGS);
  };

  const inputValue = (type: GraphQLInputType, depth = 0): unknown => {
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      return Array.from({ length: g(fc.integer, { min: 0, max: 3 }) }, () => inputValue(nullable.ofType, depth + 1));
    }
    if (isEnumType(nullable)) {
      return chance(85) ? pick(nullable.getValues()).name : 'NOT_A_VALUE';
    }
    if (isInputObjectType(nullable)) {
      const fields = Object.values(nullable.getFields());
      return Object.fromEntries(fields.filter(() => chance(60)).map((f) => [f.name, inputValue(f.type, depth + 1)]));
    }
    return scalarValue((nullable as GraphQLNamedType).name);
  };

  const literal = (value: unknown, type: GraphQLInputType): string => {
    const nullable = getNullableType(type);
    if (Array.isArray(value))
      return `[${value.map((v) => literal(v, isListType(nullable) ? nullable.ofType : type)).join(', ')}]`;
    if (isEnumType(nullable) && typeof value === 'string') return /^[_A-Za-z][_0-9A-Za-z]*$/.test(value) ? value : 'X';
    if (value && typeof value === 'object') {
      return `{ ${Object.entries(value)
        .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
        .join(', ')} }`;
    }
    return JSON.stringify(value);
  };

  const argumentsFor = (args: readonly GraphQLArgument[]): string => {
    const given = args.filter((a) => isNonNullType(a.type) || chance(35));
    if (given.length === 0) return '';
    const parts = given.map((arg) => {
      const value = inputValue(arg.type);
      if (chance(25)) {
        const name = `v${definitions.length}`;
        // Sometimes declare the variable with a type that does not fit the argument.
        const declared = chance(85) ? String(arg.type) : pick(['Int', 'String!', '[ID!]', 'Boolean']);
        definitions.push(`$${name}: ${declared}`);
        variables[name] = chance(90) ? value : pick([null, 42, 'text', [1, 2]]);
        return `${arg.name}: $${name}`;
      }
      return `${arg.name}: ${literal(value, arg.type)}`;
    });
    return `(${parts.join(', ')})`;
  };

  const selectionOf = (type: GraphQLNamedType, depth: number): string => {
    if (isAbstractType(type)) {
      const possible = schema.getPossibleTypes(type);
      const fragments = possible
        .filter(() => chance(40))
        .slice(0, 3)
        .map((t) => `... on ${t.name} { ${selectionOf(t, depth)} }`);
      return ['__typename', ...fragments].join(' ');
    }
    if (!isObjectType(type) && !isInterfaceType(type)) return '';
    const fields = Object.values(type.getFields());
    const count = g(fc.integer, { min: 1, max: Math.min(5, fields.length) });
    const chosen = Array.from({ length: count }, () => pick(fields));
    return chosen
      .map((field, i) => {
        const named = getNamedType(field.type);
        const alias = chance(10) ? `a${depth}_${i}: ` : '';
        const args = argumentsFor(field.args);
        if (isScalarType(named) || isEnumType(named)) return `${alias}${field.name}${args}`;
        if (depth <= 0) return `${alias}${field.name}${args} { __typename }`;
        return `${alias}${field.name}${args} { ${selectionOf(named, depth - 1)} }`;
      })
      .join(' ');
  };

  const depth = g(fc.integer, { min: 0, max: 5 });
  const roots = Object.values(schema.getQueryType()!.getFields());
  const body = Array.from({ length: g(fc.integer, { min: 1, max: 2 }) }, (_, i) => {
    const field = pick(roots);
    const named = getNamedType(field.type);
    const selection = isScalarType(named) || isEnumType(named) ? '' : ` { ${selectionOf(named, depth)} }`;
    return `r${i}: ${field.name}${argumentsFor(field.args)}${selection}`;
  }).join(' ');
  const header = definitions.length > 0 ? `query Fuzz(${definitions.join(', ')}) ` : '';
  return { query: `${header}{ ${body} }`, variables };
}
