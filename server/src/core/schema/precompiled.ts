import type { ValidateFunction } from 'ajv';

/**
 * Validators compiled from the document schemas when the bundles are built, by `$id`
 * (scripts/precompile-schemas.mjs; scripts/build.mjs replaces this module in dist/). Running from
 * source there are none, and validate.ts compiles the schemas on first use.
 */
export const PRECOMPILED: Readonly<Record<string, ValidateFunction>> = {};
