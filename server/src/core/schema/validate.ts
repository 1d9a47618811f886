import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import icbSchema from '../../../../schemas/icb-constitution.schema.json';
import icpSchema from '../../../../schemas/integrated-care-partnership.schema.json';
import placeSchema from '../../../../schemas/place-partnership.schema.json';
import configSchema from '../../../../schemas/ics-check-config.schema.json';
import type { LineIndex } from '../yaml/lineIndex';
import type { DocumentKind, Range } from '../types';
import { editDistance } from '../yaml/parse';
import { PRECOMPILED } from './precompiled';

export type JsonSchema = Record<string, unknown>;

export const SCHEMAS: Record<DocumentKind, JsonSchema> = {
  'icb-constitution': icbSchema as JsonSchema,
  'integrated-care-partnership': icpSchema as JsonSchema,
  'place-partnership': placeSchema as JsonSchema,
};
export const CONFIG_SCHEMA = configSchema as JsonSchema;

export interface SchemaProblem {
  message: string;
  range: Range;
  /** The ajv keyword, for tests and for grouping. */
  keyword: string;
  /** JSON pointer of the value concerned. */
  path: string;
  /** A replacement value when one is obvious (a near-miss enum value or key). */
  suggestion?: { range: Range; text: string };
}

/** How the schemas are compiled, here and when the bundles are built (scripts/precompile-schemas.mjs). */
// strictNumbers: `1e999` and `.inf` read as Infinity, `.nan` as NaN — no count or date can be either.
export const AJV_OPTIONS = { allErrors: true, strict: false, verbose: true, strictNumbers: true } as const;

let ajv: Ajv2020 | undefined;
const compiled = new Map<JsonSchema, ValidateFunction>();

function validatorFor(schema: JsonSchema): ValidateFunction {
  let v = compiled.get(schema);
  if (!v && typeof schema.$id === 'string' && PRECOMPILED[schema.$id]) {
    v = PRECOMPILED[schema.$id];
    compiled.set(schema, v);
  }
  if (!v) {
    if (!ajv) {
      ajv = new Ajv2020({ ...AJV_OPTIONS });
    }
    v = ajv.compile(schema);
    compiled.set(schema, v);
  }
  return v;
}

/** Validates a YAML document against a schema and maps every error to a range and a sentence. */
export function validateYaml(schema: JsonSchema, root: Node | null, data: unknown, lines: LineIndex): SchemaProblem[] {
  const validate = validatorFor(schema);
  if (validate(data)) return [];
  const errors = collapseAlternatives(validate.errors ?? []);
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const p = describe(e, root, lines, schema);
    if (!p) continue;
    const key = `${p.range.start.line}:${p.range.start.character}:${p.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(p);
  }
  return problems;
}

/**
 * `oneOf`/`anyOf` failures come with the errors of every branch. Keep the branch that came
 * closest (fewest errors, preferring one whose type matched) and drop the summary error.
 */
function collapseAlternatives(errors: ErrorObject[]): ErrorObject[] {
  const alternatives = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  if (alternatives.length === 0) return errors;
  let result = errors;
  // Innermost first, so nested alternatives are resolved before their parents.
  alternatives.sort((a, b) => b.schemaPath.length - a.schemaPath.length);
  for (const alt of alternatives) {
    const prefix = alt.schemaPath + '/';
    // Errors of this alternative: under its schema path and at or under its value (two list items
    // failing the same alternative share the schema path).
    const within = (e: ErrorObject) => e.schemaPath.startsWith(prefix) && (e.instancePath === alt.instancePath || e.instancePath.startsWith(alt.instancePath + '/'));
    const branches = new Map<string, ErrorObject[]>();
    for (const e of result) {
      if (!within(e)) continue;
      const branch = e.schemaPath.slice(prefix.length).split('/')[0];
      if (!branches.has(branch)) branches.set(branch, []);
      branches.get(branch)!.push(e);
    }
    let best: ErrorObject[] | undefined;
    let bestScore = Infinity;
    const typeMisses: ErrorObject[] = [];
    for (const errs of branches.values()) {
      const miss = errs.find((e) => e.keyword === 'type' && e.instancePath === alt.instancePath);
      if (miss) typeMisses.push(miss);
      const score = (miss ? 1000 : 0) + errs.length;
      if (score < bestScore) {
        bestScore = score;
        best = errs;
      }
    }
    // The value is of none of the types the branches allow: one sentence naming them all.
    if (branches.size > 0 && typeMisses.length === branches.size) {
      const types = [...new Set(typeMisses.flatMap((e) => String((e.params as { type: string | string[] }).type).split(',')))];
      best = [{ ...typeMisses[0], params: { type: types.join(',') } }];
    }
    const dropped = new Set(result.filter(within));
    result = result.filter((e) => !dropped.has(e) && (e !== alt || branches.size === 0));
    if (best) result.push(...best);
  }
  return result;
}

function describe(e: ErrorObject, root: Node | null, lines: LineIndex, schema: JsonSchema): SchemaProblem | undefined {
  const segments = e.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const target = locate(root, segments);
  const name = fieldName(segments);
  const valueRange = target.node?.range ? lines.range(target.node.range[0], target.node.range[1]) : undefined;
  const keyRange = target.keyNode?.range ? lines.range(target.keyNode.range[0], target.keyNode.range[1]) : undefined;
  // An empty value (`members:`) has no width to underline: its key is underlined instead.
  const emptyValue = !!target.node?.range && target.node.range[0] === target.node.range[1];
  const whole = (emptyValue ? keyRange : undefined) ?? valueRange ?? keyRange ?? lines.range(0, 0);
  const parent = e.parentSchema as JsonSchema | undefined;
  const base = { keyword: e.keyword, path: e.instancePath };
  // The value (`Chair`), or what it is when it is not a single value (a list, nothing).
  const shown = describeValue(e.data);

  switch (e.keyword) {
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const params = e.params as { additionalProperty?: string; unevaluatedProperty?: string };
      const prop = String(params.additionalProperty ?? params.unevaluatedProperty);
      const child = locate(root, [...segments, prop]);
      const range = child.keyNode?.range ? lines.range(child.keyNode.range[0], child.keyNode.range[1]) : whole;
      // `unevaluatedProperties` sits beside a `$ref`: the keys it knows are the referenced definition's.
      const shape = { ...resolveRef(schema, parent?.$ref), ...parent };
      const known = Object.keys((shape.properties as JsonSchema | undefined) ?? {});
      const guess = closest(prop, known);
      const where = shape.title ? ` in ${article(String(shape.title))}` : '';
      return {
        ...base,
        range,
        message: `\`${prop}\` is not a key the format knows${where}${guess ? `; did you mean \`${guess}\`?` : '.'}`,
        suggestion: guess ? { range, text: guess } : undefined,
      };
    }
    case 'required': {
      const missing = String((e.params as { missingProperty: string }).missingProperty);
      const range = keyRange ?? headOf(target.node, lines) ?? whole;
      const what = parent?.title ? article(String(parent.title)) : name ? `\`${name}\`` : 'the document';
      return { ...base, range, message: `${capitalise(what)} needs \`${missing}\`.` };
    }
    case 'enum': {
      const allowed = ((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
      // A near-miss of a word (`Chair`, `chiefexecutive`), not of a number: `version: 3` (or "11") did not mean 1.
      const guess = typeof e.data === 'string' && !LITERAL_LIKE.test(e.data) ? closest(e.data, allowed) : undefined;
      return {
        ...base,
        range: whole,
        message: `\`${name}\` must be one of ${allowed.join(', ')} — ${shown} is not${guess ? `; did you mean \`${guess}\`?` : '.'}`,
        suggestion: guess && valueRange ? { range: valueRange, text: guess } : undefined,
      };
    }
    case 'const': {
      const expected = (e.params as { allowedValue: unknown }).allowedValue;
      return { ...base, range: whole, message: `\`${name}\` must be \`${String(expected)}\` — ${shown} is not.` };
    }
    case 'type': {
      const t = String((e.params as { type: string | string[] }).type);
      if (typeof e.data === 'number' && !Number.isFinite(e.data)) {
        const written = target.node?.range ? lines.text.slice(target.node.range[0], target.node.range[1]) : String(e.data);
        const reads = Number.isNaN(e.data) ? '"not a number"' : e.data > 0 ? 'infinity' : 'minus infinity';
        return { ...base, range: whole, message: `\`${name}\` must be ${typePhrase(t)} — \`${written}\` is not: YAML reads it as ${reads}.` };
      }
      return { ...base, range: whole, message: `\`${name}\` must be ${typePhrase(t)} — ${describeValue(e.data)} is not.` };
    }
    case 'pattern': {
      const pattern = String((e.params as { pattern: string }).pattern);
      return { ...base, range: whole, message: `\`${name}\` must be ${patternPhrase(pattern)} — ${shown} is not.` };
    }
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum': {
      // Infinity or NaN: the type problem already says so.
      if (typeof e.data === 'number' && !Number.isFinite(e.data)) return undefined;
      const limit = (e.params as { limit: number }).limit;
      const words = { minimum: 'at least', exclusiveMinimum: 'more than', maximum: 'at most', exclusiveMaximum: 'less than' }[e.keyword];
      return { ...base, range: whole, message: `\`${name}\` must be ${words} ${limit} — ${describeValue(e.data)} is not.` };
    }
    case 'minItems':
      return { ...base, range: keyRange ?? whole, message: `\`${name}\` needs at least ${(e.params as { limit: number }).limit} item(s).` };
    case 'maxItems':
      return { ...base, range: keyRange ?? whole, message: `\`${name}\` may have at most ${(e.params as { limit: number }).limit} item(s).` };
    case 'minLength':
      return { ...base, range: whole, message: `\`${name}\` must not be empty.` };
    case 'minProperties': {
      const keys = Object.keys((parent?.properties as JsonSchema | undefined) ?? {});
      const limit = (e.params as { limit: number }).limit;
      const which = keys.length > 0 ? `${limit === 1 ? 'one' : limit} of ${keys.map((k) => `\`${k}\``).join(', ')}` : `${limit} key${limit === 1 ? '' : 's'}`;
      return { ...base, range: whole, message: `\`${name}\` must not be empty: give at least ${which}.` };
    }
    case 'uniqueItems':
      return { ...base, range: whole, message: `\`${name}\` lists the same value twice.` };
    case 'oneOf':
    case 'anyOf':
      return { ...base, range: whole, message: `\`${name}\` does not match any of the forms the format allows.` };
    case 'if':
    case 'then':
    case 'else':
    case 'not':
      return undefined;
    default:
      return { ...base, range: whole, message: `\`${name}\`: ${e.message ?? 'is not valid'}.` };
  }
}

interface Located {
  node: Node | null;
  keyNode?: Node;
}

/** Finds the YAML node at a JSON pointer path, and the key node that holds it. */
export function locate(root: Node | null, segments: string[]): Located {
  let node: Node | null = root;
  let keyNode: Node | undefined;
  for (const seg of segments) {
    if (isMap(node)) {
      const pair = (node as YAMLMap).items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === seg) as Pair | undefined;
      if (!pair) return { node: null, keyNode: undefined };
      keyNode = pair.key as Node;
      node = pair.value as Node | null;
    } else if (isSeq(node)) {
      node = ((node as YAMLSeq).items[Number(seg)] as Node | null) ?? null;
      keyNode = undefined;
    } else {
      return { node: null };
    }
  }
  return { node, keyNode };
}

function headOf(node: Node | null, lines: LineIndex): Range | undefined {
  if (isMap(node) && node.items.length > 0) {
    const first = node.items[0] as Pair;
    const k = first.key as Node;
    const v = first.value as Node | null;
    if (k?.range) return lines.range(k.range[0], v && isScalar(v) && v.range ? v.range[1] : k.range[1]);
  }
  return node?.range ? lines.range(node.range[0], node.range[1]) : undefined;
}

function fieldName(segments: string[]): string {
  for (let i = segments.length - 1; i >= 0; i--) {
    if (!/^\d+$/.test(segments[i])) return i === segments.length - 1 ? segments[i] : `${segments[i]} item`;
  }
  return 'document';
}

/**
 * The allowed value a typo most likely meant: the nearest by edit distance (a transposition counts
 * one), ignoring case, if it is close enough: one edit for a word of up to 4 letters (`rloe` → `role`,
 * but not `kind` → `id`), else a third of its length, at least 2. An exact match is no suggestion,
 * but a difference only of case is (`Chair` → `chair`).
 */
function closest(value: string, options: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const o of options) {
    const d = editDistance(value.toLowerCase(), o.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = o;
    }
  }
  if (best === undefined || best === value) return undefined;
  const limit = value.length <= 4 ? 1 : Math.max(2, Math.floor(value.length / 3));
  return bestDistance <= limit ? best : undefined;
}

function typePhrase(t: string): string {
  const phrases: Record<string, string> = {
    string: 'text',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a set of keys (a map)',
    null: 'empty',
  };
  return t
    .split(',')
    .map((x) => phrases[x] ?? x)
    .join(' or ');
}

const PATTERN_PHRASES: [RegExp, string][] = [
  [/^\^\[a-z0-9\]\+\(-\[a-z0-9\]\+\)\*\$$/, 'a lower-case id with hyphens, such as `jane-smith`'],
  [/\\d\{4\}-\\d\{2\}\(-\\d\{2\}\)\?/, 'a date written YYYY-MM-DD, such as `2022-07-01`, or YYYY-MM where only the month is known'],
  [/\\d\{4\}-\\d\{2\}-\\d\{2\}/, 'a date written YYYY-MM-DD, such as `2022-07-01`'],
  [/^\^https:/, 'an https:// link'],
  [/E01/, 'an LSOA code such as `E01000001`'],
  [/\^ICS-/, 'a rule id such as `ICS-BOARD-001`'],
];

function patternPhrase(pattern: string): string {
  for (const [re, phrase] of PATTERN_PHRASES) if (re.test(pattern)) return phrase;
  return `in the expected form (${pattern})`;
}

/** Text that YAML would read as a number, true/false or nothing if it were not quoted. */
const LITERAL_LIKE = /^([-+]?[\d.]+|true|false|null)$/i;

function describeValue(data: unknown): string {
  if (data === null || data === undefined) return 'an empty value';
  if (Array.isArray(data)) return 'a list';
  if (typeof data === 'object') return 'a set of keys';
  // Text that reads like a number or true/false keeps its quotes: `version: "1"` is not the number 1.
  if (typeof data === 'string' && LITERAL_LIKE.test(data)) return `\`"${data}"\``;
  return `\`${String(data)}\``;
}

/**
 * A schema title as a noun phrase in a sentence: `ICB constitution` → `an ICB constitution`,
 * `Board member` → `a board member`, `Governance documents` → `the governance documents`.
 * Acronyms keep their capitals.
 */
function article(title: string): string {
  const noun = title.replace(/\b[A-Z][a-z]/g, (w) => w.toLowerCase());
  if (/[^su]s$/.test(noun)) return `the ${noun}`;
  return /^([aeiou]|[AEFHILMNORSX][A-Z])/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

/** A local `$ref` (`#/$defs/place`) of a schema, resolved; `{}` for anything else. */
function resolveRef(schema: JsonSchema, ref: unknown): JsonSchema {
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return {};
  let node: unknown = schema;
  for (const seg of ref.slice(2).split('/')) node = (node as JsonSchema | undefined)?.[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
  return (node as JsonSchema | undefined) ?? {};
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
