// Compiles the document schemas to JavaScript when the bundles are built (ajv's standalone code),
// so neither the CLI nor the language server spends a few hundred milliseconds compiling them at
// start-up. scripts/build.mjs puts the module this returns in place of
// server/src/core/schema/precompiled.ts; running from source (tests, tsx), schemas compile at run time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

const require = createRequire(import.meta.url);

/** The document schemas, as validate.ts compiles them (same options). */
export const DOCUMENT_SCHEMAS = ['icb-constitution', 'integrated-care-partnership', 'place-partnership'];
export const AJV_OPTIONS = { allErrors: true, strict: false, verbose: true, strictNumbers: true };

/** CommonJS source exporting `PRECOMPILED`: the schema's `$id` → its validate function. */
export function precompiledSchemasModule(root) {
  const Ajv2020 = require('ajv/dist/2020').default;
  const standaloneCode = require('ajv/dist/standalone').default;
  const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: true, esm: false } });
  const exportsById = {};
  DOCUMENT_SCHEMAS.forEach((name, i) => {
    const schema = JSON.parse(readFileSync(path.join(root, 'schemas', `${name}.schema.json`), 'utf8'));
    if (typeof schema.$id !== 'string') throw new Error(`precompile: ${name} has no $id`);
    ajv.addSchema(schema);
    exportsById[schema.$id] = `v${i}`;
  });
  const code = standaloneCode(ajv, Object.fromEntries(Object.entries(exportsById).map(([id, name]) => [name, id])));
  const table = Object.entries(exportsById).map(([id, name]) => `${JSON.stringify(id)}: exports.${name}`).join(', ');
  return `${code}\nexports.PRECOMPILED = { ${table} };\n`;
}
