import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { RequestContext } from '../schema/common/context';
import { domainErrorStatusPlugin, formatError } from '../schema/format-error';
import { QUERY_LIMITS, queryCostPlugin, queryShapeRules } from '../schema/limits';
import { enforceListBounds } from '../schema/list-bounds';
import { executionDeadlinePlugin, stopFieldsAfterDeadline } from '../schema/execution-deadline';
import { responseCachePlugin } from './response-cache.plugin';

export interface ApolloOptions {
  /** A request stops resolving fields once it has run this long. */
  queryTimeoutMs: number;
  /** Apollo's Sandbox page for browsers at GET /graphql; it loads from Apollo's CDN. */
  sandboxPage: boolean;
  /**
   * Answer repeated questions from memory; only for a store whose data cannot change while the server runs (the
   * embedded store).
   */
  responseCache: boolean;
}

const DEFAULT_OPTIONS: ApolloOptions = { queryTimeoutMs: 5_000, sandboxPage: true, responseCache: false };

/** Apollo Server with every safety setting explicit: this is a public API. Wraps the schema's resolvers once. */
export function createApollo(
  schema: GraphQLSchema,
  options: Partial<ApolloOptions> = {},
): ApolloServer<RequestContext> {
  const { queryTimeoutMs, sandboxPage, responseCache } = { ...DEFAULT_OPTIONS, ...options };
  enforceListBounds(schema);
  stopFieldsAfterDeadline(schema, queryTimeoutMs);
  const landingPage: ApolloServerPlugin = sandboxPage
    ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false })
    : ApolloServerPluginLandingPageDisabled();
  return new ApolloServer<RequestContext>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    persistedQueries: false,
    // main.ts owns the shutdown order (HTTP drained first); Apollo stopping itself on SIGTERM would fail requests
    // still in flight with "cannot execute GraphQL operations after the server has stopped".
    stopOnTerminationSignals: false,
    // graphql-js stops parsing at this many tokens: long and deeply nested documents fail fast with a parse error.
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    validationRules: queryShapeRules(),
    formatError,
    plugins: [
      executionDeadlinePlugin(queryTimeoutMs),
      queryCostPlugin(schema),
      domainErrorStatusPlugin(),
      ...(responseCache ? [responseCachePlugin()] : []),
      // No HTTP caching hints are given; without this plugin every field resolution would be instrumented.
      ApolloServerPluginCacheControlDisabled(),
      landingPage,
    ],
  });
}
