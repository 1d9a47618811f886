/**
 * The `ics-check` command run from the sources (tests run it with tsx). The built command,
 * `dist/cli.js`, does the same with the CLI held by `dist/api.js` (see bundle.ts and
 * scripts/build.mjs), so the package carries the engine once for the API and the CLI.
 */
import { runAsProcess } from './main';

runAsProcess();
