import { strict as assert } from 'node:assert';
import { analyzeFile, buildSystem, checkFileDetailed, ruleById } from '../../server/src/core';
import { defineRule, type Rule } from '../../server/src/core/rules/framework';
import { LineIndex } from '../../server/src/core/yaml/lineIndex';
import { isExpired, parseDirectives, waiverStatus } from '../../server/src/core/suppressions';

/**
 * Suppression comments a governance officer writes by hand: what each near-miss is told, what
 * counts as a reason, and which lines a directive reaches. A test rule with a catalogue id reports
 * ICS-NED-003 at each board member's name: members on lines 6 and 8, the comment on line 7.
 */
const NED: Rule = defineRule({
  meta: ruleById('ICS-NED-003')!.meta,
  check(ctx) {
    for (const m of ctx.icb?.board?.members?.items ?? []) if (m.name) ctx.report({ message: `NED about ${m.name.value}`, at: m.name.loc });
  },
});
const DOC = ['kind: icb-constitution', 'version: 1', 'icb: {id: nhs-w, name: NHS W Integrated Care Board}', 'board:', '  members:', '    - {id: a, name: Alex A, role: chair}', '    - {id: b, name: Bo B, role: chief_executive}'];

function run(comment: string | string[], options: { today?: string } = {}) {
  const lines = [...DOC];
  lines.splice(6, 0, ...(Array.isArray(comment) ? comment : [comment]));
  const text = lines.join('\n') + '\n';
  const file = analyzeFile('file:///w/c.yaml', text);
  const r = checkFileDetailed(file, buildSystem([file]), { rules: [NED], today: options.today ?? '2026-11-23' });
  return {
    seen: r.findings.map((f) => `${f.range.start.line + 1} ${f.ruleId === 'suppression' ? `${f.severity}: ${f.message}` : f.ruleId}`),
    fixes: r.findings.flatMap((f) => (f.fixes ?? []).map((x) => `${x.safe ? 'safe' : 'not safe'}: ${x.title}`)),
    waivers: r.waivers,
  };
}

const BOTH = ['6 ICS-NED-003', '8 ICS-NED-003'];
const NOT_READ = 'This comment is not a suppression ics-check can read, so it hides nothing: ';

describe('suppression comments: reasons, near-misses and reach', () => {
  it('"TODO: reason" (what "Suppress on this line" inserts) is no reason yet: the finding is hidden, and the comment asks for one', () => {
    for (const placeholder of ['TODO: reason', 'todo', 'TODO']) {
      const r = run(`    # ics-check-disable-next-line ICS-NED-003 -- ${placeholder}`);
      assert.deepEqual(r.seen, ['6 ICS-NED-003', '7 warning: Say why ICS-NED-003 is suppressed: add `-- <reason>` to the comment.'], placeholder);
      assert.deepEqual([r.waivers[0].status, r.waivers[0].reason], ['no reason', undefined]);
    }
    assert.equal(run('    # ics-check-disable-next-line ICS-NED-003 -- recruiting; TODO: confirm date').waivers[0].reason, 'recruiting; TODO: confirm date', 'a reason that mentions TODO later is a reason');
  });

  it('an unknown directive word: the four it could be, and the full form to write', () => {
    const r = run('    # ics-check-ignore ICS-NED-003 -- x');
    assert.deepEqual(r.seen, [
      ...BOTH,
      `7 warning: ${NOT_READ}\`ics-check-ignore\` is not a directive (ics-check reads \`ics-check-disable-next-line\`, \`ics-check-disable-line\`, \`ics-check-disable\`, \`ics-check-enable\`). Write it as \`# ics-check-disable-next-line ICS-NED-003 -- <reason> (owner: <name>, expires: YYYY-MM-DD)\`.`,
    ]);
    assert.deepEqual(r.fixes, [], 'no guess, no rewrite');
    assert.deepEqual(r.waivers.map((w) => [w.kind, w.status]), [['malformed', 'malformed']]);
  });

  it('underscores for hyphens: the directive it meant, with a rewrite (never applied unattended)', () => {
    const r = run('    # ics_check_disable_next_line ICS-NED-003 -- x');
    assert.deepEqual(r.seen, [...BOTH, `7 warning: ${NOT_READ}\`ics_check_disable_next_line\` is not a directive; did you mean \`ics-check-disable-next-line\`? Write it as \`# ics-check-disable-next-line ICS-NED-003 -- x\`.`]);
    assert.deepEqual(r.fixes, ['not safe: Rewrite as `# ics-check-disable-next-line ICS-NED-003 -- x`']);
  });

  it('no space after the directive word', () => {
    const r = run('    # ics-check-disable-next-line:ICS-NED-003 -- x');
    assert.deepEqual(r.seen, [...BOTH, `7 warning: ${NOT_READ}put a space, and nothing else, after \`ics-check-disable-next-line\`. Write it as \`# ics-check-disable-next-line ICS-NED-003 -- x\`.`]);
  });

  it('the waiver brackets: owner and expires only, spelt so; anything else is not guessed at', () => {
    const other = run('    # ics-check-disable-next-line ICS-NED-003 -- x (owner: Sam, reviewed: 2026)');
    assert.deepEqual(other.seen, [
      ...BOTH,
      `7 warning: ${NOT_READ}the waiver's brackets hold \`owner:\` and \`expires:\` only, not \`reviewed: 2026\`. Write it as \`# ics-check-disable-next-line ICS-NED-003 -- <reason> (owner: <name>, expires: YYYY-MM-DD)\`.`,
    ]);
    assert.deepEqual(other.fixes, []);
    const spelt = run('    # ics-check-disable-next-line ICS-NED-003 -- x (owners: Sam, expire: 2027-01-01)');
    assert.deepEqual(spelt.seen, [...BOTH, `7 warning: ${NOT_READ}write \`owner:\`, not \`owners\`; write \`expires:\`, not \`expire\`. Write it as \`# ics-check-disable-next-line ICS-NED-003 -- x (owner: Sam, expires: 2027-01-01)\`.`]);
    assert.deepEqual(
      spelt.waivers.map((w) => [w.reason, w.owner, w.expires]),
      [['x', 'Sam', '2027-01-01']],
    );
    const loose = run('    # ics-check-disable-next-line ICS-NED-003 -- x expires 2027-01-01');
    assert.deepEqual(loose.seen, [...BOTH, `7 warning: ${NOT_READ}put the owner and the expiry in brackets at the end. Write it as \`# ics-check-disable-next-line ICS-NED-003 -- <reason> (owner: <name>, expires: YYYY-MM-DD)\`.`]);
  });

  it('an owner without an expiry is a complete waiver unless the project requires both', () => {
    const r = run('    # ics-check-disable-next-line ICS-NED-003 -- x (owner: Sam)');
    assert.deepEqual(r.seen, ['6 ICS-NED-003']);
    assert.deepEqual(r.waivers.map((w) => [w.status, w.owner, w.expires]), [['active', 'Sam', undefined]]);
  });

  it('ics-check-enable takes rule ids only', () => {
    const r = run('    # ics-check-enable ICS-NED-003 because');
    assert.deepEqual(r.seen, [...BOTH, `7 warning: ${NOT_READ}\`because\` is not a rule id. Write it as \`# ics-check-enable ICS-NED-003\`.`]);
    assert.deepEqual(r.fixes, ['not safe: Rewrite as `# ics-check-enable ICS-NED-003`']);
  });

  it('an unknown rule beside a known one: the known one still hides its finding, the register says "unknown rule"', () => {
    const r = run('    # ics-check-disable-next-line ICS-FOO-001, ICS-NED-003 -- x');
    assert.deepEqual(r.seen, ['6 ICS-NED-003', '7 warning: `ICS-FOO-001` is not a rule of ICS Constitution Checker, so there is nothing to suppress.']);
    assert.deepEqual(r.waivers.map((w) => [w.status, w.note]), [['unknown rule', 'ICS-FOO-001']]);
  });

  it('an expired waiver without an owner says so without one', () => {
    const r = run('    # ics-check-disable-next-line ICS-NED-003 -- x (expires: 2020-01-01)');
    assert.deepEqual(r.seen, [...BOTH, '7 error: The waiver for ICS-NED-003 expired on 2020-01-01: renew it or fix the finding.']);
  });

  it('ics-check-disable-line on a line of its own reaches only that line', () => {
    const r = run('    # ics-check-disable-line ICS-NED-003 -- x');
    assert.deepEqual(r.seen, [...BOTH, '7 warning: Nothing to suppress: ICS-NED-003 reports nothing on line 7. Remove this comment.']);
    assert.deepEqual(r.waivers.map((w) => [w.kind, w.status, w.lines]), [['line', 'unused', [6, 6]]]);
  });

  it('a next-line directive at the end of the file reaches the line after it (and finds nothing there)', () => {
    const text = 'kind: icb-constitution\nversion: 1\n# ics-check-disable-next-line ICS-NED-003 -- x\n';
    const { suppressions } = parseDirectives(text, new LineIndex(text));
    assert.deepEqual(suppressions.map((s) => [s.targetLine, s.lastLine]), [[3, { 'ICS-NED-003': 3 }]]);
  });

  it('two blocks of one rule are both ended by one ics-check-enable', () => {
    const text = ['# ics-check-disable ICS-NED-003 -- a', 'x: 1', '# ics-check-disable ICS-NED-003 -- b', 'y: 2', '# ics-check-enable ICS-NED-003', 'z: 3'].join('\n') + '\n';
    const { suppressions, problems } = parseDirectives(text, new LineIndex(text));
    assert.deepEqual(problems, []);
    assert.deepEqual(suppressions.map((s) => [s.kind, s.targetLine, s.lastLine]), [['block', 0, { 'ICS-NED-003': 4 }], ['block', 2, { 'ICS-NED-003': 4 }]]);
  });

  it('the status from the comment alone: an expiry is good through its day, and must be a date', () => {
    const today = '2026-11-23';
    assert.equal(waiverStatus({ reason: 'x', expires: '2026-11-23' }, today), 'active');
    assert.equal(waiverStatus({ reason: 'x', expires: '2026-11-22' }, today), 'expired');
    assert.equal(waiverStatus({ reason: undefined, expires: '2026-11-24' }, today), 'no reason');
    assert.equal(waiverStatus({ reason: 'x', expires: '2026-11' }, today), 'invalid expiry');
    assert.equal(waiverStatus({ reason: 'x', expires: 'x2026-11-22' }, today), 'invalid expiry');
    assert.equal(waiverStatus({ reason: 'x', expires: undefined }, today), 'active');
    assert.equal(isExpired({ expires: '2026-11-22x' }, today), false, 'not a date: never expires (it is reported instead)');
    assert.equal(isExpired({ expires: undefined }, today), false);
  });
});
