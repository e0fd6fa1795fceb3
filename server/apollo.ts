import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { RequestContext } from '../schema/common/context';
import { domainErrorStatusPlugin, formatError } from '../schema/format-error';
import { queryLimitsPlugin } from '../schema/limits';

/** Apollo Server with every safety setting explicit: this is a public API. */
export function createApollo(schema: GraphQLSchema): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    persistedQueries: false,
    formatError,
    plugins: [
      queryLimitsPlugin(schema),
      domainErrorStatusPlugin(),
      // No HTTP caching hints are given; without this plugin every field resolution would be instrumented.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
    ],
  });
}
