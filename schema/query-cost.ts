import {
  DocumentNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLSchema,
  isListType,
  Kind,
} from 'graphql';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { MAX_PAGE_SIZE, toPageRequest } from '../server/knowledge/pagination';
import { introspectionCost, isIntrospectionRoot } from './introspection-cost';
import { isConnectionList, LIST_BOUNDS } from './list-bounds';

/** `first` outside the page range: the same mistake, and the same answer, as when a resolver checks it. */
export class PageSizeError extends Error {}

/**
 * A field costs 1 plus its children once per item it may return: `first` items of a page (the default page size when
 * not given), its bound for a plain list (LIST_BOUNDS, enforced at run time), one for `nodes`/`edges` (their page is
 * already counted on the connection). Introspection (`__schema`, `__type`) costs the exact number of values it
 * answers. Every multiplier is a true maximum, so the cost bounds the number of values in the answer.
 */
export function boundedCostEstimator(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
): ComplexityEstimator {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  return ({ args, field, type, node, childComplexity }) => {
    if (isIntrospectionRoot(field.name)) return 1 + introspectionCost(schema, node, fragments, variables);
    if (type.name.startsWith('__')) return 0; // counted whole at its root, above
    const isPage = getNamedType(field.type).name.endsWith('Connection');
    let items = 1;
    if (isPage) {
      try {
        items = toPageRequest({ first: args.first as number | undefined }).first;
      } catch (error) {
        throw new PageSizeError((error as Error).message);
      }
    } else if (isListType(getNullableType(field.type)) && !isConnectionList(type.name, field.name)) {
      // Every plain list has a bound (enforceListBounds refuses to start otherwise); the fallback is for safety only.
      items = LIST_BOUNDS[`${type.name}.${field.name}`] ?? MAX_PAGE_SIZE;
    }
    return 1 + childComplexity * Math.max(items, 1);
  };
}

/**
 * The estimated cost of an operation, with graphql-query-complexity's walk. Its `maxQueryNodes` stops the walk
 * after that many selections (fragments expanded), so a document of nested fragment spreads costs linear time to
 * refuse instead of exponential time to count.
 */
export function costOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: { raw: Record<string, unknown>; coerced: Record<string, unknown> },
  operationName: string | undefined,
  maxQueryNodes: number,
): number {
  const estimator = boundedCostEstimator(schema, document, variables.coerced);
  // getComplexity coerces the variables itself: it takes them as the client sent them (enum names, not values).
  return getComplexity({
    schema,
    query: document,
    variables: variables.raw,
    operationName,
    estimators: [estimator],
    maxQueryNodes,
  });
}
