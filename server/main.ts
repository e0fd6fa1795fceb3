import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { createStore } from './store/create-store';
import { createServices } from './services';
import { buildKnowledgeSchema } from '../schema/build-schema';
import { createApollo } from './apollo';
import { createHttpApp } from './http/create-http-app';
import { shutDownGracefully } from './http/graceful-shutdown';

const STORE_CLOSE_MS = 3_000;

/** Composition root: config -> store -> services -> schema -> Apollo -> HTTP, with graceful shutdown. */
async function main(): Promise<void> {
  const config = loadConfig();
  const { store, description } = await createStore(config);
  const schema = await buildKnowledgeSchema(createServices(store));
  const apollo = createApollo(schema, {
    queryTimeoutMs: config.http.queryTimeoutMs,
    sandboxPage: config.http.sandboxPage,
    // The embedded store's data is fixed for the life of the process, so its answers can be kept; Neo4j's cannot.
    responseCache: config.responseCache && config.neo4j === null,
  });
  await apollo.start();
  const http = await createHttpApp(apollo, store, config.http);
  try {
    await http.app.listen({ port: config.port, host: config.host });
  } catch (error) {
    throw (error as NodeJS.ErrnoException).code === 'EADDRINUSE'
      ? new ConfigError(
          `port ${config.port} is already in use: stop the other server or set PORT, e.g. PORT=4001 npm start`,
        )
      : error;
  }
  const address = http.app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(`NTT anti-trafficking knowledge base — ${description}`);
  console.log(`GraphQL API: http://localhost:${port}/graphql   health: /health   ready: /ready`);
  console.log(
    http.downloads.files.length > 0
      ? `Downloads: http://localhost:${port}/data/ (${http.downloads.files.length} files from ${config.http.exportDir})`
      : `Downloads: none yet at /data/; run "npm run export" to write them to ${config.http.exportDir}, then restart`,
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down (requests in flight may take up to ${config.http.shutdownGraceMs} ms)`);
    shutDownGracefully({
      http,
      apollo,
      store,
      graceMs: config.http.shutdownGraceMs,
      storeCloseMs: STORE_CLOSE_MS,
      log: (line) => console.log(line),
    }).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('shutdown failed:', error instanceof Error ? error.message : error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  // A store read that failed after its caller stopped waiting (seen once under load on Neo4j; the caller is not yet
  // found) must not take the whole API down: Node's default for an unhandled rejection is to exit. Log one line.
  process.on('unhandledRejection', (reason) => {
    console.error('unhandled rejection (a promise nobody awaited):', reason instanceof Error ? reason.message : reason);
  });
}

main().catch((error: unknown) => {
  // One clear line for a configuration mistake; a stack trace would only hide it.
  console.error(
    error instanceof ConfigError
      ? `configuration error: ${error.message}`
      : error instanceof Error
        ? error.message
        : error,
  );
  process.exit(1);
});
