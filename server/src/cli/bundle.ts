/**
 * What `dist/api.js` is built from: the public API (server/src/api.ts, whose declarations are
 * `dist/api.d.ts`) and, not declared, the CLI, which `dist/cli.js` (server/src/cli/bin.ts) starts
 * from here. So the package carries the engine once for both, and the CLI's checking threads run
 * the same file (cli/worker.ts).
 */
export * from '../api';
export { runAsProcess as __runCliAsProcess } from './main';
