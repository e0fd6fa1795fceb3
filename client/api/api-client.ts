import { ApolloClient, HttpLink, InMemoryCache, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { toClientError } from './client-error';

export type Language = 'en' | 'id';

export const DEFAULT_API_URL = 'http://localhost:4000/graphql';
const DEFAULT_TIMEOUT_MS = 30_000;

export interface ApiClientOptions {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** Language of labels and reasons, sent as Accept-Language (default: the server's, English). */
  language?: Language;
  /** Give up on a request after this long (default 30 s). */
  timeoutMs?: number;
  /** Defaults to Node's global fetch. */
  fetch?: typeof fetch;
}

export interface ApiClient {
  readonly apollo: ApolloClient;
  readonly url: string;
  /** Runs a query; resolves to its data or rejects with a ClientError. */
  query<TData, TVariables extends OperationVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
  ): Promise<TData>;
  /** Stops the client's in-flight work; call when done. */
  stop(): void;
}

/** fetch with a deadline, keeping Apollo's own abort signal working. */
function withTimeout(fetchImpl: typeof fetch, timeoutMs: number): typeof fetch {
  return (input, init) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    return fetchImpl(input, { ...init, signal });
  };
}

/**
 * An Apollo Client for the knowledge-base API. One client speaks one language: labels depend on Accept-Language,
 * and the cache does not key on headers, so a second language needs a second client.
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const { url, language, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
  const apollo = new ApolloClient({
    link: new HttpLink({
      uri: url,
      fetch: withTimeout(options.fetch ?? fetch, timeoutMs),
      headers: language ? { 'Accept-Language': language } : {},
    }),
    cache: new InMemoryCache({
      // Texts and legal bases have no id: a newer answer replaces them whole (and Apollo need not warn about it).
      typePolicies: { LocalizedText: { merge: false }, LegalBasis: { merge: false } },
    }),
    devtools: { enabled: false },
  });
  return {
    apollo,
    url,
    async query<TData, TVariables extends OperationVariables>(
      document: TypedDocumentNode<TData, TVariables>,
      variables: TVariables,
    ): Promise<TData> {
      try {
        const result = await apollo.query({ query: document, variables });
        return result.data as TData;
      } catch (error) {
        throw toClientError(error, url);
      }
    },
    stop: () => apollo.stop(),
  };
}
