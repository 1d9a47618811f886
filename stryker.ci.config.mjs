// The CI subset of mutation testing, run by .ci/run: `npm run test:mutation:ci`.
// A full run of these files every time (no incremental cache in CI), then stryker/check-scores.mjs
// fails the run when any file's score is below its floor in stryker/floors.json.
import base from './stryker.config.mjs';
import { CI, CI_TESTS } from './stryker/sets.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: CI,
  // The tests written for these files (a mutant runs only the tests that reach it, but a survivor
  // in code every check runs, such as reading suppression comments, would otherwise run them all).
  mochaOptions: { ...base.mochaOptions, spec: CI_TESTS },
  incremental: false,
  reporters: ['clear-text', 'dots', 'json', 'html'],
  clearTextReporter: { allowColor: false, logTests: false },
  htmlReporter: { fileName: 'reports/mutation-ci/index.html' },
  jsonReporter: { fileName: 'reports/mutation-ci/mutation.json' },
  thresholds: { high: 95, low: 90, break: 90 },
};
