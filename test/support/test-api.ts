import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import { buildKnowledgeSchema } from '../../schema/build-schema';
import { createRequestContext, RequestContext } from '../../schema/common/context';
import { createApollo } from '../../server/apollo';
import { createHttpApp, HttpApp } from '../../server/http/create-http-app';
import { DEFAULT_HTTP_CONFIG, HttpConfig } from '../../server/config';
import type { KnowledgeStore } from '../../server/knowledge/knowledge-store.port';
import { createServices } from '../../server/services';
import { memoryStoreWithRealDataset } from './real-dataset';

export interface TestApi {
  apollo: ApolloServer<RequestContext>;
  store: KnowledgeStore;
  /** Runs an operation in process (executeOperation) and returns the single result. */
  execute(
    query: string,
    variables?: Record<string, unknown>,
    lang?: 'en' | 'id',
  ): Promise<{ data?: any; errors?: readonly any[]; http: { status?: number } }>;
  stop(): Promise<void>;
}

/** The API on a store (default: the embedded store with the real dataset), without HTTP. */
export async function startTestApi(
  store: KnowledgeStore = memoryStoreWithRealDataset(),
  queryTimeoutMs = DEFAULT_HTTP_CONFIG.queryTimeoutMs,
): Promise<TestApi> {
  const apollo = createApollo(await buildKnowledgeSchema(createServices(store)), { queryTimeoutMs });
  await apollo.start();
  return {
    apollo,
    store,
    async execute(query, variables, lang = 'en') {
      const response = await apollo.executeOperation(
        { query, variables },
        { contextValue: createRequestContext(store, lang) },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      const { data, errors } = response.body.singleResult;
      return { data: data ?? undefined, errors, http: { status: response.http.status } };
    },
    stop: () => apollo.stop(),
  };
}

export interface TestHttpServer {
  url: string;
  store: KnowledgeStore;
  http: HttpApp;
  stop(): Promise<void>;
}

/**
 * The API over real HTTP on a free loopback port, with the production edge (Fastify). The rate limit is off unless
 * a test asks for one, so tests that send many requests measure what they mean to.
 */
export async function startTestHttpServer(
  store: KnowledgeStore = memoryStoreWithRealDataset(),
  config: Partial<HttpConfig> = {},
): Promise<TestHttpServer> {
  const httpConfig: HttpConfig = { ...DEFAULT_HTTP_CONFIG, rateLimitPerMinute: 0, ...config };
  const api = await startTestApi(store, httpConfig.queryTimeoutMs);
  const http = await createHttpApp(api.apollo, store, httpConfig);
  await http.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = http.app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    http,
    async stop() {
      await http.app.close();
      await api.stop();
    },
  };
}
