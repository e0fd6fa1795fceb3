import {
  defaultFieldResolver,
  getNamedType,
  GraphQLError,
  GraphQLSchema,
  isCompositeType,
  isObjectType,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { STATUS_OF } from './format-error';
import { ERROR_CODES } from '../server/knowledge/errors';

/** When each running request must be done, keyed by its context object (one per request). */
const deadlines = new WeakMap<object, number>();

export const queryTimeoutError = (ms: number): GraphQLError =>
  new GraphQLError(
    `the query did not finish within ${ms} ms and was stopped; ask for less (smaller pages, fewer nested lists) or try again later`,
    { extensions: { code: ERROR_CODES.QUERY_TIMEOUT, http: { status: STATUS_OF.QUERY_TIMEOUT } } },
  );

/**
 * Makes every field that returns an object or a list refuse to start once its request's deadline has passed, so a
 * request that runs out of time stops doing work (and stops asking the store) instead of finishing an answer nobody
 * waits for. Scalars are left alone: they are cheap, and checking them would cost more than it saves.
 */
export function stopFieldsAfterDeadline(schema: GraphQLSchema, timeoutMs: number): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isCompositeType(getNamedType(field.type))) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const deadline = typeof context === 'object' && context !== null ? deadlines.get(context) : undefined;
        if (deadline !== undefined && Date.now() > deadline) throw queryTimeoutError(timeoutMs);
        return resolve(source, args, context, info);
      };
    }
  }
}

/** Apollo plugin: starts each request's clock when the request starts. */
export function executionDeadlinePlugin(timeoutMs: number): ApolloServerPlugin {
  return {
    async requestDidStart({ contextValue }) {
      deadlines.set(contextValue as object, Date.now() + timeoutMs);
    },
  };
}
