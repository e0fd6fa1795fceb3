// @ts-check
const eslint = require('@eslint/js');
const tseslint = require('typescript-eslint');

/**
 * The dependency direction, checked on every `npm run lint`: the core (server/knowledge/) depends on nothing but zod;
 * the edges (schema/, server/store/, seed/, client/) depend on the core, never the core on them.
 */
const RESTRICTED = '@typescript-eslint/no-restricted-imports';

/** Files of `folder` that sit `depth` folders below the repository root. */
const filesAtDepth = (folder, depth) => `${folder}/${'*/'.repeat(depth - folder.split('/').length - 1)}*.ts`;

/**
 * `rootFolders` names the top-level folders (a regex alternation) `folder` must not import; with `leavingFolder`,
 * any import that climbs out of `folder` is forbidden instead (the core imports only itself).
 * One block per folder depth, because a relative import only says where it lands once its `../` are counted:
 * `../schema` from seed/validation/ is seed/schema/, from seed/ it is the GraphQL edge.
 */
function boundary({ folder, ignores = [], rootFolders, leavingFolder = false, packages, message }) {
  const maxDepth = folder.split('/').length + 3;
  const blocks = [];
  for (let depth = folder.split('/').length + 1; depth <= maxDepth; depth += 1) {
    const ups = leavingFolder ? depth - folder.split('/').length : depth - 1;
    const patterns = [{ regex: `^(\\.\\./){${ups}}(${rootFolders})(/|$)`, message }];
    if (packages) patterns.push({ regex: packages, message });
    blocks.push({ files: [filesAtDepth(folder, depth)], ignores, rules: { [RESTRICTED]: ['error', { patterns }] } });
  }
  return blocks;
}

const GRAPHQL_AND_HTTP =
  '^(graphql|type-graphql|@apollo/.*|@as-integrations/.*|fastify|@fastify/.*|express|node:https?|https?)(/|$)';

module.exports = tseslint.config(
  {
    ignores: [
      'dist/',
      'client/web/dist/',
      'node_modules/',
      'coverage/',
      'reports/',
      '.stryker-tmp/',
      'test/*.config.js',
      'seed/schema/json/',
      'client/api/generated/',
      '*.config.js',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Tests and GraphQL results are loosely typed on purpose: the assertions are the types.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // type-graphql builds the resolver list from classes.
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  ...boundary({
    folder: 'server/knowledge',
    // Any relative import that climbs out of server/knowledge/ (to server/, schema/, seed/, client/) is forbidden.
    rootFolders: '.*',
    leavingFolder: true,
    packages: '^(?!zod$|node:(?!https?$|http2$|net$)|\\.)',
    message:
      'server/knowledge/ is the core: it imports only zod, non-networking Node built-ins and itself (no GraphQL, type-graphql, Apollo, neo4j-driver, HTTP framework, schema/, store, seed/ or client/).',
  }),
  ...boundary({
    folder: 'schema',
    rootFolders: 'server/store|seed|client',
    packages: '^neo4j-driver(/|$)',
    message:
      'schema/ is the GraphQL edge: it talks to the core (services, the store port), never to a store, seed/ or client/.',
  }),
  ...boundary({
    folder: 'server/store',
    // create-store.ts is wiring, not a store: it picks a store and hands the embedded one the dataset.
    ignores: ['server/store/create-store.ts'],
    rootFolders: 'schema|seed|client|server/http',
    packages: GRAPHQL_AND_HTTP,
    message: "A store implements the core's port: it knows neither GraphQL, HTTP, seed/ nor client/.",
  }),
  ...boundary({
    folder: 'seed',
    // seed/load-neo4j.ts is the loader: it drives the Neo4j store's seeder (an outgoing adapter), as server/main.ts
    // drives the stores. seed/export/write-export.ts is the export command: like server/main.ts it picks the configured
    // store (createStore) and reads the dataset through the port. Everything else in seed/ (the record folders,
    // validation, the dataset reader, the export's builders) stays store-free.
    ignores: ['seed/load-neo4j.ts', 'seed/export/write-export.ts'],
    rootFolders: 'server/store|schema|client',
    packages: `^neo4j-driver(/|$)|${GRAPHQL_AND_HTTP}`,
    message:
      'seed/ holds the dataset and its validation: it depends on the core only (seed/load-neo4j.ts and seed/export/write-export.ts alone may use a store).',
  }),
  ...[false, true].map((isApiClient) => ({
    files: [isApiClient ? 'client/api/**/*.ts' : 'client/**/*.ts'],
    ignores: isApiClient ? [] : ['client/api/**/*.ts'],
    rules: {
      [RESTRICTED]: [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(server|schema|seed)(/|$)',
              allowTypeImports: true,
              message:
                'client/ talks to the API over HTTP: it may import server types (import type), never server, schema or seed code.',
            },
            // The API client runs in browsers too (the web app): no Node built-ins, no command line.
            ...(isApiClient
              ? [
                  {
                    regex: '^node:|^(fs|path|http|https|util|child_process|os|process)$|(^|/)cli(/|$)',
                    message: 'client/api/ runs in a browser as well: it may not import Node built-ins or client/cli/.',
                  },
                ]
              : []),
          ],
        },
      ],
    },
  })),
);
