import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkText, type Finding } from '../server/src/core';
import { parseConfig, ConfigError } from '../server/src/core/config';
import { cli, sandbox } from './cli/helpers';

/**
 * YAML that reads, but not as plainly as it looks: tags the checker does not know, and numbers that
 * YAML reads as infinity or "not a number". What the checker does with each is documented in
 * docs/format.md (Principles).
 */
const VALID = fs.readFileSync(path.join(__dirname, '..', 'samples', 'valid', 'constitution.yaml'), 'utf8');
const TODAY = '2026-11-23';
const check = (text: string): Finding[] => checkText('file:///t/constitution.yaml', text, { today: TODAY });
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const show = (fs: Finding[]) => fs.map((f) => `${f.range.start.line + 1} ${f.severity} ${f.ruleId}: ${f.message}`);

describe('YAML edge cases', () => {
  describe('unknown tags: a warning, and the rules still run on the value as written', () => {
    it('a tag on a scalar: one yaml-syntax warning at the tag, nothing else on a valid constitution', () => {
      const text = VALID.replace(/^(\s+name: )(NHS Northmoor)/m, '$1!legal-name $2');
      assert.deepEqual(show(check(text)), [`${lineOf(text, '!legal-name')} warning yaml-syntax: YAML: the tag \`!legal-name\` is not one this checker knows; it is ignored and the value is read as written.`]);
    });

    it('the rules run on a document with an unknown tag (a board without a chair is still found)', () => {
      const text = VALID.replace(/^(\s+name: )(NHS Northmoor)/m, '$1!legal-name $2').replace(/role: chair\b/, 'role: non_executive');
      const ids = check(text).map((f) => f.ruleId);
      assert.ok(ids.includes('yaml-syntax'));
      assert.ok(ids.includes('ICS-BOARD-001'), ids.join(', '));
    });

    it('a tag on a map: a warning, and the map is read as written', () => {
      const text = VALID.replace(/^board:$/m, 'board: !governance');
      const findings = check(text);
      assert.deepEqual(findings.map((f) => [f.ruleId, f.severity]), [['yaml-syntax', 'warning']], show(findings).join('\n'));
    });

    it('a real syntax error is an error and the rules wait for it (no rule findings)', () => {
      const text = VALID.replace(/role: chair\b/, 'role: [chair').concat('');
      const findings = check(text);
      assert.ok(findings.length > 0);
      assert.deepEqual([...new Set(findings.map((f) => `${f.ruleId} ${f.severity}`))], ['yaml-syntax error']);
    });

    it('the CLI exits 0 on a tag warning (it fails on errors by default) and 1 with --fail-on warning', async () => {
      const dir = sandbox({ 'constitution.yaml': VALID.replace(/^(\s+name: )(NHS Northmoor)/m, '$1!legal-name $2') });
      const r = await cli(['--today', TODAY, '.'], { cwd: dir });
      assert.equal(r.code, 0, r.stdout);
      assert.match(r.stdout, /warning {2}YAML: the tag `!legal-name` is not one this checker knows/);
      assert.equal((await cli(['--today', TODAY, '--fail-on', 'warning', '.'], { cwd: dir })).code, 1);
    });
  });

  describe('numbers YAML reads as infinity or "not a number" are schema findings, never counts', () => {
    for (const [written, reads] of [
      ['1e999', 'infinity'],
      ['.inf', 'infinity'],
      ['-.inf', 'minus infinity'],
      ['.nan', '"not a number"'],
    ]) {
      it(`minimum_members: ${written}`, () => {
        const text = VALID.replace(/(minimum_members: )\d+/, `$1${written}`);
        const findings = check(text);
        const line = lineOf(text, `minimum_members: ${written}`);
        const schema = findings.filter((f) => f.ruleId === 'schema');
        assert.deepEqual(show(schema), [`${line} error schema: \`minimum_members\` must be a whole number — \`${written}\` is not: YAML reads it as ${reads}.`]);
        for (const f of findings) assert.doesNotMatch(f.message, /Infinity|NaN|1e\+308/, 'no rule counts with it');
        // The rules read the quorum as they read any value that is not a number: as not set.
        assert.deepEqual(findings.filter((f) => f.ruleId !== 'schema').map((f) => f.ruleId), ['ICS-QUORUM-001']);
        assert.equal(findings.find((f) => f.ruleId === 'ICS-QUORUM-001')?.message, check(VALID.replace(/(minimum_members: )\d+/, '$1seven')).find((f) => f.ruleId === 'ICS-QUORUM-001')?.message);
      });
    }

    it('in .ics-check.yaml too: board_size_threshold: 1e999 is a configuration error', () => {
      assert.throws(() => parseConfig('board_size_threshold: 1e999\n', '/p/.ics-check.yaml'), (err: unknown) => err instanceof ConfigError && /`board_size_threshold` must be .* `1e999` is not: YAML reads it as infinity/.test(err.message));
    });
  });
});
