import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { buildKnowledgeSchema } from '../../schema/build-schema';
import { createRequestContext, RequestContext } from '../../schema/common/context';
import { createApollo } from '../../server/apollo';
import { createHttpServer } from '../../server/http/http-server';
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
export async function startTestApi(store: KnowledgeStore = memoryStoreWithRealDataset()): Promise<TestApi> {
  const apollo = createApollo(await buildKnowledgeSchema(createServices(store)));
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
  stop(): Promise<void>;
}

/** The API over real HTTP on a free loopback port. */
export async function startTestHttpServer(
  store: KnowledgeStore = memoryStoreWithRealDataset(),
  maxRequestBytes = 64 * 1024,
): Promise<TestHttpServer> {
  const api = await startTestApi(store);
  const server: Server = createHttpServer(api.apollo, store, maxRequestBytes);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await api.stop();
    },
  };
}
