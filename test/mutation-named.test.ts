import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * `node stryker/named.mjs` applies, by hand, each bug issue 14 named (a waiver hiding every finding,
 * --fix writing other files' fixes, …) and checks that the tests catch it. Those bugs are written as
 * text to replace: when the code moves on, an entry must be rewritten, not silently skipped.
 */
describe('the named survivors of mutation testing (stryker/named.mjs)', () => {
  let named: [string, string, string, string, string[]][] = [];
  before(async () => {
    // A plain ES module of the tooling, not part of the typed project: its entries are typed above.
    const module: string = '../stryker/named.mjs';
    named = (await import(module)).NAMED;
  });

  it('each bug is written against text found exactly once in its file, and changes it', () => {
    assert.ok(named.length >= 20, `only ${named.length} entries`);
    for (const [what, file, from, to, tests] of named) {
      const text = fs.readFileSync(path.join(__dirname, '..', file), 'utf8');
      assert.equal(text.split(from).length - 1, 1, `${what}: "${from}" should be found once in ${file}`);
      assert.notEqual(from, to, what);
      assert.ok(tests.length > 0, what);
    }
  });
});
