import {
  FieldNode,
  FragmentDefinitionNode,
  getArgumentValues,
  getNamedType,
  GraphQLField,
  GraphQLResolveInfo,
  GraphQLSchema,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  SelectionSetNode,
  TypeMetaFieldDef,
} from 'graphql';

/**
 * The exact number of values an introspection field (`__schema`, `__type`) answers, counted by walking the schema
 * itself with graphql-js's own introspection resolvers (the schema does not change while the server runs). Per-type
 * maxima would overstate it a thousandfold (most types have few fields); the count is exact and so a true bound.
 * Memoized per selection set and schema element, so nested fragments and repeated types cost linear time.
 */
export function introspectionCost(
  schema: GraphQLSchema,
  field: FieldNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): number {
  const info = { schema } as GraphQLResolveInfo;
  const memo = new Map<SelectionSetNode, Map<unknown, number>>();

  const countSelections = (set: SelectionSetNode, typeName: string, value: unknown): number => {
    const known = memo.get(set)?.get(value);
    if (known !== undefined) return known;
    const type = schema.getType(typeName);
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const fieldDef = isObjectType(type) ? type.getFields()[selection.name.value] : undefined;
        total += fieldDef ? countField(selection, fieldDef, value) : 1;
      } else {
        // Introspection types are concrete object types: a fragment on them always applies.
        const fragmentSet =
          selection.kind === Kind.INLINE_FRAGMENT
            ? selection.selectionSet
            : fragments.get(selection.name.value)?.selectionSet;
        if (fragmentSet) total += countSelections(fragmentSet, typeName, value);
      }
    }
    if (!memo.has(set)) memo.set(set, new Map());
    memo.get(set)!.set(value, total);
    return total;
  };

  const countField = (node: FieldNode, fieldDef: GraphQLField<unknown, unknown>, parent: unknown): number => {
    if (!node.selectionSet) return 1;
    const args = getArgumentValues(fieldDef, node, variables);
    const child = fieldDef.resolve ? fieldDef.resolve(parent, args, undefined, info) : undefined;
    const childType = getNamedType(fieldDef.type).name;
    const items = Array.isArray(child) ? child : child == null ? [] : [child];
    return 1 + items.reduce((sum: number, item) => sum + countSelections(node.selectionSet!, childType, item), 0);
  };

  const root = field.name.value === '__schema' ? SchemaMetaFieldDef : TypeMetaFieldDef;
  return countField(field, root as GraphQLField<unknown, unknown>, undefined);
}

/** Whether a field is one of the introspection entry points whose answers `introspectionCost` counts. */
export const isIntrospectionRoot = (name: string): boolean => name === '__schema' || name === '__type';
