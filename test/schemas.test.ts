import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction, ErrorObject } from 'ajv';
import { parse } from 'yaml';
import { analyzeFile } from '../server/src/core';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [key: string]: Json };

const root = path.resolve(__dirname, '..');
const schemaDir = path.join(root, 'schemas');
const fixtureDir = path.join(root, 'test', 'fixtures', 'schemas');

const SCHEMA_FILES = [
  'icb-constitution.schema.json',
  'integrated-care-partnership.schema.json',
  'place-partnership.schema.json',
  'ics-check-config.schema.json',
] as const;
type SchemaFile = (typeof SCHEMA_FILES)[number];

function loadSchema(file: SchemaFile): Schema {
  return JSON.parse(fs.readFileSync(path.join(schemaDir, file), 'utf8')) as Schema;
}

function newAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addKeyword('enumDescriptions');
  return ajv;
}

function loadFixture(name: string): unknown {
  return parse(fs.readFileSync(path.join(fixtureDir, name), 'utf8'));
}

function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`).join('\n');
}

/** Every schema object in a schema, with its JSON pointer. */
function* walk(node: Json, pointer = '#'): Generator<[Schema, string]> {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) yield* walk(node[i], `${pointer}/${i}`);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  yield [node, pointer];
  for (const [key, value] of Object.entries(node)) {
    // enum / const / default / enumDescriptions hold data, not schemas.
    if (key === 'enum' || key === 'const' || key === 'default' || key === 'enumDescriptions') continue;
    yield* walk(value, `${pointer}/${key}`);
  }
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

describe('JSON schemas', () => {
  const schemas = Object.fromEntries(SCHEMA_FILES.map((f) => [f, loadSchema(f)])) as Record<SchemaFile, Schema>;
  const validators = {} as Record<SchemaFile, ValidateFunction>;

  describe('compile', () => {
    for (const file of SCHEMA_FILES) {
      it(`${file} compiles in strict mode (draft 2020-12)`, () => {
        const schema = schemas[file];
        assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
        assert.equal(schema.$id, `https://ics-constitution-checker.example/schemas/${file}`);
        assert.equal(typeof schema.title, 'string');
        assert.equal(typeof schema.description, 'string');
        validators[file] = newAjv().compile(schema);
      });
    }

    it('all schemas compile together in one Ajv instance (distinct $ids)', () => {
      const ajv = newAjv();
      for (const file of SCHEMA_FILES) ajv.addSchema(schemas[file]);
      for (const file of SCHEMA_FILES) assert.ok(ajv.getSchema(schemas[file].$id as string));
    });
  });

  function validator(file: SchemaFile): ValidateFunction {
    return (validators[file] ??= newAjv().compile(schemas[file]));
  }

  describe('format.md examples and fixtures are valid', () => {
    const cases: [string, SchemaFile][] = [
      ['icb-constitution.yaml', 'icb-constitution.schema.json'],
      ['icb-constitution-optional-keys.yaml', 'icb-constitution.schema.json'],
      ['integrated-care-partnership.yaml', 'integrated-care-partnership.schema.json'],
      ['integrated-care-partnership-optional-keys.yaml', 'integrated-care-partnership.schema.json'],
      ['place-partnership.yaml', 'place-partnership.schema.json'],
      ['ics-check-config.yaml', 'ics-check-config.schema.json'],
    ];
    for (const [fixture, file] of cases) {
      it(`${fixture} is valid against ${file}`, () => {
        const validate = validator(file);
        const ok = validate(loadFixture(fixture));
        assert.ok(ok, `${fixture}:\n${describeErrors(validate.errors)}`);
      });
    }

    it('every example document in docs/format.md is valid against its schema (seat references included)', () => {
      const md = fs.readFileSync(path.join(root, 'docs', 'format.md'), 'utf8');
      // Excerpts of the samples (test/docs/examples.test.ts) are not whole documents; the samples are checked whole.
      const blocks = [...md.matchAll(/(<!-- example: (\w+)[^\n]*-->\n)?```yaml\n([\s\S]*?)```/g)].filter((m) => m[2] !== 'excerpt').map((m) => m[3]).filter((b) => /^kind: /m.test(b));
      assert.ok(blocks.length >= 4, `found ${blocks.length} example documents`);
      for (const block of blocks) {
        const problems = analyzeFile('file:///docs/format.md', block).documents.flatMap((d) => [...d.syntaxProblems, ...d.schemaProblems].map((p) => `${p.range.start.line + 1}: ${p.message}`));
        assert.deepEqual(problems, [], block.split('\n').slice(0, 4).join('\n'));
      }
    });

    it('a bare 1.1 document is valid, and month-precision dates are accepted where dates are', () => {
      assert.ok(validator('icb-constitution.schema.json')({ kind: 'icb-constitution', version: 1.1 }));
      assert.ok(validator('integrated-care-partnership.schema.json')({ kind: 'integrated-care-partnership', version: 1.1, strategy: { adopted_on: '2024-08' } }));
      assert.ok(validator('place-partnership.schema.json')({ kind: 'place-partnership', version: 1.1, id: 'x', delegations: [{ effective_from: '2025-04' }] }));
    });

    it('a bare document (kind and version only) is valid: drafts are normal', () => {
      assert.ok(validator('icb-constitution.schema.json')({ kind: 'icb-constitution', version: 1 }));
      assert.ok(validator('integrated-care-partnership.schema.json')({ kind: 'integrated-care-partnership', version: 1 }));
      assert.ok(validator('ics-check-config.schema.json')({}));
    });

    it('a place-partnership file needs only kind, version and id', () => {
      assert.ok(validator('place-partnership.schema.json')({ kind: 'place-partnership', version: 1, id: 'x' }));
    });
  });

  describe('invalid documents are rejected', () => {
    const icb = () => clone(loadFixture('icb-constitution.yaml')) as any;
    const place = () => clone(loadFixture('place-partnership.yaml')) as any;
    const icp = () => clone(loadFixture('integrated-care-partnership.yaml')) as any;

    function rejects(file: SchemaFile, doc: unknown, keyword: string, instancePath?: string): void {
      const validate = validator(file);
      assert.equal(validate(doc), false, 'document should be invalid');
      const hit = (validate.errors ?? []).some(
        (e) => e.keyword === keyword && (instancePath === undefined || e.instancePath === instancePath),
      );
      assert.ok(hit, `expected a ${keyword} error at ${instancePath ?? 'any path'}, got:\n${describeErrors(validate.errors)}`);
    }

    it('unknown key at the root', () => {
      const doc = icb();
      doc.comittees = [];
      rejects('icb-constitution.schema.json', doc, 'additionalProperties', '');
    });

    it('unknown (misspelt) key on a board member', () => {
      const doc = icb();
      doc.board.members[0].apointment = { by: 'nhs_england' };
      rejects('icb-constitution.schema.json', doc, 'additionalProperties', '/board/members/0');
    });

    it('unknown key on a place inside a constitution', () => {
      const doc = icb();
      doc.places[0].populaton = 1;
      rejects('icb-constitution.schema.json', doc, 'unevaluatedProperties', '/places/0');
    });

    it('unknown key in a place-partnership file', () => {
      const doc = place();
      doc.governance = 'x';
      rejects('place-partnership.schema.json', doc, 'unevaluatedProperties', '');
    });

    it('a place in a constitution may not carry kind/version/icb', () => {
      const doc = icb();
      doc.places[0].icb = 'nhs-example';
      rejects('icb-constitution.schema.json', doc, 'unevaluatedProperties', '/places/0');
    });

    it('bad enum value (role)', () => {
      const doc = icb();
      doc.board.members[0].role = 'chairman';
      rejects('icb-constitution.schema.json', doc, 'enum', '/board/members/0/role');
    });

    it('bad enum value (governance model, regulator, appointment by)', () => {
      const p = place();
      p.governance_model = ['committee'];
      rejects('place-partnership.schema.json', p, 'enum', '/governance_model/0');
      const doc = icb();
      doc.board.members[2].registration.regulator = 'gmc';
      rejects('icb-constitution.schema.json', doc, 'enum', '/board/members/2/registration/regulator');
      const doc2 = icb();
      doc2.board.members[0].appointment.by = 'NHS England';
      rejects('icb-constitution.schema.json', doc2, 'enum', '/board/members/0/appointment/by');
    });

    it('bad id pattern', () => {
      const doc = icb();
      doc.board.members[0].id = 'Jane Smith';
      rejects('icb-constitution.schema.json', doc, 'pattern', '/board/members/0/id');
      const doc2 = icb();
      doc2.committees[0].id = 'audit--committee';
      rejects('icb-constitution.schema.json', doc2, 'pattern', '/committees/0/id');
    });

    it('missing id on something that is referred to', () => {
      const doc = icb();
      delete doc.board.members[0].id;
      rejects('icb-constitution.schema.json', doc, 'required', '/board/members/0');
    });

    it('wrong version', () => {
      const doc = icb();
      doc.version = 2;
      rejects('icb-constitution.schema.json', doc, 'enum', '/version');
      const doc2 = icp();
      doc2.version = '1';
      rejects('integrated-care-partnership.schema.json', doc2, 'enum', '/version');
      const doc3 = place();
      doc3.version = 1.2;
      rejects('place-partnership.schema.json', doc3, 'enum', '/version');
    });

    it('wrong kind, and missing kind', () => {
      const doc = icp();
      doc.kind = 'icb-constitution';
      rejects('integrated-care-partnership.schema.json', doc, 'const', '/kind');
      const doc2 = icb();
      delete doc2.kind;
      rejects('icb-constitution.schema.json', doc2, 'required', '');
    });

    it('bad date, url and LSOA patterns', () => {
      const doc = icb();
      doc.clinical_and_care_professional_leadership.framework.agreed_on = '30/06/2022';
      doc.publication.constitution_url = 'http://example.nhs.uk/constitution';
      doc.icb.area.lsoas_included = ['E0100001'];
      const validate = validator('icb-constitution.schema.json');
      assert.equal(validate(doc), false);
      const paths = (validate.errors ?? []).filter((e) => e.keyword === 'pattern').map((e) => e.instancePath);
      assert.deepEqual(paths.sort(), [
        '/clinical_and_care_professional_leadership/framework/agreed_on',
        '/icb/area/lsoas_included/0',
        '/publication/constitution_url',
      ]);
    });

    it('format 1.1: a bad month, an unknown seat key, an unknown relation and an unknown exclusion are rejected', () => {
      const doc = icb();
      doc.version = 1.1;
      doc.version_control = [{ version: '1', date: '2024-8' }];
      doc.board.seats = [{ id: 'ned', role: 'non_executive', minimum: 2 }];
      doc.documents.standing_orders = { relation: 'attached' };
      doc.committees[0].chair_rule = { excluding: ['the_chair'] };
      const validate = validator('icb-constitution.schema.json');
      assert.equal(validate(doc), false);
      const got = (validate.errors ?? []).map((e) => `${e.keyword} ${e.instancePath}`).sort();
      assert.deepEqual(got, [
        'additionalProperties /board/seats/0',
        'enum /committees/0/chair_rule/excluding/0',
        'enum /documents/standing_orders/relation',
        'pattern /version_control/0/date',
      ]);
    });

    it('an empty link is rejected', () => {
      const doc = icb();
      doc.committees[0].terms_of_reference = {};
      rejects('icb-constitution.schema.json', doc, 'minProperties', '/committees/0/terms_of_reference');
    });

    it('config: bad rule id, bad severity, bad profile', () => {
      const v = 'ics-check-config.schema.json';
      rejects(v, { rules: { 'ICS-SIZE-1': 'off' } }, 'additionalProperties', '/rules');
      rejects(v, { rules: { 'ICS-SIZE-001': 'info' } }, 'enum', '/rules/ICS-SIZE-001');
      rejects(v, { profile: 'nhse-model-2022' }, 'enum', '/profile');
      rejects(v, { board_size_treshold: 20 }, 'additionalProperties', '');
    });
  });

  describe('documentation for the editor', () => {
    for (const file of SCHEMA_FILES) {
      it(`${file}: every property has a title and a description`, () => {
        const missing: string[] = [];
        let count = 0;
        for (const [node, pointer] of walk(schemas[file])) {
          for (const key of ['properties', 'patternProperties'] as const) {
            const props = node[key];
            if (!props || typeof props !== 'object' || Array.isArray(props)) continue;
            for (const [name, prop] of Object.entries(props)) {
              count++;
              const p = prop as Schema;
              if (typeof p.title !== 'string' || p.title.trim() === '') missing.push(`${pointer}/${key}/${name}: title`);
              if (typeof p.description !== 'string' || p.description.trim() === '')
                missing.push(`${pointer}/${key}/${name}: description`);
            }
          }
        }
        assert.ok(count > 0);
        assert.deepEqual(missing, []);
      });

      it(`${file}: every enum has enumDescriptions of the same length`, () => {
        const problems: string[] = [];
        for (const [node, pointer] of walk(schemas[file])) {
          if (!('enum' in node)) continue;
          const values = node.enum as Json[];
          const descriptions = node.enumDescriptions as Json;
          if (!Array.isArray(descriptions)) problems.push(`${pointer}: no enumDescriptions`);
          else if (descriptions.length !== values.length)
            problems.push(`${pointer}: ${values.length} values, ${descriptions.length} descriptions`);
          else if (descriptions.some((d) => typeof d !== 'string' || d.trim() === ''))
            problems.push(`${pointer}: empty enumDescription`);
        }
        assert.deepEqual(problems, []);
      });

      it(`${file}: every object is closed to unknown keys`, () => {
        // Closed with additionalProperties: false, or (for the shared place definition, which the
        // place-partnership file extends) with unevaluatedProperties: false at every place it is used.
        const open: string[] = [];
        const rootSchema = schemas[file];
        for (const [node, pointer] of walk(rootSchema)) {
          const isObjectSchema = node.type === 'object' || 'properties' in node || 'patternProperties' in node;
          if (!isObjectSchema) continue;
          if (node.additionalProperties === false || node.unevaluatedProperties === false) continue;
          if (pointer === '#/$defs/place') continue;
          open.push(pointer);
        }
        assert.deepEqual(open, []);
        for (const [node, pointer] of walk(rootSchema)) {
          if (node.$ref === '#/$defs/place')
            assert.equal(node.unevaluatedProperties, false, `${pointer} uses place without unevaluatedProperties: false`);
        }
      });
    }
  });

  describe('place-partnership and icb-constitution stay in step', () => {
    const icbDefs = schemas['icb-constitution.schema.json'].$defs as Record<string, Json>;
    const placeDefs = schemas['place-partnership.schema.json'].$defs as Record<string, Json>;

    it('$defs.place is identical in both files', () => {
      assert.ok(icbDefs.place, 'icb-constitution has $defs.place');
      assert.equal(JSON.stringify(placeDefs.place), JSON.stringify(icbDefs.place));
    });

    it('every $defs entry the place definition relies on is identical in both files', () => {
      const refs = new Set<string>();
      const queue: string[] = ['place'];
      while (queue.length) {
        const name = queue.pop()!;
        if (refs.has(name)) continue;
        refs.add(name);
        for (const [node] of walk(placeDefs[name])) {
          const ref = node.$ref;
          if (typeof ref === 'string' && ref.startsWith('#/$defs/')) queue.push(ref.slice('#/$defs/'.length));
        }
      }
      for (const name of refs) {
        assert.ok(placeDefs[name], `place-partnership has $defs.${name}`);
        assert.equal(JSON.stringify(placeDefs[name]), JSON.stringify(icbDefs[name]), `$defs.${name} differs`);
      }
    });

    it('the place-partnership root extends $defs.place with kind, version and icb', () => {
      const s = schemas['place-partnership.schema.json'];
      assert.equal(s.$ref, '#/$defs/place');
      assert.deepEqual(Object.keys(s.properties as Schema).sort(), ['icb', 'kind', 'version']);
    });

    it('shared vocabularies are identical wherever they are copied', () => {
      for (const file of SCHEMA_FILES) {
        const defs = (schemas[file].$defs ?? {}) as Record<string, Json>;
        for (const [name, def] of Object.entries(defs)) {
          for (const other of SCHEMA_FILES) {
            const otherDef = ((schemas[other].$defs ?? {}) as Record<string, Json>)[name];
            if (otherDef !== undefined)
              assert.equal(JSON.stringify(otherDef), JSON.stringify(def), `$defs.${name} differs between ${file} and ${other}`);
          }
        }
      }
    });
  });
});
