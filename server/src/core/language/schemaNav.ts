import type { JsonSchema } from '../schema/validate';

/**
 * Reading the format's JSON Schemas for the editor: what a key means (title, description), which
 * keys a map takes, which values an enum allows and what each means. The schemas are the single
 * source of these words — hover and completion never restate them.
 */

/** A path segment: a map key, or `[]` for "an item of this list". */
export type PathSegment = string;
export const ITEM = '[]';

export interface ResolvedSchema {
  title?: string;
  description?: string;
  /** JSON types the value may take. */
  types: string[];
  properties: Record<string, JsonSchema>;
  /** The schema of list items, if the value is a list. */
  items?: JsonSchema;
  enum?: unknown[];
  enumDescriptions?: string[];
  const?: unknown;
  pattern?: string;
  required: string[];
  /** True when keys other than `properties` are allowed. */
  open: boolean;
}

/** Follows `$ref` (local `#/$defs/...` only), merging the referring schema's own words over the target's. */
export function deref(root: JsonSchema, schema: JsonSchema | undefined, depth = 0): JsonSchema | undefined {
  if (!schema || depth > 20) return schema;
  const ref = schema.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return schema;
  let target: unknown = root;
  for (const part of ref.slice(2).split('/')) target = (target as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  const resolved = deref(root, target as JsonSchema | undefined, depth + 1) ?? {};
  const { $ref: _ref, ...own } = schema;
  return { ...resolved, ...own };
}

/** The schema's alternatives and parts, each dereferenced (allOf, anyOf, oneOf, and the schema itself). */
function parts(root: JsonSchema, schema: JsonSchema, depth = 0): JsonSchema[] {
  const s = deref(root, schema);
  if (!s || depth > 10) return [];
  const out: JsonSchema[] = [s];
  for (const k of ['allOf', 'anyOf', 'oneOf'] as const) {
    const list = s[k];
    if (Array.isArray(list)) for (const sub of list) out.push(...parts(root, sub as JsonSchema, depth + 1));
  }
  return out;
}

export function resolve(root: JsonSchema, schema: JsonSchema | undefined): ResolvedSchema | undefined {
  if (!schema) return undefined;
  const all = parts(root, schema);
  if (all.length === 0) return undefined;
  const first = all[0];
  const out: ResolvedSchema = { types: [], properties: {}, required: [], open: true };
  out.title = typeof first.title === 'string' ? first.title : undefined;
  out.description = typeof first.description === 'string' ? first.description : undefined;
  let closed = false;
  for (const s of all) {
    if (typeof s.type === 'string') out.types.push(s.type);
    else if (Array.isArray(s.type)) out.types.push(...(s.type as string[]));
    if (s.properties && typeof s.properties === 'object') {
      for (const [k, v] of Object.entries(s.properties as Record<string, JsonSchema>)) if (!out.properties[k]) out.properties[k] = v;
    }
    if (s.items && typeof s.items === 'object' && !out.items) out.items = s.items as JsonSchema;
    if (Array.isArray(s.enum) && !out.enum) {
      out.enum = s.enum;
      out.enumDescriptions = Array.isArray(s.enumDescriptions) ? (s.enumDescriptions as string[]) : undefined;
    }
    if ('const' in s && out.const === undefined) out.const = s.const;
    if (typeof s.pattern === 'string' && !out.pattern) out.pattern = s.pattern;
    if (Array.isArray(s.required)) out.required.push(...(s.required as string[]));
    if (s.additionalProperties === false || s.unevaluatedProperties === false) closed = true;
    if (!out.title && typeof s.title === 'string') out.title = s.title;
    if (!out.description && typeof s.description === 'string') out.description = s.description;
  }
  out.types = [...new Set(out.types)];
  out.open = !closed;
  return out;
}

/** The schema of the value at a path (keys and `[]`), or undefined when the path leaves the schema. */
export function schemaAtPath(root: JsonSchema, path: readonly PathSegment[]): ResolvedSchema | undefined {
  let current: JsonSchema | undefined = root;
  for (const seg of path) {
    const r = resolve(root, current);
    if (!r) return undefined;
    if (seg === ITEM || /^\d+$/.test(seg)) current = r.items;
    else current = r.properties[seg];
    if (!current) return undefined;
  }
  return resolve(root, current);
}

/** The description of one enum value, from `enumDescriptions`. */
export function enumDescription(schema: ResolvedSchema, value: unknown): string | undefined {
  if (!schema.enum || !schema.enumDescriptions) return undefined;
  const i = schema.enum.findIndex((v) => String(v) === String(value));
  return i >= 0 ? schema.enumDescriptions[i] : undefined;
}

/** The list-item schema when the value is a list of enums (e.g. `must_include`), else the schema itself. */
export function scalarSchema(root: JsonSchema, schema: ResolvedSchema): ResolvedSchema {
  if (schema.enum || schema.const !== undefined) return schema;
  if (schema.items) return resolve(root, schema.items) ?? schema;
  return schema;
}
