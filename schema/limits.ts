import { GraphQLError, GraphQLSchema, Kind, ValidationContext, ASTVisitor, FragmentDefinitionNode, SelectionSetNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { getComplexity, ComplexityEstimator } from 'graphql-query-complexity';
import { QUERY_TOO_COMPLEX } from './format-error';

export const MAX_DEPTH = 12;
export const MAX_COMPLEXITY = 5000;

const tooComplex = (message: string) =>
  new GraphQLError(message, { extensions: { code: QUERY_TOO_COMPLEX, http: { status: 400 } } });

/** Validation rule: no selection deeper than MAX_DEPTH (fragments followed, introspection included). */
export function depthLimitRule(maxDepth = MAX_DEPTH) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let max = 0;
      for (const s of set.selections) {
        if (s.kind === Kind.FIELD) max = Math.max(max, s.selectionSet ? 1 + depthOf(s.selectionSet, seen) : 1);
        else if (s.kind === Kind.INLINE_FRAGMENT) max = Math.max(max, depthOf(s.selectionSet, seen));
        else if (!seen.has(s.name.value)) max = Math.max(max, depthOf(fragments.get(s.name.value)?.selectionSet, new Set([...seen, s.name.value])));
      }
      return max;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, new Set());
        if (depth > maxDepth) context.reportError(tooComplex(`the query is ${depth} levels deep; the limit is ${maxDepth}. Ask for fewer nested fields or split the query.`));
      },
    };
  };
}

/** A list field costs its children once per item asked for (`first`), at least once. */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args.first === 'number' && args.first > 0 ? args.first : 1;
  return 1 + childComplexity * first;
};

/** Apollo plugin: refuses operations whose estimated cost exceeds MAX_COMPLEXITY, before anything runs. */
export function complexityLimitPlugin(schema: GraphQLSchema, maxComplexity = MAX_COMPLEXITY): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let complexity: number;
          try {
            complexity = getComplexity({ schema, query: document, variables: request.variables ?? {}, operationName: request.operationName, estimators: [pageSizeEstimator] });
          } catch (error) {
            // getComplexity rejects invalid variables; that is the client's input, not a server failure.
            throw new GraphQLError(`the variables do not fit the query: ${(error as Error).message}`, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
          }
          if (complexity > maxComplexity) {
            throw tooComplex(`the query's estimated cost is ${complexity}; the limit is ${maxComplexity}. Ask for smaller pages (first) or fewer nested lists.`);
          }
        },
      };
    },
  };
}
