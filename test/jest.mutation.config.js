const base = require('../jest.config');

/**
 * The tests mutation testing runs (stryker.config.json): the core's unit tests against the fake store and the
 * embedded store's unit tests on a tiny world. Both are fast and exercise server/knowledge/ and server/store/memory/
 * directly. The contract suite also covers the embedded store, but each of its runs loads the real dataset (seconds
 * on a shared machine) and Stryker runs the covering tests once per mutant, so it is left out here.
 *
 * Transpile only (isolatedModules): a mutant that breaks a type is then judged by what it does, not killed by a type
 * error, so the score counts only what the tests catch; and no type checker runs per mutant (a full run took over an
 * hour on two shared cores with StrykerJS's TypeScript checker, most of it in the checker).
 */
/** @type {import('jest').Config} */
module.exports = {
  ...base,
  rootDir: '..',
  roots: ['<rootDir>/test'],
  testMatch: ['<rootDir>/test/unit/knowledge/**/*.test.ts', '<rootDir>/test/unit/memory/**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true }] },
};
