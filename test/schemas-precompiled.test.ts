import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import { parseAllDocuments } from 'yaml';
import { AJV_OPTIONS, SCHEMAS } from '../server/src/core/schema/validate';

const ROOT = path.join(__dirname, '..');

/** Every YAML document under a folder (samples and schema fixtures, valid and not). */
function documents(dir: string): { name: string; data: unknown }[] {
  const out: { name: string; data: unknown }[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...documents(p));
    else if (/\.ya?ml$/.test(entry.name)) parseAllDocuments(fs.readFileSync(p, 'utf8')).forEach((d, i) => 'toJS' in d && d.errors.length === 0 && out.push({ name: `${path.relative(ROOT, p)}#${i}`, data: d.toJS() }));
  }
  return out;
}

describe('schemas compiled when the bundles are built', () => {
  let precompiled: Record<string, ValidateFunction>;
  let options: unknown;
  before(async () => {
    const mod = (await import('../scripts/precompile-schemas.mjs')) as { precompiledSchemasModule(root: string): string; AJV_OPTIONS: unknown };
    options = mod.AJV_OPTIONS;
    const module = { exports: {} as { PRECOMPILED?: Record<string, ValidateFunction> } };
    new Function('exports', 'require', 'module', mod.precompiledSchemasModule(ROOT))(module.exports, require, module);
    precompiled = module.exports.PRECOMPILED!;
  });

  it('are compiled with the options the engine uses at run time', () => {
    assert.deepEqual(options, AJV_OPTIONS);
  });

  it('give the same errors as the schemas compiled at run time, for every sample and fixture', () => {
    const ajv = new Ajv2020({ ...AJV_OPTIONS });
    const docs = [...documents(path.join(ROOT, 'samples')), ...documents(path.join(ROOT, 'test', 'fixtures')), ...documents(path.join(ROOT, 'test', 'rules', 'fixtures'))];
    assert.ok(docs.length > 20, `${docs.length} documents`);
    let invalid = 0;
    for (const [kind, schema] of Object.entries(SCHEMAS)) {
      const atRunTime = ajv.compile(schema);
      const built = precompiled[schema.$id as string];
      assert.ok(built, `a validator for ${kind}`);
      for (const d of docs) {
        if ((d.data as { kind?: unknown } | null)?.kind !== kind) continue;
        const ok = atRunTime(d.data);
        assert.equal(built(d.data), ok, d.name);
        assert.deepEqual(built.errors ?? null, atRunTime.errors ?? null, d.name);
        if (!ok) invalid++;
      }
    }
    assert.ok(invalid > 5, `${invalid} invalid documents compared`);
  });
});
