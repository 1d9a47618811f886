/** See precompile-schemas.mjs. */
export declare const DOCUMENT_SCHEMAS: string[];
export declare const AJV_OPTIONS: { allErrors: boolean; strict: boolean; verbose: boolean; strictNumbers: boolean };
export declare function precompiledSchemasModule(root: string): string;
