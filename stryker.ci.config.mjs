// The CI subset of mutation testing, run by .ci/run: `npm run test:mutation:ci`.
// A full run of these files every time (no incremental cache in CI), then stryker/check-scores.mjs
// fails the run when any file's score is below its floor in stryker/floors.json.
import base from './stryker.config.mjs';
import { CI } from './stryker/sets.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: CI,
  incremental: false,
  reporters: ['clear-text', 'progress-append-only', 'json', 'html'],
  htmlReporter: { fileName: 'reports/mutation-ci/index.html' },
  jsonReporter: { fileName: 'reports/mutation-ci/mutation.json' },
  thresholds: { high: 85, low: 80, break: null },
};
