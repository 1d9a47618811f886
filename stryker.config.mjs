// Mutation testing (StrykerJS): `npm run test:mutation` runs the whole set below;
// `npm run test:mutation -- --mutate server/src/core/fix.ts` runs one file;
// `npm run test:mutation:ci` runs the CI subset with its break threshold (stryker.ci.config.mjs).
// Per-test coverage: each mutant runs only the tests that reach it. Mutants reached only while
// modules load (constants, tables) would need the whole suite each; they are ignored (`ignoreStatic`)
// and reported as such. Incremental: results are reused for unchanged code and tests, from
// reports/stryker-incremental.json (git-ignored: a local cache, never a source of truth for CI).
import * as path from 'node:path';

const TEMP_DIR = '.stryker-tmp';

// The sandboxes are copies of the clone inside the clone (.stryker-tmp/sandbox-…): stop Git there, so
// that a sandbox is not seen as a subfolder of this work tree. Otherwise the CLI's default base for
// report paths (the Git top folder, issue 17) prefixes every path with the sandbox's, and the tests
// that compare the CLI's paths with the API's fail before any mutant runs. The test runners inherit it.
process.env.GIT_CEILING_DIRECTORIES = [path.resolve(TEMP_DIR), process.env.GIT_CEILING_DIRECTORIES].filter(Boolean).join(path.delimiter);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'mocha',
  // STRYKER_TESTS='test/rules/**/*.test.ts' narrows the tests a local run uses (faster; the score
  // is then that of those tests alone).
  mochaOptions: { config: '.mocharc.json', ...(process.env.STRYKER_TESTS ? { spec: process.env.STRYKER_TESTS.split(',') } : {}) },
  coverageAnalysis: 'perTest',
  checkers: ['typescript'],
  tsconfigFile: 'server/tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  plugins: ['@stryker-mutator/mocha-runner', '@stryker-mutator/typescript-checker', './stryker/ignore-rule-meta.mjs'],
  ignorers: ['rule-meta'],
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ['html', 'clear-text', 'progress', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: TEMP_DIR,
  // Not needed by the unit tests; the e2e cache (code-server, browsers) is large.
  ignorePatterns: ['.e2e-cache', '.vscode-test', 'test-results', '*.vsix'],
  cleanTempDir: 'always',
  // The engine, the CLI and the LSP mapping. Left out: citations (data), barrels that only list
  // modules, type declarations.
  mutate: [
    'server/src/core/**/*.ts',
    '!server/src/core/**/*citations.ts',
    '!server/src/core/**/index.ts',
    '!server/src/core/types.ts',
    'server/src/cli/**/*.ts',
    'server/src/lsp/convert.ts',
    'server/src/lsp/codeActions.ts',
    'server/src/lsp/features.ts',
  ],
  thresholds: { high: 85, low: 80, break: null },
};
