import 'reflect-metadata';
import type { Server } from 'node:http';
import { loadConfig } from './config';
import { createStore } from './store/create-store';
import { createServices } from './services';
import { buildKnowledgeSchema } from '../schema/build-schema';
import { createApollo } from './apollo';
import { createHttpServer } from './http/http-server';

/** Composition root: config -> store -> services -> schema -> Apollo -> HTTP, with graceful shutdown. */
async function main(): Promise<void> {
  const config = loadConfig();
  const { store, description } = await createStore(config);
  const schema = await buildKnowledgeSchema(createServices(store));
  const apollo = createApollo(schema);
  await apollo.start();
  const server: Server = createHttpServer(apollo, store, config.maxRequestBytes);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `port ${config.port} is already in use: stop the other server or set PORT, e.g. PORT=4001 npm start`,
            )
          : error,
      ),
    );
    server.listen(config.port, config.host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(`NTT anti-trafficking knowledge base — ${description}`);
  console.log(`GraphQL API: http://localhost:${port}/graphql   health: /health   ready: /ready`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    server.close();
    await apollo.stop();
    await store.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
