import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check, ConfigError } from '../../server/src/api';
import { cli, fixture, sandbox, tempDir } from '../cli/helpers';

/**
 * The `files` globs of a configuration are resolved inside its project (its folder, or the git
 * repository it is in); only the command line may name files elsewhere.
 */
const NO_CHAIR = fixture('no-chair.yaml');

describe('configuration scope', function () {
  this.timeout(30_000);

  it('`/etc/*` in files is refused with its position, and nothing is read there', async () => {
    const dir = sandbox({ 'icb.yaml': NO_CHAIR }, 'root: true\nfiles:\n  - "*.yaml"\n  - "/etc/*.yaml"\n');
    const r = await cli([], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.ics-check\.yaml:4:5: the pattern "\/etc\/\*\.yaml" in `files` reaches outside the folder of the configuration/);
    assert.equal(r.stdout, '');
  });

  it('`../..` in files is refused; inside a git repository, a sibling folder of the repository is fine', async () => {
    const repo = tempDir();
    fs.mkdirSync(path.join(repo, '.git'));
    fs.mkdirSync(path.join(repo, 'gov', 'config'), { recursive: true });
    fs.mkdirSync(path.join(repo, 'shared'));
    fs.writeFileSync(path.join(repo, 'shared', 'icb.yaml'), NO_CHAIR);
    const configDir = path.join(repo, 'gov', 'config');
    fs.writeFileSync(path.join(configDir, '.ics-check.yaml'), 'root: true\nfiles: ["../../shared/*.yaml"]\n');
    const inside = await check({ cwd: configDir });
    assert.deepEqual(inside.results.map((r) => path.relative(repo, r.filePath)), ['shared/icb.yaml']);
    fs.writeFileSync(path.join(configDir, '.ics-check.yaml'), 'root: true\nfiles: ["../../../**/*.yaml"]\n');
    await assert.rejects(check({ cwd: configDir }), (err: unknown) => err instanceof ConfigError && /reaches outside the git repository/.test(err.message) && err.problems[0].line === 2);
  });

  it('the command line may still name files outside the project', async () => {
    const outside = sandbox({ 'icb.yaml': NO_CHAIR });
    const dir = sandbox({}, 'root: true\nfiles: ["*.yaml"]\n');
    const r = await cli([path.join(outside, 'icb.yaml')], { cwd: dir });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /ICS-BOARD-001/);
  });
});
