import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { check, ConfigError } from '../../server/src/api';
import { cli, fixture, sandbox } from '../cli/helpers';
import { startHarness, type Harness } from '../lsp/harness';

/**
 * Keys that name Object.prototype members and alias bombs are findings on their own document, with
 * a position; every other file is still checked, in the CLI, the API and the editor.
 */
const PROTO_KEYS = `kind: icb-constitution
version: 1
icb:
  id: nhs-proto
  toString:
    name: x
  constructor: {name: y}
board:
  __proto__:
    members: []
  hasOwnProperty: {a: 1}
  members:
    - {id: jane-smith, name: Jane Smith, role: chair, valueOf: {x: 1}}
`;

/** Nine to the power six: a million nodes from a few lines. */
const ALIAS_BOMB = `kind: icb-constitution
version: 1
icb: {id: nhs-bomb, name: NHS Bomb Integrated Care Board}
a: &a [x, x, x, x, x, x, x, x, x]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
`;

function workspace(): string {
  return sandbox({ 'a-proto.yaml': PROTO_KEYS, 'b-bomb.yaml': ALIAS_BOMB, 'c-no-chair.yaml': fixture('no-chair.yaml') });
}

describe('hostile documents: one document never aborts the rest', function () {
  this.timeout(30_000);

  it('the CLI reports keys like toString and __proto__ as unknown keys, an alias bomb as "too many aliases", and checks the other files', async () => {
    const dir = workspace();
    const r = await cli(['-f', 'json', '.'], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    const files = JSON.parse(r.stdout).results as { file: string; findings: { ruleId: string; message: string; line: number; column: number }[] }[];
    const byFile = Object.fromEntries(files.map((f) => [f.file, f.findings]));
    assert.deepEqual(Object.keys(byFile).sort(), ['a-proto.yaml', 'b-bomb.yaml', 'c-no-chair.yaml']);
    assert.ok(!files.some((f) => f.findings.some((x) => x.ruleId === 'internal-error')), 'no internal error');
    const unknownKeys = byFile['a-proto.yaml'].filter((f) => f.ruleId === 'schema').map((f) => `${f.line}:${f.message.match(/`(\w+)`/)?.[1]}`);
    for (const key of ['5:toString', '7:constructor', '9:__proto__', '11:hasOwnProperty', '13:valueOf']) assert.ok(unknownKeys.includes(key), `${key} in ${unknownKeys.join(', ')}`);
    const bomb = byFile['b-bomb.yaml'];
    assert.equal(bomb.length, 1, JSON.stringify(bomb));
    assert.match(bomb[0].message, /too many aliases/);
    assert.equal(bomb[0].line, 8, 'at the alias that goes over the limit');
    assert.ok(byFile['c-no-chair.yaml'].some((f) => f.ruleId === 'ICS-BOARD-001'), 'the other file is checked as usual');
  });

  it('the API gives the same', async () => {
    const dir = workspace();
    const r = await check({ files: ['.'], cwd: dir });
    assert.deepEqual(r.results.map((x) => path.basename(x.filePath)), ['a-proto.yaml', 'b-bomb.yaml', 'c-no-chair.yaml']);
    assert.match(r.results[1].findings[0].message, /too many aliases/);
  });

  it('an alias bomb in .ics-check.yaml is a configuration error with its position', async () => {
    const dir = sandbox({ 'c.yaml': fixture('no-chair.yaml') }, `root: true\nfiles: [c.yaml]\n${ALIAS_BOMB.split('\n').slice(3).join('\n')}`);
    await assert.rejects(check({ files: ['.'], cwd: dir }), (err: unknown) => err instanceof ConfigError && /too many aliases/.test(err.message) && err.problems[0].line > 1);
    const r = await cli(['.'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.ics-check\.yaml:\d+:\d+: .*too many aliases/);
    assert.doesNotMatch(r.stderr, /internal error/);
  });

  describe('the language server', () => {
    let h: Harness | undefined;
    afterEach(async () => {
      await h?.dispose();
      h = undefined;
    });

    it('the workspace scan publishes each file’s findings, the alias bomb’s included', async () => {
      const dir = workspace();
      const uri = (n: string) => pathToFileURL(path.join(dir, n)).href;
      h = await startHarness({ workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }] });
      const published = async (n: string) => h!.latest(uri(n))?.diagnostics ?? (await h!.diagnostics(uri(n), () => true));
      const codes = async (n: string) => (await published(n)).map((d) => String(d.code));
      assert.ok((await codes('c-no-chair.yaml')).includes('ICS-BOARD-001'), 'the other file is checked');
      assert.ok((await codes('a-proto.yaml')).includes('schema'));
      assert.deepEqual((await published('b-bomb.yaml')).map((d) => [d.range.start.line, d.message.includes('too many aliases')]), [[7, true]]);
      await h.server.ready();
      assert.ok(!h.logs.some((l) => /failed/.test(l)), h.logs.join('\n'));
    });

    it('an open document with a __proto__ key or an alias bomb gets findings, not an internal error', async () => {
      h = await startHarness();
      for (const [name, text] of [['p.yaml', PROTO_KEYS], ['b.yaml', ALIAS_BOMB]]) {
        const uri = `file:///hostile/${name}`;
        await h.open(uri, text);
        const diags = await h.diagnostics(uri);
        assert.ok(diags.length > 0);
        assert.ok(!diags.some((d) => d.code === 'internal-error'), JSON.stringify(diags));
      }
    });
  });
});
