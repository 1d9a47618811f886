import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SCHEMA_ASSOCIATIONS, schemaFileOf, yamlExtensionSchemaFor } from '../../server/src/core/language/yamlExtension';

const ROOT = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe("alongside Red Hat's YAML extension", () => {
  const files = [
    'file:///work/gov/constitution.yaml',
    'file:///work/gov/nhs-x.icb.yml',
    'file:///work/gov/integrated-care-partnership.yaml',
    'file:///work/gov/north.icp.yaml',
    'file:///work/gov/places/north.yaml',
    'file:///work/gov/north.place.yaml',
    'file:///work/.ics-check.yaml',
    'file:///work/.ics-check.yml',
    '/work/gov/constitution%202026.yaml',
  ];

  it('by default gives it no schema at all: each problem is reported once, by us', () => {
    for (const f of [...files, 'file:///work/.github/workflows/ci.yml']) assert.equal(yamlExtensionSchemaFor(f, false), undefined, f);
  });

  it('no static yamlValidation contribution (which Red Hat reads whatever the setting), and the opt-in setting defaults to off', () => {
    assert.equal(pkg.contributes.yamlValidation, undefined);
    assert.equal(pkg.contributes.configuration.properties['icsCheck.yamlExtension.provideSchemas'].default, false);
  });

  it('opted in: the schema for each documented file name, none for other YAML files', () => {
    const expected = [
      'icb-constitution', 'icb-constitution', 'integrated-care-partnership', 'integrated-care-partnership',
      'place-partnership', 'place-partnership', 'ics-check-config', 'ics-check-config', 'icb-constitution',
    ];
    assert.deepEqual(files.map((f) => yamlExtensionSchemaFor(f, true)), expected.map((e) => `ics-check-schema://schemas/${e}.schema.json`));
    for (const other of ['file:///work/.github/workflows/ci.yml', 'file:///work/docker-compose.yaml', 'file:///work/gov/my-constitution.txt', 'untitled:Untitled-1', 'file:///work/place/north.yaml']) {
      assert.equal(yamlExtensionSchemaFor(other, true), undefined, other);
    }
  });

  it('the content request serves only our schema files, which exist', () => {
    for (const a of SCHEMA_ASSOCIATIONS) {
      assert.equal(schemaFileOf(`ics-check-schema://schemas/${a.schema}`), a.schema);
      assert.ok(fs.existsSync(path.join(ROOT, 'schemas', a.schema)), a.schema);
    }
    assert.equal(schemaFileOf('ics-check-schema://schemas/../package.json'), undefined);
    assert.equal(schemaFileOf('file:///etc/passwd'), undefined);
  });

  it('docs/editor.md says so: one report by default, and the setting to opt in', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs/editor.md'), 'utf8');
    assert.match(doc, /icsCheck\.yamlExtension\.provideSchemas/);
    assert.doesNotMatch(doc, /"yaml\.validate": false/, 'users no longer switch Red Hat off by hand');
    for (const a of SCHEMA_ASSOCIATIONS) assert.ok(doc.includes(a.described), `docs/editor.md lists ${a.described}`);
  });
});
