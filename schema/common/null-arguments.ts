import { defaultFieldResolver, GraphQLSchema, isObjectType } from 'graphql';

/**
 * GraphQL lets a client send `null` for any optional argument or input field; the services treat an optional value
 * as absent only when it is `undefined` (their types say so). Wrapping every field that takes arguments makes the two
 * mean the same before its resolver runs: `region: null` is answered like a request without `region`, never with an
 * internal error. Only fields with arguments are wrapped, so plain fields keep resolving synchronously.
 */
export function treatNullArgumentsAsAbsent(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args: Record<string, unknown>, context, info) =>
        resolve(source, withoutNulls(args), context, info);
    }
  }
  return schema;
}

function withoutNulls(value: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (field === null) continue;
    kept[key] = isPlainObject(field) ? withoutNulls(field) : field;
  }
  return kept;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
