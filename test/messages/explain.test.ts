import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, ROOT, tempDir } from '../cli/helpers';
import { ALL_RULES, checkText } from '../../server/src/core';
import { ENGINE_CHECKS, engineCheckMarkdown } from '../../server/src/core/checks';
import { ConfigError, ConfigLoader } from '../../server/src/core/config';
import { ruleDocsUrl } from '../../server/src/core/language/links';

/**
 * `--explain` accepts every id the output prints — the catalogue rules and the engine's own checks
 * (`schema`, `placeholder`, `yaml-syntax`, `suppression`…) — and suggests the nearest id for a typo.
 */
describe('--explain', () => {
  it('accepts every id a check of the samples prints, in any format', async () => {
    const r = await cli(['-f', 'json', '--today', '2026-11-23', 'samples/flawed', 'test/cli/fixtures'], { cwd: ROOT });
    const printed = new Set<string>();
    for (const file of JSON.parse(r.stdout).results) for (const f of file.findings) printed.add(f.ruleId);
    for (const id of ['schema', 'yaml-syntax', 'suppression', 'placeholder']) assert.ok(printed.has(id) || ENGINE_CHECKS.some((c) => c.id === id), id);
    for (const id of [...printed, ...ENGINE_CHECKS.map((c) => c.id)]) {
      const e = await cli(['--explain', id]);
      assert.equal(e.code, 0, `${id}: ${e.stderr}`);
      assert.match(e.stdout, new RegExp(`^# ${id}: `));
    }
  });

  it('every engine check has a page in docs/rules, linked from findings (npm run docs)', () => {
    for (const c of ENGINE_CHECKS) {
      const file = path.join(ROOT, 'docs', 'rules', `${c.id}.md`);
      assert.equal(fs.readFileSync(file, 'utf8'), engineCheckMarkdown(c), `docs/rules/${c.id}.md is stale: run npm run docs`);
      assert.match(ruleDocsUrl(c.id) ?? '', new RegExp(`/docs/rules/${c.id}\\.md$`));
    }
  });

  it('the engine checks\' examples behave as documented', () => {
    for (const c of ENGINE_CHECKS) {
      if (!c.incorrect || !c.correct) continue;
      if (c.exampleFile === '.ics-check.yaml') {
        const dir = tempDir('ics-explain-');
        const bad = path.join(dir, 'bad', '.ics-check.yaml');
        const good = path.join(dir, 'good', '.ics-check.yaml');
        fs.mkdirSync(path.dirname(bad));
        fs.mkdirSync(path.dirname(good));
        fs.writeFileSync(bad, c.incorrect);
        fs.writeFileSync(good, c.correct);
        assert.throws(() => new ConfigLoader({ configPath: bad }).forFile(path.join(dir, 'bad', 'x.yaml')), ConfigError);
        assert.doesNotThrow(() => new ConfigLoader({ configPath: good }).forFile(path.join(dir, 'good', 'x.yaml')));
        continue;
      }
      const bad = checkText(`file:///docs/${c.id}/incorrect.yaml`, c.incorrect, { today: '2026-11-23' });
      const good = checkText(`file:///docs/${c.id}/correct.yaml`, c.correct, { today: '2026-11-23' });
      assert.ok(bad.some((f) => f.ruleId === c.id), `the incorrect example of ${c.id} does not trip it`);
      assert.deepEqual(good.filter((f) => f.ruleId === c.id).map((f) => f.message), [], `the correct example of ${c.id} trips it`);
    }
  });

  it('is forgiving about case', async () => {
    assert.equal((await cli(['--explain', 'ics-board-001'])).code, 0);
    assert.equal((await cli(['--explain', 'Schema'])).code, 0);
  });

  it('suggests the nearest id for a typo, and says where the list is', async () => {
    const cases: [string, RegExp][] = [
      // Two ids are one letter away: both are offered.
      ['ICS-BORD-001', /did you mean one of ICS-BOARD-001, ICS-SORD-001\?/],
      ['ICS-BORAD-001', /did you mean ICS-BOARD-001\?/],
      ['ICS-BOARD-01', /did you mean ICS-BOARD-001\?/],
      ['placeholders', /did you mean placeholder\?/],
      ['yaml-sytnax', /did you mean yaml-syntax\?/],
      ['syntax', /did you mean yaml-syntax\?/],
      ['ICS-BOARD-009', /did you mean one of ICS-BOARD-001, ICS-BOARD-002, ICS-BOARD-003, ICS-BOARD-004\?/],
    ];
    for (const [typed, hint] of cases) {
      const r = await cli(['--explain', typed]);
      assert.equal(r.code, 2, typed);
      assert.match(r.stderr, /^ics-check: unknown rule "/);
      assert.match(r.stderr, hint, r.stderr);
      assert.match(r.stderr, /ics-check --list-rules/);
    }
    const far = await cli(['--explain', 'something-else-entirely']);
    assert.equal(far.code, 2);
    assert.doesNotMatch(far.stderr, /did you mean/);
  });

  it('--list-rules lists the engine checks too', async () => {
    const r = await cli(['--list-rules']);
    assert.match(r.stdout, /Checks of the engine \(every profile\):\n {2}yaml-syntax +The file is YAML that can be read\./);
    for (const c of ENGINE_CHECKS) assert.ok(r.stdout.includes(`  ${c.id} `), c.id);
    assert.ok(ALL_RULES.length > 100);
  });
});
