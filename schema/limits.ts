import {
  DocumentNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLSchema,
  isListType,
  Kind,
  SelectionSetNode,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { getComplexity, ComplexityEstimator } from 'graphql-query-complexity';
import { QUERY_TOO_COMPLEX } from './format-error';

export const MAX_DEPTH = 12;
export const MAX_COMPLEXITY = 10_000;

const tooComplex = (message: string) =>
  new GraphQLError(message, { extensions: { code: QUERY_TOO_COMPLEX, http: { status: 400 } } });

/** How deep the operation's selections go (fragments followed). */
export function depthOf(document: DocumentNode, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const depth = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!set) return 0;
    let max = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) max = Math.max(max, s.selectionSet ? 1 + depth(s.selectionSet, seen) : 1);
      else if (s.kind === Kind.INLINE_FRAGMENT) max = Math.max(max, depth(s.selectionSet, seen));
      else if (!seen.has(s.name.value))
        max = Math.max(max, depth(fragments.get(s.name.value)?.selectionSet, new Set([...seen, s.name.value])));
    }
    return max;
  };
  let max = 0;
  for (const d of document.definitions) {
    if (d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName))
      max = Math.max(max, depth(d.selectionSet, new Set()));
  }
  return max;
}

const DEFAULT_PAGE = 20;
const UNBOUNDED_LIST = 5;

/**
 * A field costs 1 plus its children once per item it may return: `first` items of a page (20 when not given), a
 * few for a plain list, one for `nodes`/`edges` (their page size is already counted on the connection).
 */
const pageSizeEstimator: ComplexityEstimator = ({ args, field, childComplexity }) => {
  const type = getNullableType(field.type);
  let items = 1;
  if (typeof args.first === 'number') items = Math.max(1, args.first);
  else if (getNamedType(type).name.endsWith('Connection')) items = DEFAULT_PAGE;
  else if (isListType(type) && field.name !== 'nodes' && field.name !== 'edges') items = UNBOUNDED_LIST;
  return 1 + childComplexity * items;
};

/**
 * Apollo plugin: refuses operations deeper than MAX_DEPTH or costlier than MAX_COMPLEXITY, before anything runs.
 * (Here rather than as a validation rule because Apollo gives every validation error its own code.)
 */
export function queryLimitsPlugin(
  schema: GraphQLSchema,
  maxDepth = MAX_DEPTH,
  maxComplexity = MAX_COMPLEXITY,
): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const depth = depthOf(document, request.operationName);
          if (depth > maxDepth) {
            throw tooComplex(
              `the query is ${depth} levels deep; the limit is ${maxDepth}. Ask for fewer nested fields or split the query.`,
            );
          }
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              operationName: request.operationName,
              estimators: [pageSizeEstimator],
            });
          } catch (error) {
            // getComplexity rejects invalid variables; that is the client's input, not a server failure.
            throw new GraphQLError(`the variables do not fit the query: ${(error as Error).message}`, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
          if (complexity > maxComplexity) {
            throw tooComplex(
              `the query's estimated cost is ${complexity}; the limit is ${maxComplexity}. Ask for smaller pages (first) or fewer nested lists.`,
            );
          }
        },
      };
    },
  };
}
