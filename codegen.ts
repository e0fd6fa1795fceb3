import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * `npm run client:codegen`: the API client's operation types, generated from the committed schema
 * (schema/schema.graphql) and the named operations in client/api/operations/. test/client/codegen.test.ts fails
 * when the generated files are stale.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['client/api/operations/**/*.ts'],
  ignoreNoDocuments: false,
  generates: {
    'client/api/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        // Result fields are always present (null when empty); variables stay optional as in the schema.
        avoidOptionals: { field: true, object: true, inputValue: false, defaultValue: false },
        scalars: { ID: 'string' },
      },
    },
  },
};

export default config;
