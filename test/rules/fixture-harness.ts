import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeFile, checkFiles, type CheckOptions, type Finding, type FrameworkId, type ProfileId } from '../../server/src/core';

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
