import {
  getNamedType,
  getNullableType,
  GraphQLSchema,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  GraphQLObjectType,
  GraphQLInterfaceType,
} from 'graphql';

/**
 * Builds a selection that reaches every plain list `levels` deep below a type: each object carries `__typename`, each
 * list field without required arguments is selected, scalars are selected so their lengths can be measured too.
 * Used to measure the real dataset's longest lists and strings against the cost model's bounds.
 */
export function listCrawlSelection(schema: GraphQLSchema, typeName: string, levels: number): string {
  const type = schema.getType(typeName) as GraphQLObjectType | GraphQLInterfaceType;
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(field.type);
    const isList = isListType(getNullableType(field.type));
    if (!isObjectType(named) && !isInterfaceType(named) && !isUnionType(named)) {
      parts.push(field.name);
    } else if (isList && levels > 0 && (isObjectType(named) || isInterfaceType(named))) {
      parts.push(`${field.name} { ${listCrawlSelection(schema, named.name, levels - 1)} }`);
    }
  }
  return parts.join(' ');
}

/** Selections on every concrete type that implements an interface, so a `node(id:)` crawl sees each kind's lists. */
export function inlineFragmentsFor(schema: GraphQLSchema, interfaceName: string, levels: number): string {
  const iface = schema.getType(interfaceName) as GraphQLInterfaceType;
  return schema
    .getPossibleTypes(iface)
    .map((t) => `... on ${t.name} { ${listCrawlSelection(schema, t.name, levels)} }`)
    .join(' ');
}

export interface Longest {
  /** `Type.field` -> the most items seen in that list. */
  lists: Map<string, number>;
  /** `Type.field` -> the longest string seen (scalars and scalar lists, in characters). */
  strings: Map<string, number>;
}

/** Walks a response whose objects carry `__typename` and records the longest list and string of each field. */
export function recordLongest(value: unknown, longest: Longest): void {
  if (Array.isArray(value)) {
    for (const item of value) recordLongest(item, longest);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  const typeName = record.__typename;
  for (const [key, child] of Object.entries(record)) {
    if (typeof typeName === 'string' && key !== '__typename') {
      const name = `${typeName}.${key}`;
      if (Array.isArray(child)) longest.lists.set(name, Math.max(longest.lists.get(name) ?? 0, child.length));
      const strings = (Array.isArray(child) ? child : [child]).filter((c): c is string => typeof c === 'string');
      for (const s of strings) longest.strings.set(name, Math.max(longest.strings.get(name) ?? 0, s.length));
    }
    recordLongest(child, longest);
  }
}
