import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import { LRUCache } from 'lru-cache';
import type { RequestContext } from '../schema/common/context';

type SingleResult = Extract<GraphQLResponse['body'], { kind: 'single' }>['singleResult'];

/** Room for the answers of many distinct questions; an answer is at most about 100 KB (paged lists). */
const MAX_ENTRIES = 2000;

/**
 * Answers a question asked before from memory: the embedded store's data changes only when the server restarts
 * with another dataset, so an answer stays right for the life of the process. Keyed by the document, the operation
 * name, the variables and the language (labels follow Accept-Language); answers with errors are not kept, so an
 * error is always computed afresh. Apollo still parses (from its document cache), validates and applies the query
 * limits before the cache answers. Not for a store whose data can change under a running server (Neo4j).
 */
export function responseCachePlugin(): ApolloServerPlugin<RequestContext> {
  const answers = new LRUCache<string, SingleResult>({ max: MAX_ENTRIES });
  return {
    async requestDidStart({ request, contextValue }) {
      const key = JSON.stringify([
        request.query,
        request.operationName ?? null,
        request.variables ?? {},
        contextValue.lang,
      ]);
      let answeredFromCache = false;
      return {
        async responseForOperation() {
          const known = answers.get(key);
          if (known === undefined) return null;
          answeredFromCache = true;
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: known },
          };
        },
        async willSendResponse({ response }) {
          if (answeredFromCache || response.body.kind !== 'single') return;
          const { singleResult } = response.body;
          if (singleResult.errors === undefined && singleResult.data) answers.set(key, singleResult);
        },
      };
    },
  };
}
