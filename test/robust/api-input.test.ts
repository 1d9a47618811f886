import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { check, InputError, type CheckInput } from '../../server/src/api';
import { cli, fixture, sandbox } from '../cli/helpers';

/** The API checks its arguments (JavaScript callers have no compiler) and never blocks the event loop for a whole run. */
describe('API: arguments and the event loop', function () {
  this.timeout(30_000);

  it('`files` as one string is one path, relative to `cwd` (never its characters, never from /)', async () => {
    const dir = sandbox({ 'gov/icb.yaml': fixture('no-chair.yaml') });
    const r = await check({ files: 'gov', cwd: dir });
    assert.deepEqual(r.results.map((x) => path.relative(dir, x.filePath)), ['gov/icb.yaml']);
  });

  const bad: [string, unknown, RegExp][] = [
    ['null', null, /check\(\) takes an object of options.*not null/],
    ['a string', 'governance/', /check\(\) takes an object of options.*not the text "governance\/"/],
    ['files: null', { files: null }, /`files` must be a path or glob, or a list of them, not null/],
    ['files: [1]', { files: [1] }, /`files` must be a path or glob, or a list of them, not a list holding a number \(1\)/],
    ['cwd: 3', { cwd: 3 }, /`cwd` must be the path of a folder, not a number \(3\)/],
    ['cwd that is not a folder', { cwd: '/no/such/folder' }, /`cwd` must be a folder: \/no\/such\/folder is not one/],
    ['rules: null', { rules: null }, /`rules` must be an object of rule settings/],
    ['rules: {X: 1}', { rules: { 'ICS-BOARD-001': 1 } }, /a number \(1\) is not a rule setting for ICS-BOARD-001/],
    ['fix: "yes"', { fix: 'yes' }, /`fix` must be true or false, not the text "yes"/],
    ['profile: 7', { profile: 7 }, /unknown profile a number \(7\)/],
    ['today: 2025-02-30', { today: '2025-02-30' }, /the date "2025-02-30" does not exist/],
    ['today: 30/01/2025', { today: '30/01/2025' }, /must be written YYYY-MM-DD/],
    ['an unknown option', { file: ['x'] }, /unknown option "file"/],
    ['maxFileSize: "huge"', { maxFileSize: 'huge' }, /`maxFileSize` must be a size such as 10MB/],
    ['basePath: 3', { basePath: 3 }, /`basePath` must be the path of a folder, not a number \(3\)/],
    ['basePath: ""', { basePath: '' }, /`basePath` is an empty path/],
    ['errorOnUnmatchedPattern: "no"', { errorOnUnmatchedPattern: 'no' }, /`errorOnUnmatchedPattern` must be true or false, not the text "no"/],
  ];
  for (const [label, input, message] of bad) {
    it(`${label} → InputError: ${message.source.slice(0, 50)}`, async () => {
      await assert.rejects(check(input as CheckInput), (err: unknown) => err instanceof InputError && message.test(err.message));
    });
  }

  it('`files` as one string that yields nothing is an InputError too, unless errorOnUnmatchedPattern is false', async () => {
    const dir = sandbox({ 'ci/workflow.yaml': fixture('not-ours.yaml') });
    await assert.rejects(check({ files: 'ci', cwd: dir }), (err: unknown) => err instanceof InputError && /no ICS document in the folder "ci"/.test(err.message));
    assert.deepEqual((await check({ files: 'ci', cwd: dir, errorOnUnmatchedPattern: false })).results, []);
  });

  it('a leap day exists; --today 2025-02-30 is a usage error in the CLI', async () => {
    const dir = sandbox({ 'icb.yaml': fixture('no-chair.yaml') });
    await check({ files: ['.'], cwd: dir, today: '2024-02-29' });
    const r = await cli(['--today', '2025-02-30', '.'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'ics-check: --today 2025-02-30: there is no such date (see ics-check --help)\n');
  });

  it('check() lets other work run between files (timers fire before it resolves)', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 20; i++) files[`icb-${i}.yaml`] = fixture('no-chair.yaml').replace(/nhs-[a-z-]+/, `nhs-${i}`);
    const dir = sandbox(files);
    let turns = 0;
    let running = true;
    const tick = () => {
      turns++;
      if (running) setImmediate(tick);
    };
    setImmediate(tick);
    const result = await check({ files: ['.'], cwd: dir });
    running = false;
    assert.equal(result.results.length, 20);
    assert.ok(turns >= 20, `the event loop turned ${turns} times during the check`);
  });
});
