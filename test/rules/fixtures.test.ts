import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ALL_RULES, analyzeFile, applyEdits, checkFiles, type CheckOptions, type Finding, type FrameworkId, type ProfileId } from '../../server/src/core';

/**
 * Every rule has a folder of small YAML fixtures, `test/rules/fixtures/<RULE-ID>/`:
 *   pass-*.yaml  must produce no finding of the rule;
 *   fail-*.yaml  must produce at least one (or exactly N with a `# expect: N` line);
 *   a pass- or fail- folder holds several files checked together as one system.
 * A `# framework: health-bill-2026` or `# profile: statutory` line sets the options; a
 * `# severity: warning` line pins the severity every finding of the rule is reported with.
 * Every fix a failing fixture offers is applied: the result must still be YAML, add no schema
 * error, and remove a finding of the rule.
 */
export const FIXTURES = path.join(__dirname, 'fixtures');

export interface Fixture {
  name: string;
  expectPass: boolean;
  files: { uri: string; text: string }[];
  options: CheckOptions;
  expectCount?: number;
  expectSeverity?: string;
}

export function loadFixtures(ruleId: string): Fixture[] {
  const dir = path.join(FIXTURES, ruleId);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((n) => /^(pass|fail)/.test(n))
    .sort()
    .map((name) => {
      const full = path.join(dir, name);
      const paths = fs.statSync(full).isDirectory()
        ? fs.readdirSync(full).filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => path.join(full, n))
        : [full];
      const files = paths.map((p) => ({ uri: 'file://' + p, text: fs.readFileSync(p, 'utf8') }));
      const header = files.map((f) => f.text).join('\n');
      const framework = /^# framework: (\S+)/m.exec(header)?.[1] as FrameworkId | undefined;
      const profile = (/^# profile: (\S+)/m.exec(header)?.[1] as ProfileId | undefined) ?? 'strict';
      const expect = /^# expect: (\d+)/m.exec(header)?.[1];
      const severity = /^# severity: (\S+)/m.exec(header)?.[1];
      return {
        name,
        expectPass: name.startsWith('pass'),
        files,
        options: { framework, profile, today: '2026-11-23' },
        expectCount: expect ? Number(expect) : undefined,
        expectSeverity: severity,
      };
    });
}

export function runFixture(f: Fixture): Finding[] {
  return checkFiles(f.files.map((x) => analyzeFile(x.uri, x.text)), f.options);
}

describe('rule fixtures', () => {
  for (const rule of ALL_RULES) {
    const id = rule.meta.id;
    describe(id, () => {
      const fixtures = loadFixtures(id);
      it('has a passing and a failing fixture', () => {
        assert.ok(fixtures.some((f) => f.expectPass), `${id}: add test/rules/fixtures/${id}/pass-*.yaml`);
        assert.ok(fixtures.some((f) => !f.expectPass), `${id}: add test/rules/fixtures/${id}/fail-*.yaml`);
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
