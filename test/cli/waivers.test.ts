import { strict as assert } from 'node:assert';
import { parseArgs, UsageError } from '../../server/src/cli/args';
import { addDays } from '../../server/src/cli/info';
import { cli, fixture, onlyRules, sandbox } from './helpers';

/** The board has no chair (ICS-BOARD-001, statute) and, under nhse, no deputy chair (ICS-NED-003). */
const NO_CHAIR = fixture('no-chair.yaml');
const TODAY = '2026-11-23';
const waive = (rule: string, tail: string) => NO_CHAIR.replace('  members:', `  # ics-check-disable-next-line ${rule} ${tail}\n  members:`);

describe('ics-check: waivers in CI', () => {
  describe('--waivers can fail a pipeline', () => {
    const files = () =>
      sandbox(
        {
          'current.yaml': waive('ICS-BOARD-001', '-- chair being recruited (owner: Head of Governance, expires: 2027-06-30)'),
          'soon.yaml': waive('ICS-BOARD-001', '-- interim chair (owner: Board Secretary, expires: 2026-12-10)'),
          'lapsed.yaml': waive('ICS-BOARD-001', '-- interim chair (owner: Board Secretary, expires: 2026-11-22)'),
        },
        onlyRules({ 'ICS-BOARD-001': 'error' }),
      );

    it('without a flag the register is a report: exit 0', async () => {
      const r = await cli(['--waivers', '--today', TODAY, '.'], { cwd: files() });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /3 suppressions as of 2026-11-23: 2 active, 1 expired, 0 without a reason\./);
    });

    it('--fail-on-expired: exit 1 and a line on stderr when a waiver has expired', async () => {
      const r = await cli(['--waivers', '--fail-on-expired', '--today', TODAY, '.'], { cwd: files() });
      assert.equal(r.code, 1);
      assert.equal(r.stderr, 'ics-check: 1 waiver expired\n');
      // The day before it expired, nothing fails.
      assert.equal((await cli(['--waivers', '--fail-on-expired', '--today', '2026-11-22', '.'], { cwd: files() })).code, 0);
    });

    it('--expiring-within 30d: waivers expiring by then are marked, and fail the run with the expired ones', async () => {
      const r = await cli(['--waivers', '--expiring-within', '30d', '-f', 'csv', '--today', TODAY, '.'], { cwd: files() });
      assert.equal(r.code, 1);
      assert.equal(r.stderr, 'ics-check: 1 waiver expired, 1 waiver expires within 30 days\n');
      const rows = r.stdout.trim().split('\r\n');
      assert.deepEqual(rows, [
        'file,line,rules,reason,owner,expires,status,kind,applies_to,note',
        'current.yaml,6,ICS-BOARD-001,chair being recruited,Head of Governance,2027-06-30,active,next-line,7,',
        'lapsed.yaml,6,ICS-BOARD-001,interim chair,Board Secretary,2026-11-22,expired,next-line,7,',
        'soon.yaml,6,ICS-BOARD-001,interim chair,Board Secretary,2026-12-10,expiring,next-line,7,expires within 30 days',
      ]);
      // A shorter window leaves the December waiver alone.
      const week = await cli(['--waivers', '--expiring-within', '1w', '--today', TODAY, 'current.yaml', 'soon.yaml'], { cwd: files() });
      assert.equal(week.code, 0, week.stderr);
    });

    it('an expiry that is not a date fails --fail-on-expired too (it could never expire)', async () => {
      const dir = sandbox({ 'a.yaml': waive('ICS-BOARD-001', '-- interim chair (owner: Board Secretary, expires: March 2027)') }, onlyRules({ 'ICS-BOARD-001': 'error' }));
      const r = await cli(['--waivers', '--fail-on-expired', '--today', TODAY, '.'], { cwd: dir });
      assert.equal(r.code, 1);
      assert.equal(r.stderr, 'ics-check: 1 waiver has an expiry that is not a date\n');
    });

    it('the flags belong to --waivers; the period must be days or weeks', () => {
      assert.throws(() => parseArgs(['--fail-on-expired', '.']), (e: unknown) => e instanceof UsageError && /--fail-on-expired goes with --waivers/.test(e.message));
      assert.throws(() => parseArgs(['--expiring-within', '30d', '.']), /--expiring-within goes with --waivers/);
      assert.throws(() => parseArgs(['--waivers', '--expiring-within', 'soon']), /--expiring-within takes a number of days or weeks, e.g. 30d or 6w, not "soon"/);
      assert.equal(parseArgs(['--waivers', '--expiring-within', '30d']).expiringWithinDays, 30);
      assert.equal(parseArgs(['--waivers', '--expiring-within', '6w']).expiringWithinDays, 42);
      assert.equal(parseArgs(['--waivers', '--expiring-within', '45']).expiringWithinDays, 45);
      assert.equal(parseArgs(['--waivers', '--fail-on-expired']).failOnExpired, true);
      assert.equal(addDays('2026-11-23', 38), '2026-12-31');
      assert.equal(addDays('2028-02-28', 1), '2028-02-29');
    });
  });

  describe('inactive waivers, so several profiles can run over one repository', () => {
    it('a waiver of an NHS England policy rule is quiet under the statutory profile, with --max-warnings 0', async () => {
      const dir = sandbox({ 'a.yaml': waive('ICS-NED-003', '-- deputy chair being appointed (owner: Board Secretary, expires: 2027-03-31)') }, onlyRules({ 'ICS-NED-003': 'warning', 'ICS-BOARD-001': 'off' }));
      const nhse = await cli(['--today', TODAY, '--max-warnings', '0', '.'], { cwd: dir });
      assert.equal(nhse.code, 0, nhse.stdout);
      const statutory = await cli(['--today', TODAY, '--max-warnings', '0', '--rule', 'ICS-NED-003=off', '.'], { cwd: dir });
      assert.equal(statutory.code, 0, statutory.stdout);
      assert.equal(statutory.stdout, '✔ 1 file checked, no problems\n');
      const register = await cli(['--waivers', '-f', 'json', '--rule', 'ICS-NED-003=off', '--today', TODAY, '.'], { cwd: dir });
      const [row] = JSON.parse(register.stdout).waivers;
      assert.deepEqual([row.status, row.note], ['inactive', 'ICS-NED-003 is turned off (ICS-NED-003: off)']);
      assert.match((await cli(['--waivers', '--rule', 'ICS-NED-003=off', '--today', TODAY, '.'], { cwd: dir })).stdout, /1 suppression as of 2026-11-23: 0 active, 0 expired, 0 without a reason, 1 inactive \(their rules did not run\)\./);
    });
  });

  it('--print-config lists a block with the lines it covers', async () => {
    const text = NO_CHAIR.replace('board:', '# ics-check-disable ICS-BOARD-001 -- chair being recruited\nboard:').replace('    - id: amir-khan', '# ics-check-enable ICS-BOARD-001\n    - id: amir-khan');
    const dir = sandbox({ 'a.yaml': text }, onlyRules({ 'ICS-BOARD-001': 'error' }));
    const r = await cli(['--print-config', 'a.yaml'], { cwd: dir });
    assert.match(r.stdout, /\nSuppressions:\n {2}line 5: ICS-BOARD-001 on lines 5–8 — chair being recruited\n$/);
    assert.equal((await cli(['--today', TODAY, 'a.yaml'], { cwd: dir })).code, 0);
  });

  describe('requiring an owner and an expiry on every waiver', () => {
    const partial = () => waive('ICS-BOARD-001', '-- chair being recruited');

    it('--require-waiver-owner-and-expiry: a waiver without them is an error in a normal run (exit 1)', async () => {
      const dir = sandbox({ 'a.yaml': partial() }, onlyRules({ 'ICS-BOARD-001': 'error' }));
      assert.equal((await cli(['--today', TODAY, '.'], { cwd: dir })).code, 0, 'not required by default');
      const r = await cli(['--today', TODAY, '--require-waiver-owner-and-expiry', '.'], { cwd: dir });
      assert.equal(r.code, 1);
      assert.match(r.stdout, /6:3 {2}error {2}This project requires every waiver to have an owner and an expiry \(require_waiver_owner_and_expiry\); this one has no owner and no expiry\./);
    });

    it('require_waiver_owner_and_expiry: true in .ics-check.yaml does the same, and --waivers fails on it', async () => {
      const dir = sandbox({ 'a.yaml': partial() }, onlyRules({ 'ICS-BOARD-001': 'error' }, 'require_waiver_owner_and_expiry: true\n'));
      assert.equal((await cli(['--today', TODAY, '.'], { cwd: dir })).code, 1);
      const register = await cli(['--waivers', '--today', TODAY, '.'], { cwd: dir });
      assert.equal(register.code, 1);
      assert.equal(register.stderr, 'ics-check: 1 waiver has no owner or no expiry (required)\n');
      assert.match(register.stdout, /\| `a\.yaml` \| 6 \| ICS-BOARD-001 \| chair being recruited \| {2}\| {2}\| incomplete \| next-line 7 \| no owner and no expiry \|/);
      const printed = await cli(['--print-config', 'a.yaml'], { cwd: dir });
      assert.match(printed.stdout, /\nWaivers need an owner and an expiry: yes \(\.ics-check\.yaml:\d+:1\)\n/);
    });
  });
});
