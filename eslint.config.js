// @ts-check
const eslint = require('@eslint/js');
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'seed/schema/json/', '*.config.js'] },
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
);
