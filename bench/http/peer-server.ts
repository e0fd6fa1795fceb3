/**
 * The comparison peer, run as its own process like floor-server.ts: a minimal Apollo Server 5 whose schema is
 * `@neo4j/graphql` 7's, generated from peer-schema.ts, over the database NEO4J_URI names (the one our server reads).
 * It uses the same driver settings as our Neo4j store (server/store/neo4j/driver.ts), so the two differ in what they
 * send to Neo4j and what they do around it, not in how they connect. Listens on PORT at 127.0.0.1.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { loadConfig } from '../../server/config';
import { createNeo4jDriver } from '../../server/store/neo4j/driver';
import { buildPeerSchema } from './peer-schema';

async function startPeer() {
  const { neo4j } = loadConfig();
  if (neo4j === null) throw new Error('peer-server needs NEO4J_URI: it answers from the same database as our server');
  const driver = createNeo4jDriver(neo4j);
  const apollo = new ApolloServer({ schema: await buildPeerSchema(driver) });
  await startStandaloneServer(apollo, {
    listen: { port: Number(process.env.PORT), host: '127.0.0.1' },
    context: async () => (neo4j.database === undefined ? {} : { sessionConfig: { database: neo4j.database } }),
  });
  const stop = () => void apollo.stop().finally(() => driver.close().finally(() => process.exit(0)));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

startPeer().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
