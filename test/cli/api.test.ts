import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check, ConfigError, formatters, InputError, listRules, writeFixes } from '../../server/src/api';
import { ALL_RULES, NOT_IMPLEMENTED } from '../../server/src/core/rules';
import { cli, fixture, onlyRules, ROOT, sandbox } from './helpers';

describe('programmatic API', () => {
  it('check() gives the findings the CLI prints', async () => {
    const api = await check({ files: ['samples/flawed'], cwd: ROOT, today: '2026-11-23' });
    const out = await cli(['-f', 'json', '--today', '2026-11-23', 'samples/flawed'], { cwd: ROOT });
    assert.equal(formatters.json(api.results, api.context), out.stdout);
    assert.equal(api.summary.problems, JSON.parse(out.stdout).summary.problems);
    assert.ok(api.summary.problems > 0);
  });

  it('checks a text under a filename, with the configuration of that path', async () => {
    const dir = sandbox({}, onlyRules({ 'ICS-BOARD-001': 'warning' }));
    const r = await check({ text: fixture('no-chair.yaml'), filename: 'new.yaml', cwd: dir });
    assert.equal(r.results.length, 1);
    assert.equal(r.results[0].filePath, path.join(dir, 'new.yaml'));
    assert.deepEqual(r.results[0].findings.map((f) => [f.ruleId, f.severity]), [['ICS-BOARD-001', 'warning']]);
  });

  it('profile, framework and rules override the configuration', async () => {
    const dir = sandbox({ 'icb.yaml': fixture('no-chair.yaml') }, onlyRules({ 'ICS-BOARD-001': 'warning' }));
    const r = await check({ files: ['.'], cwd: dir, rules: { 'ICS-BOARD-001': 'hint' } });
    assert.equal(r.results[0].findings[0].severity, 'hint');
    assert.equal(r.results[0].options.ruleOverrides?.['ICS-BOARD-001'], 'hint');
    const statutory = await check({ files: ['.'], cwd: dir, profile: 'statutory', framework: 'health-bill-2026' });
    assert.equal(statutory.results[0].options.profile, 'statutory');
    assert.equal(statutory.results[0].options.framework, 'health-bill-2026');
  });

  it('bad input is an InputError or a ConfigError, never a crash', async () => {
    await assert.rejects(check({ files: ['does-not-exist'], cwd: ROOT }), InputError);
    await assert.rejects(check({ files: ['.'], cwd: ROOT, profile: 'lax' as never }), /unknown profile "lax"/);
    await assert.rejects(check({ files: ['.'], cwd: ROOT, rules: { 'ICS-BOARD-001': 'loud' as never } }), InputError);
    const dir = sandbox({ 'icb.yaml': fixture('no-chair.yaml') }, 'root: true\nrules: {ICS-BOARD-001: loud}\n');
    await assert.rejects(check({ files: ['.'], cwd: dir }), (err: unknown) => err instanceof ConfigError && err.problems[0].line === 2);
  });

  it('fix: true computes the fixed text without writing; writeFixes writes it', async () => {
    const dir = sandbox({ 'a.yaml': fixture('fixable.yaml') }, onlyRules({ 'ICS-BOARD-004': 'error' }));
    const r = await check({ files: ['.'], cwd: dir, fix: true });
    assert.equal(fs.readFileSync(path.join(dir, 'a.yaml'), 'utf8'), fixture('fixable.yaml'));
    assert.match(r.results[0].output!, /private_healthcare_independence/);
    assert.deepEqual(r.results[0].fixed?.map((f) => f.ruleId), ['ICS-BOARD-004']);
    assert.deepEqual(r.results[0].findings, []);
    assert.deepEqual(await writeFixes(r.results), { written: [path.join(dir, 'a.yaml')], refused: [] });
    assert.equal(fs.readFileSync(path.join(dir, 'a.yaml'), 'utf8'), r.results[0].output);
  });

  it('listRules() lists every rule and the ones not implemented', () => {
    const { rules, notImplemented } = listRules();
    assert.deepEqual(rules.map((r) => r.id), ALL_RULES.map((r) => r.meta.id));
    assert.equal(notImplemented.length, NOT_IMPLEMENTED.length);
    for (const r of rules) assert.match(r.docsUrl, new RegExp(`/docs/rules/${r.id}\\.md$`));
  });

  it('package.json exports the API for `import ... from "ics-constitution-checker"`, and keeps main for VS Code', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.equal(pkg.main, './dist/client.js');
    assert.deepEqual(pkg.exports['.'], { types: './dist/api.d.ts', default: './dist/api.js' });
    assert.equal(pkg.bin['ics-check'], './dist/cli.js');
    // The built API is the sources' API; the CLI it also holds for dist/cli.js is not declared.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const built = require(path.join(ROOT, 'dist/api.js')) as Record<string, unknown>;
    for (const name of ['check', 'listRules', 'versions', 'writeFixes']) assert.equal(typeof built[name], 'function', name);
    assert.equal(typeof built.__runCliAsProcess, 'function');
    assert.doesNotMatch(fs.readFileSync(path.join(ROOT, 'dist/api.d.ts'), 'utf8'), /__runCliAsProcess/);
  });
});
