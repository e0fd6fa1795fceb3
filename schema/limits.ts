import { GraphQLError, GraphQLSchema, ValidationContext, ValidationRule, getVariableValues } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { edgeError } from './format-error';
import { costOf, PageSizeError } from './query-cost';

/**
 * The limits every operation must keep. The cost of a query bounds the number of values in its answer (see
 * query-cost.ts), so MAX_COST bounds its size and time: the costliest query accepted answers in well under a second
 * and a few megabytes on a small server (figures in server/http/README.md).
 */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxCost: 50_000,
  maxAliases: 20,
  maxDirectives: 20,
  /** Tokens of the document: graphql-js stops parsing there, before deep nesting can exhaust the stack. */
  maxTokens: 3_000,
  /** Selections the cost walk may visit, fragments expanded: bounds the time spent estimating. */
  maxCostWalk: 5_000,
} as const;

export type QueryLimits = typeof QUERY_LIMITS;

/**
 * graphql-armor's rules report through the validation context; the error they report carries QUERY_TOO_COMPLEX so
 * the client sees the project's code rather than Apollo's generic GRAPHQL_VALIDATION_FAILED.
 */
const reportAsTooComplex = (context: ValidationContext | null, error: GraphQLError) =>
  context?.reportError(edgeError('QUERY_TOO_COMPLEX', `${error.message.replace(/^Syntax Error: /, '')} ${HINT}`));

const HINT = 'Ask for fewer fields, aliases or nested lists, or split the query.';

/** Depth (fragments flattened, each fragment counted once: linear time), aliases and directives, with graphql-armor. */
export function queryShapeRules(limits: QueryLimits = QUERY_LIMITS): ValidationRule[] {
  const common = { propagateOnRejection: false, onReject: [reportAsTooComplex], exposeLimits: true };
  return [
    // Introspection is left to the cost limit, which counts its answer exactly (introspection-cost.ts).
    maxDepthRule({ ...common, n: limits.maxDepth, flattenFragments: true, ignoreIntrospection: true }),
    maxAliasesRule({ ...common, n: limits.maxAliases }),
    maxDirectivesRule({ ...common, n: limits.maxDirectives }),
  ];
}

/**
 * Apollo plugin, before anything runs: refuses mutations and subscriptions (the API is read-only), variables that do
 * not fit, and operations costlier than the limit.
 */
export function queryCostPlugin(schema: GraphQLSchema, limits: QueryLimits = QUERY_LIMITS): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (!operation) return; // Apollo answers a missing or ambiguous operation itself.
          if (operation.operation !== 'query') {
            throw edgeError(
              'OPERATION_NOT_SUPPORTED',
              `this API is read-only: only queries are answered, not ${operation.operation}s`,
            );
          }
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          if (coerced.errors) {
            throw new GraphQLError(coerced.errors[0].message, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
          let cost: number;
          try {
            cost = costOf(
              schema,
              document,
              { raw: request.variables ?? {}, coerced: coerced.coerced },
              operation.name?.value,
              limits.maxCostWalk,
            );
          } catch (error) {
            if (error instanceof PageSizeError || !/maximum allowed number of nodes/.test((error as Error).message)) {
              throw new GraphQLError((error as Error).message, {
                extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
              });
            }
            throw edgeError(
              'QUERY_TOO_COMPLEX',
              `the query expands to more than ${limits.maxCostWalk} selections. ${HINT}`,
            );
          }
          if (cost > limits.maxCost) {
            throw edgeError(
              'QUERY_TOO_COMPLEX',
              `the query's estimated cost is ${cost}; the limit is ${limits.maxCost}. Ask for smaller pages (first) or fewer nested lists.`,
            );
          }
        },
      };
    },
  };
}
