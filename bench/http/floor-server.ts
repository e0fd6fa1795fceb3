/**
 * The floors the benchmark divides by, each run as its own process: `apollo` is a minimal Apollo Server 5 answering
 * `{ hello }` (what any GraphQL server on this stack costs), `http` a bare node:http server answering a fixed body
 * (what the machine's HTTP costs). Listens on PORT at 127.0.0.1; /ready answers when it listens.
 */
import { createServer } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

const port = Number(process.env.PORT);

async function startApolloFloor() {
  const apollo = new ApolloServer({
    typeDefs: 'type Query { hello: String! }',
    resolvers: { Query: { hello: () => 'world' } },
  });
  await startStandaloneServer(apollo, { listen: { port, host: '127.0.0.1' } });
}

function startHttpFloor() {
  const body = JSON.stringify({ data: { hello: 'world' } });
  createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(body);
  }).listen(port, '127.0.0.1');
}

if (process.argv[2] === 'apollo') void startApolloFloor();
else if (process.argv[2] === 'http') startHttpFloor();
else throw new Error(`floor-server takes "apollo" or "http"; got "${process.argv[2]}"`);
