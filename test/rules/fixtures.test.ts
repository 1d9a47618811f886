import { strict as assert } from 'node:assert';
import { ALL_RULES, analyzeFile, applyEdits, checkFiles } from '../../server/src/core';
import { loadFixtures, runFixture } from './fixture-harness';

export { FIXTURES, loadFixtures, runFixture, type Fixture } from './fixture-harness';

describe('rule fixtures', () => {
  for (const rule of ALL_RULES) {
    const id = rule.meta.id;
    describe(id, () => {
      const fixtures = loadFixtures(id);
      it('has a passing and a failing fixture', () => {
        assert.ok(fixtures.some((f) => f.expectPass), `${id}: add test/rules/fixtures/${id}/pass-*.yaml`);
        assert.ok(fixtures.some((f) => !f.expectPass), `${id}: add test/rules/fixtures/${id}/fail-*.yaml`);
      });
      it(rule.meta.fixable ? 'is declared fixable, and offers a fix on a failing fixture' : 'is not declared fixable, and offers no fix', () => {
        // test/rules/expected/<RULE-ID>.txt pins which fixture offers which fix; here, that the
        // rule's meta says what it does: --list-rules, the docs and the LSP advertise `fixable`.
        const offered = fixtures
          .filter((f) => !f.expectPass)
          .filter((f) => runFixture(f).some((x) => x.ruleId === id && (x.fixes ?? []).some((fix) => fix.edits.length > 0)))
          .map((f) => f.name);
        if (rule.meta.fixable) assert.notDeepEqual(offered, [], `${id} is declared fixable but offers no fix on any failing fixture: add one, or set fixable: false`);
        else assert.deepEqual(offered, [], `${id} offers fixes but is not declared fixable`);
      });
      for (const f of fixtures) {
        it(`${f.name} ${f.expectPass ? 'passes' : 'fails'}`, () => {
          const all = runFixture(f);
          const mine = all.filter((x) => x.ruleId === id);
          const internal = all.filter((x) => x.ruleId === 'internal-error');
          assert.deepEqual(internal.map((x) => x.message), [], 'no rule may throw');
          if (f.expectPass) assert.deepEqual(mine.map((x) => x.message), [], `${id} should not report on ${f.name}`);
          else if (f.expectCount !== undefined) assert.equal(mine.length, f.expectCount, mine.map((x) => x.message).join('\n'));
          else assert.ok(mine.length > 0, `${id} should report on ${f.name}`);
          if (f.expectSeverity && !f.expectPass) assert.deepEqual([...new Set(mine.map((x) => x.severity))], [f.expectSeverity], `${id} on ${f.name}: severity`);
        });
        if (!f.expectPass) {
          it(`${f.name}: every fix gives valid YAML and removes a finding`, () => {
            const all = runFixture(f);
            for (const finding of all.filter((x) => x.ruleId === id)) {
              for (const fix of finding.fixes ?? []) {
                const file = f.files.find((x) => x.uri === finding.uri)!;
                const analyzed = analyzeFile(file.uri, file.text);
                const fixed = applyEdits(file.text, analyzed.lines, fix.edits);
                const after = analyzeFile(file.uri, fixed);
                assert.deepEqual(after.documents.flatMap((d) => d.syntaxProblems.map((p) => p.message)), [], `${fix.title} broke the YAML:\n${fixed}`);
                const files = f.files.map((x) => (x.uri === file.uri ? after : analyzeFile(x.uri, x.text)));
                const again = checkFiles(files, f.options);
                const schemaBefore = all.filter((x) => x.ruleId === 'schema' && x.uri === file.uri).length;
                const schemaAfter = again.filter((x) => x.ruleId === 'schema' && x.uri === file.uri).length;
                assert.ok(schemaAfter <= schemaBefore, `${fix.title} added a schema error:\n${again.filter((x) => x.ruleId === 'schema').map((x) => x.message).join('\n')}\n---\n${fixed}`);
                const before = all.filter((x) => x.ruleId === id).length;
                const left = again.filter((x) => x.ruleId === id).length;
                assert.ok(left < before, `${fix.title} did not remove a ${id} finding:\n${fixed}`);
              }
            }
          });
        }
      }
    });
  }
});
