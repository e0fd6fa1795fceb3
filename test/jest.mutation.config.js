const base = require('../jest.config');

/**
 * The tests mutation testing runs (stryker.config.json): the core's unit tests against the fake store and the
 * embedded store's unit tests on a tiny world. Both are fast and exercise server/knowledge/ and server/store/memory/
 * directly. The contract suite also covers the embedded store, but each of its runs loads the real dataset (seconds
 * on a shared machine) and Stryker runs the covering tests once per mutant, so it is left out here.
 */
/** @type {import('jest').Config} */
module.exports = {
  ...base,
  rootDir: '..',
  roots: ['<rootDir>/test'],
  testMatch: ['<rootDir>/test/unit/knowledge/**/*.test.ts', '<rootDir>/test/unit/memory/**/*.test.ts'],
};
