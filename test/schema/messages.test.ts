import { strict as assert } from 'node:assert';
import { parseDocument, type Node } from 'yaml';
import { analyzeFile, validateYaml } from '../../server/src/core';
import type { JsonSchema } from '../../server/src/core/schema/validate';
import { parseConfig, ConfigError } from '../../server/src/core/config';
import { LineIndex } from '../../server/src/core/yaml/lineIndex';

/**
 * What a governance officer reads when a document does not fit the format: one sentence per
 * problem, at the value (or key) concerned, for every keyword the schemas use — and for the
 * keywords validate.ts knows but the schemas do not use yet, through small schemas of their own.
 * Each problem is written `line:col-line:col keyword message` (0-based, as LSP ranges).
 */
const HEAD = 'kind: icb-constitution\nversion: 1\nicb: {id: nhs-x, name: X}\n';

interface Seen {
  at: string;
  keyword: string;
  message: string;
  suggestion?: string;
}

function show(p: { keyword: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } }; suggestion?: { text: string } }): Seen {
  const r = p.range;
  const seen: Seen = { at: `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`, keyword: p.keyword, message: p.message };
  if (p.suggestion) seen.suggestion = p.suggestion.text;
  return seen;
}

function problems(text: string): Seen[] {
  const file = analyzeFile('file:///x.yaml', text);
  return file.documents.flatMap((d) => d.schemaProblems.map(show));
}

function withSchema(schema: JsonSchema, text: string): Seen[] {
  const doc = parseDocument(text);
  return validateYaml(schema, doc.contents as Node | null, doc.toJS(), new LineIndex(text)).map(show);
}

describe('schema messages', () => {
  describe('keywords the format schemas use', () => {
    it('type: says what the value must be and what it is (a map, nothing, a number, true)', () => {
      assert.deepEqual(problems(HEAD + 'board:\n  members: {id: a}\n'), [
        { at: '4:11-4:18', keyword: 'type', message: '`members` must be a list — a set of keys is not.' },
      ]);
      assert.deepEqual(problems(HEAD + 'board:\n  members:\n'), [
        { at: '4:2-4:9', keyword: 'type', message: '`members` must be a list — an empty value is not.' },
      ]);
      assert.deepEqual(problems(HEAD + 'board:\n  members:\n    - {id: a, name: 5, role: chair, voting: yes please}\n'), [
        { at: '5:20-5:21', keyword: 'type', message: '`name` must be text — `5` is not.' },
        { at: '5:44-5:54', keyword: 'type', message: '`voting` must be true or false — `yes please` is not.' },
      ]);
      assert.deepEqual(problems(HEAD + 'board:\n  members: [[a]]\n'), [
        { at: '4:12-4:15', keyword: 'type', message: '`members item` must be a set of keys (a map) — a list is not.' },
      ]);
    });

    it('required: names the missing key and what it belongs to, at the head of the item', () => {
      assert.deepEqual(problems(HEAD + 'board:\n  members:\n    - {name: Jane, role: chair}\n'), [
        { at: '5:7-5:17', keyword: 'required', message: 'A board member needs `id`.' },
      ]);
      assert.deepEqual(problems('kind: icb-constitution\n'), [{ at: '0:0-0:22', keyword: 'required', message: 'An ICB constitution needs `version`.' }]);
    });

    it('const: the kind a file must declare', () => {
      const p = problems('kind: integrated-care-partnership\nversion: 1\nicb: nhs-x\n');
      assert.ok(p.length === 0 || p.every((x) => x.keyword !== 'const'), JSON.stringify(p));
      const schema = { type: 'object', properties: { kind: { const: 'icb-constitution' } } };
      assert.deepEqual(withSchema(schema, 'kind: icb-constitutions\n'), [
        { at: '0:6-0:23', keyword: 'const', message: '`kind` must be `icb-constitution` — `icb-constitutions` is not.' },
      ]);
      assert.deepEqual(withSchema(schema, 'kind: [a]\n'), [{ at: '0:6-0:9', keyword: 'const', message: '`kind` must be `icb-constitution` — a list is not.' }]);
    });

    it('enum: lists the values, and offers the nearest only when it is near (a case slip, one or two letters)', () => {
      const roles = 'chair, chief_executive, executive, non_executive, partner, other';
      assert.deepEqual(problems(HEAD + 'board:\n  members:\n    - {id: a, name: A, role: Chair}\n    - {id: b, name: B, role: chiefexecutive}\n    - {id: c, name: C, role: banana}\n    - {id: d, name: D, role: exective}\n'), [
        { at: '5:29-5:34', keyword: 'enum', message: `\`role\` must be one of ${roles} — \`Chair\` is not; did you mean \`chair\`?`, suggestion: 'chair' },
        { at: '6:29-6:43', keyword: 'enum', message: `\`role\` must be one of ${roles} — \`chiefexecutive\` is not; did you mean \`chief_executive\`?`, suggestion: 'chief_executive' },
        { at: '7:29-7:35', keyword: 'enum', message: `\`role\` must be one of ${roles} — \`banana\` is not.` },
        { at: '8:29-8:37', keyword: 'enum', message: `\`role\` must be one of ${roles} — \`exective\` is not; did you mean \`executive\`?`, suggestion: 'executive' },
      ]);
      // a number is not a typo of another number
      assert.deepEqual(problems('kind: icb-constitution\nversion: 3\n'), [{ at: '1:9-1:10', keyword: 'enum', message: '`version` must be one of 1, 1.1 — `3` is not.' }]);
      // an item of a list is named as such
      assert.deepEqual(problems(HEAD + 'places:\n  - {id: c, name: C, governance_model: [icb_comittee]}\n'), [
        {
          at: '4:40-4:52',
          keyword: 'enum',
          message: '`governance_model item` must be one of consultative_forum, icb_committee, joint_committee, individual_delegation, lead_provider, other — `icb_comittee` is not; did you mean `icb_committee`?',
          suggestion: 'icb_committee',
        },
      ]);
    });

    it('enum: how near is near — one edit up to four letters, then a third of the length', () => {
      const schema = { type: 'object', properties: { v: { enum: ['role', 'id', 'chair_of_board'] } } };
      const guess = (v: string) => withSchema(schema, `v: ${v}\n`)[0]?.suggestion;
      assert.equal(guess('rloe'), 'role', 'a transposition is one edit');
      assert.equal(guess('rol'), 'role');
      assert.equal(guess('ROLE'), 'role', 'a difference of case alone is a suggestion');
      assert.equal(guess('kind'), undefined, 'kind → id is two edits in four letters: no guess');
      assert.equal(guess('ro'), undefined);
      assert.equal(guess('chair_of_bord'), 'chair_of_board');
      assert.equal(guess('chiar_of_bord'), 'chair_of_board', 'two edits in 13 letters');
      assert.equal(guess('chiar_of_brd'), 'chair_of_board', 'three edits in 12 letters is at most a third, 4');
      assert.equal(guess('xxxxx_of_board'), undefined, 'five edits in 14 letters is more than a third');
      assert.equal(guess('chai'), undefined, 'four letters, nearest (chair_of_board) far');
    });

    it('additionalProperties: names the unknown key at the key, with the nearest known key if near', () => {
      assert.deepEqual(problems(HEAD + 'boad: {}\nboard:\n  members:\n    - {id: a, name: A, role: chair, rol: x, zzzzzzzz: 1}\n'), [
        { at: '3:0-3:4', keyword: 'additionalProperties', message: '`boad` is not a key the format knows in an ICB constitution; did you mean `board`?', suggestion: 'board' },
        { at: '6:36-6:39', keyword: 'additionalProperties', message: '`rol` is not a key the format knows in a board member; did you mean `role`?', suggestion: 'role' },
        { at: '6:44-6:52', keyword: 'additionalProperties', message: '`zzzzzzzz` is not a key the format knows in a board member.' },
      ]);
      // a plural title reads "the …"
      assert.deepEqual(problems(HEAD + 'documents:\n  scheme: {url: "https://x"}\n'), [
        { at: '4:2-4:8', keyword: 'additionalProperties', message: '`scheme` is not a key the format knows in the governance documents.' },
      ]);
    });

    it('unevaluatedProperties (a place inside a constitution): each unknown key by name, at the key', () => {
      assert.deepEqual(problems(HEAD + 'places:\n  - id: city\n    name: City\n    kind: place-partnership\n    colour: red\n    governance_modl: [icb_committee]\n'), [
        { at: '6:4-6:8', keyword: 'unevaluatedProperties', message: '`kind` is not a key the format knows in a place-based partnership.' },
        { at: '7:4-7:10', keyword: 'unevaluatedProperties', message: '`colour` is not a key the format knows in a place-based partnership.' },
        {
          at: '8:4-8:19',
          keyword: 'unevaluatedProperties',
          message: '`governance_modl` is not a key the format knows in a place-based partnership; did you mean `governance_model`?',
          suggestion: 'governance_model',
        },
      ]);
    });

    it('minimum, maximum, exclusiveMinimum and uniqueItems', () => {
      assert.deepEqual(problems(HEAD + 'clinical_and_care_professional_leadership:\n  principles:\n    - {number: 0}\n    - {number: 6}\npeople_and_communities:\n  principles_adopted: [1, 1, 11]\n'), [
        { at: '5:15-5:16', keyword: 'minimum', message: '`number` must be at least 1 — `0` is not.' },
        { at: '6:15-6:16', keyword: 'maximum', message: '`number` must be at most 5 — `6` is not.' },
        { at: '8:29-8:31', keyword: 'maximum', message: '`principles_adopted item` must be at most 10 — `11` is not.' },
        { at: '8:22-8:32', keyword: 'uniqueItems', message: '`principles_adopted` lists the same value twice.' },
      ]);
      assert.deepEqual(problems(HEAD + 'board:\n  members:\n    - {id: a, name: A, role: chair, term: {length_years: 0}}\n'), [
        { at: '5:57-5:58', keyword: 'exclusiveMinimum', message: '`length_years` must be more than 0 — `0` is not.' },
      ]);
    });

    it('pattern: each pattern in words (id, date, link, LSOA, rule id)', () => {
      assert.deepEqual(problems(HEAD + 'board:\n  members:\n    - {id: Jane_Smith, name: A, role: chair}\n'), [
        { at: '5:11-5:21', keyword: 'pattern', message: '`id` must be a lower-case id with hyphens, such as `jane-smith` — `Jane_Smith` is not.' },
      ]);
      assert.deepEqual(problems(HEAD + 'vcse:\n  agreement: {signed_on: 23/11/2026, url: "http://example.org"}\n'), [
        { at: '4:42-4:62', keyword: 'pattern', message: '`url` must be an https:// link — `http://example.org` is not.' },
        {
          at: '4:25-4:35',
          keyword: 'pattern',
          message: '`signed_on` must be a date written YYYY-MM-DD, such as `2022-07-01`, or YYYY-MM where only the month is known — `23/11/2026` is not.',
        },
      ]);
      assert.deepEqual(problems('kind: icb-constitution\nversion: 1\nicb:\n  id: nhs-x\n  area:\n    lsoas_included: [E0100001, E01000001]\n'), [
        { at: '5:21-5:29', keyword: 'pattern', message: '`lsoas_included item` must be an LSOA code such as `E01000001` — `E0100001` is not.' },
      ]);
      const day = { type: 'object', properties: { d: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, n: { type: 'string', pattern: '^[A-Z]{2}$' }, r: { type: 'string', pattern: '^ICS-[A-Z]+-\\d{3}$' } } };
      assert.deepEqual(withSchema(day, 'd: 2026-11\nn: abc\nr: ICS-1\n'), [
        { at: '0:3-0:10', keyword: 'pattern', message: '`d` must be a date written YYYY-MM-DD, such as `2022-07-01` — `2026-11` is not.' },
        { at: '1:3-1:6', keyword: 'pattern', message: '`n` must be in the expected form (^[A-Z]{2}$) — `abc` is not.' },
        { at: '2:3-2:8', keyword: 'pattern', message: '`r` must be a rule id such as `ICS-BOARD-001` — `ICS-1` is not.' },
      ]);
    });

    it('minLength and minProperties: empty where something is needed', () => {
      assert.deepEqual(problems(HEAD + 'documents:\n  standing_orders: {}\n  governance_handbook: {path: ""}\n'), [
        { at: '4:19-4:21', keyword: 'minProperties', message: '`standing_orders` must not be empty: give at least one of `url`, `path`, `relation`.' },
        { at: '5:30-5:32', keyword: 'minLength', message: '`path` must not be empty.' },
      ]);
      assert.deepEqual(withSchema({ type: 'object', minProperties: 2 }, 'a: 1\n'), [{ at: '0:0-1:0', keyword: 'minProperties', message: '`document` must not be empty: give at least 2 keys.' }]);
    });

    it('anyOf: the closest form, or, when the value is of no allowed type, every type in one sentence', () => {
      assert.deepEqual(problems(HEAD + 'version_control:\n  - {version: [1]}\nboard:\n  members:\n    - {id: a, name: A, role: chair, registration: {regulator: GMC, number: ""}}\n    - {id: b, name: B, role: chair, registration: {regulator: GMC, number: true}}\n    - {id: c, name: C, role: chair, registration: {regulator: GMC, number: -1}}\n'), [
        { at: '4:14-4:17', keyword: 'type', message: '`version` must be text or a number — a list is not.' },
        { at: '7:75-7:77', keyword: 'minLength', message: '`number` must not be empty.' },
        { at: '8:75-8:79', keyword: 'type', message: '`number` must be text or a whole number — `true` is not.' },
        { at: '9:75-9:77', keyword: 'minimum', message: '`number` must be at least 0 — `-1` is not.' },
      ]);
    });

    it('the configuration file: same sentences, with its file, line and column', () => {
      let error: unknown;
      try {
        parseConfig('rules:\n  ICS-X: off\n  ICS-SIZE-001: eror\nprofile: strct\n', 'file:///c.yaml');
      } catch (e) {
        error = e;
      }
      assert.ok(error instanceof ConfigError);
      assert.deepEqual(
        error.problems.map((p) => `${p.line}:${p.column} ${p.message}`),
        [
          '2:3 `ICS-X` is not a key the format knows in the rule settings.',
          '3:17 `ICS-SIZE-001` must be one of off, error, warning, information, hint — `eror` is not; did you mean `error`?',
          '4:10 `profile` must be one of statutory, nhse, recommended, strict — `strct` is not; did you mean `strict`?',
        ],
      );
    });
  });

  describe('values and places that are easy to get wrong', () => {
    it('numbers YAML reads as infinity or "not a number": one type problem each, saying how YAML read it, and no bound problem', () => {
      assert.deepEqual(problems(HEAD + 'board:\n  members:\n    - {id: a, name: A, role: chair, term: {length_years: .inf}}\n    - {id: b, name: B, role: chair, term: {length_years: -.inf}}\n    - {id: c, name: C, role: chair, term: {length_years: .nan}}\n    - {id: d, name: D, role: chair, term: {length_years: 1e999}}\n'), [
        { at: '5:57-5:61', keyword: 'type', message: '`length_years` must be a number — `.inf` is not: YAML reads it as infinity.' },
        { at: '6:57-6:62', keyword: 'type', message: '`length_years` must be a number — `-.inf` is not: YAML reads it as minus infinity.' },
        { at: '7:57-7:61', keyword: 'type', message: '`length_years` must be a number — `.nan` is not: YAML reads it as "not a number".' },
        { at: '8:57-8:62', keyword: 'type', message: '`length_years` must be a number — `1e999` is not: YAML reads it as infinity.' },
      ]);
    });

    it('text that reads like a number keeps its quotes; an empty value is called empty', () => {
      assert.deepEqual(problems('kind: icb-constitution\nversion: "1"\n'), [{ at: '1:9-1:12', keyword: 'enum', message: '`version` must be one of 1, 1.1 — `"1"` is not.' }]);
      assert.deepEqual(problems(HEAD + 'board:\n  members:\n    - {id: a, name: A, role: }\n'), [
        { at: '5:23-5:27', keyword: 'type', message: '`role` must be text — an empty value is not.' },
        { at: '5:23-5:27', keyword: 'enum', message: '`role` must be one of chair, chief_executive, executive, non_executive, partner, other — an empty value is not.' },
      ]);
    });

    it('a list item that is an alias of another: the problem is reported at the item the alias points to and at the alias', () => {
      const p = problems(HEAD + 'board:\n  members:\n    - &jane {id: jane, name: Jane, role: chair, rol: x}\n    - *jane\n');
      assert.deepEqual(p.map((x) => [x.at, x.keyword]), [['5:48-5:51', 'additionalProperties'], ['6:6-6:11', 'additionalProperties']]);
    });

    it('an empty item where keys are required is underlined whole', () => {
      assert.deepEqual(problems(HEAD + 'board:\n  members:\n    - {}\n'), [{ at: '5:6-5:8', keyword: 'required', message: 'A board member needs `id`.' }]);
    });

    it('the tenth item and after are items too; a key that starts with a digit is a key', () => {
      const items = Array.from({ length: 12 }, (_, i) => (i === 1 ? '""' : i === 10 ? 'true' : `v${i}`));
      assert.deepEqual(withSchema({ type: 'object', properties: { list: { type: 'array', items: { anyOf: [{ type: 'string', minLength: 1 }, { type: 'integer' }] } } } }, `list: [${items.join(', ')}]\n`), [
        { at: '0:11-0:13', keyword: 'minLength', message: '`list item` must not be empty.' },
        { at: '0:47-0:51', keyword: 'type', message: '`list item` must be text or a whole number — `true` is not.' },
      ]);
      assert.deepEqual(withSchema({ type: 'object', properties: { '2fa': { type: 'string' } } }, '2fa: 1\n'), [{ at: '0:5-0:6', keyword: 'type', message: '`2fa` must be text — `1` is not.' }]);
    });

    it('keys with / and ~ (escaped in JSON pointers) are found and named as written', () => {
      assert.deepEqual(withSchema({ type: 'object', properties: { 'a/b': { type: 'string' }, 'c~d': { type: 'string' } } }, '"a/b": 1\n"c~d": 2\n'), [
        { at: '0:7-0:8', keyword: 'type', message: '`a/b` must be text — `1` is not.' },
        { at: '1:7-1:8', keyword: 'type', message: '`c~d` must be text — `2` is not.' },
      ]);
    });

    it('two equally near values: the first the schema lists; a type that may be empty says so', () => {
      assert.equal(withSchema({ type: 'object', properties: { v: { enum: ['chair', 'chain'] } } }, 'v: chaix\n')[0].suggestion, 'chair');
      assert.deepEqual(withSchema({ type: 'object', properties: { v: { type: ['string', 'null'] } } }, 'v: 5\n'), [{ at: '0:3-0:4', keyword: 'type', message: '`v` must be text or empty — `5` is not.' }]);
    });

    it('an unknown key where the schema has no title; a two-digit number written as text', () => {
      assert.deepEqual(withSchema({ type: 'object', properties: { beta: {} }, additionalProperties: false }, 'a: 1\n'), [{ at: '0:0-0:1', keyword: 'additionalProperties', message: '`a` is not a key the format knows.' }]);
      assert.deepEqual(problems('kind: icb-constitution\nversion: "11"\n')[0].message, '`version` must be one of 1, 1.1 — `"11"` is not.');
    });

    it('the same problem found twice (two rules of the schema) is reported once', () => {
      assert.deepEqual(withSchema({ allOf: [{ required: ['a'] }, { required: ['a'] }] }, 'b: 1\n'), [{ at: '0:0-0:4', keyword: 'required', message: '`document` needs `a`.' }]);
    });

    it('minProperties without listed keys, and more than one of the listed keys', () => {
      assert.deepEqual(withSchema({ type: 'object', minProperties: 1 }, '{}\n'), [{ at: '0:0-0:2', keyword: 'minProperties', message: '`document` must not be empty: give at least 1 key.' }]);
      assert.deepEqual(withSchema({ type: 'object', minProperties: 2, properties: { a: {}, b: {}, c: {} } }, 'a: 1\n'), [
        { at: '0:0-1:0', keyword: 'minProperties', message: '`document` must not be empty: give at least 2 of `a`, `b`, `c`.' },
      ]);
    });
  });

  describe('keywords validate.ts words for schemas to come', () => {
    it('anyOf: the alternative with fewest problems; between equals, the first', () => {
      assert.deepEqual(withSchema({ anyOf: [{ type: 'object', required: ['a', 'b', 'c'] }, { type: 'object', required: ['a'] }] }, 'x: 1\n'), [{ at: '0:0-0:4', keyword: 'required', message: '`document` needs `a`.' }]);
      assert.deepEqual(withSchema({ anyOf: [{ required: ['a'] }, { required: ['b'] }] }, 'x: 1\n'), [{ at: '0:0-0:4', keyword: 'required', message: '`document` needs `a`.' }]);
    });

    it('oneOf matched by two alternatives at once: the value fits no single form', () => {
      assert.deepEqual(withSchema({ type: 'object', properties: { v: { oneOf: [{ type: 'string' }, { minLength: 1 }] } } }, 'v: x\n'), [
        { at: '0:3-0:4', keyword: 'oneOf', message: '`v` does not match any of the forms the format allows.' },
      ]);
    });

    it('exclusiveMaximum, minItems, maxItems', () => {
      const schema = { type: 'object', properties: { share: { type: 'number', exclusiveMaximum: 1 }, leads: { type: 'array', minItems: 2, maxItems: 3 } } };
      assert.deepEqual(withSchema(schema, 'share: 1\nleads: [a]\n'), [
        { at: '0:7-0:8', keyword: 'exclusiveMaximum', message: '`share` must be less than 1 — `1` is not.' },
        { at: '1:0-1:5', keyword: 'minItems', message: '`leads` needs at least 2 item(s).' },
      ]);
      assert.deepEqual(withSchema(schema, 'leads: [a, b, c, d]\n'), [{ at: '0:0-0:5', keyword: 'maxItems', message: '`leads` may have at most 3 item(s).' }]);
    });

    it('oneOf: the branch with fewest errors; the one whose type matched before one whose type did not', () => {
      const schema = {
        type: 'object',
        properties: {
          who: { oneOf: [{ type: 'string', pattern: '^[a-z]+$' }, { type: 'object', required: ['id', 'name'], properties: { id: { type: 'string' }, name: { type: 'string' } } }] },
        },
      };
      assert.deepEqual(withSchema(schema, 'who: Jane\n'), [{ at: '0:5-0:9', keyword: 'pattern', message: '`who` must be in the expected form (^[a-z]+$) — `Jane` is not.' }]);
      assert.deepEqual(withSchema(schema, 'who: {id: 1}\n'), [
        { at: '0:0-0:3', keyword: 'required', message: '`who` needs `name`.' },
        { at: '0:10-0:11', keyword: 'type', message: '`id` must be text — `1` is not.' },
      ]);
      assert.deepEqual(withSchema(schema, 'who: 7\n'), [{ at: '0:5-0:6', keyword: 'type', message: '`who` must be text or a set of keys (a map) — `7` is not.' }]);
    });

    it('two list items failing the same alternative are each reported at their own value', () => {
      const schema = { type: 'array', items: { anyOf: [{ type: 'string', minLength: 1 }, { type: 'integer', minimum: 0 }] } };
      assert.deepEqual(withSchema(schema, '- ""\n- true\n- -1\n- ok\n'), [
        { at: '0:2-0:4', keyword: 'minLength', message: '`document` must not be empty.' },
        { at: '1:2-1:6', keyword: 'type', message: '`document` must be text or a whole number — `true` is not.' },
        { at: '2:2-2:4', keyword: 'minimum', message: '`document` must be at least 0 — `-1` is not.' },
      ]);
    });

    it('if/then/else and not say nothing themselves (the keyword that failed inside them does); others fall back to the validator', () => {
      const schema = {
        type: 'object',
        properties: { n: { type: 'number', multipleOf: 5 }, k: { not: { const: 'x' } } },
        if: { properties: { a: { const: 1 } }, required: ['a'] },
        then: { required: ['b'] },
      };
      assert.deepEqual(withSchema(schema, 'a: 1\nn: 7\nk: x\n'), [
        { at: '0:0-0:4', keyword: 'required', message: '`document` needs `b`.' },
        { at: '1:3-1:4', keyword: 'multipleOf', message: '`n`: must be multiple of 5.' },
      ]);
    });

    it('a problem at the root of an untitled schema, and one under a key that is not there', () => {
      assert.deepEqual(withSchema({ type: 'object', required: ['kind'] }, 'a: 1\n'), [{ at: '0:0-0:4', keyword: 'required', message: '`document` needs `kind`.' }]);
      assert.deepEqual(withSchema({ type: 'array' }, 'a: 1\n'), [{ at: '0:0-1:0', keyword: 'type', message: '`document` must be a list — a set of keys is not.' }]);
      assert.deepEqual(withSchema({ type: 'object', properties: { a: { type: 'object', required: ['b'] } } }, 'a:\n'), [
        { at: '0:0-0:1', keyword: 'type', message: '`a` must be a set of keys (a map) — an empty value is not.' },
      ]);
    });
  });
});
