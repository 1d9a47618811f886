import { strict as assert } from 'node:assert';
import { analyzeFile, applyEdits, buildSystem, checkFileDetailed, checkText, ruleById, type EngineOptions, type Finding } from '../../server/src/core';
import { defineRule, type Rule } from '../../server/src/core/rules/framework';

/**
 * What suppression comments hide and what they leave visible, pinned line by line. Two test rules
 * with catalogue ids report on every board member: ICS-NED-003 (an NHS England policy rule) at the
 * member's name, ICS-BOARD-001 (a statutory rule) at the member's role. With flow-style members,
 * each member's line carries one finding of each.
 */
const NED: Rule = defineRule({
  meta: ruleById('ICS-NED-003')!.meta,
  check(ctx) {
    for (const m of ctx.icb?.board?.members?.items ?? []) if (m.name) ctx.report({ message: `NED about ${m.name.value}`, at: m.name.loc });
  },
});
const BOARD: Rule = defineRule({
  meta: ruleById('ICS-BOARD-001')!.meta,
  check(ctx) {
    for (const m of ctx.icb?.board?.members?.items ?? []) if (m.role) ctx.report({ message: `BOARD about ${m.role.value}`, at: m.role.loc });
  },
});
const RULES = [NED, BOARD];
const TODAY = '2026-11-23';

/** Lines 6, 7 and 8 are members a, b and c. */
const DOC = [
  'kind: icb-constitution',
  'version: 1',
  'icb: {id: nhs-w, name: NHS W Integrated Care Board}',
  'board:',
  '  members:',
  '    - {id: a, name: Alex A, role: chair}',
  '    - {id: b, name: Bo B, role: chief_executive}',
  '    - {id: c, name: Cy C, role: non_executive}',
];

/** The document with `insert` lines placed before the 1-based line `before` (or appended). */
function doc(insert: Record<number, string | string[]> = {}, lines = DOC): string {
  const out: string[] = [];
  lines.forEach((l, i) => {
    const add = insert[i + 1];
    if (add !== undefined) out.push(...(Array.isArray(add) ? add : [add]));
    out.push(l);
  });
  const tail = insert[lines.length + 1];
  if (tail !== undefined) out.push(...(Array.isArray(tail) ? tail : [tail]));
  return out.join('\n') + '\n';
}

function run(text: string, options: EngineOptions = {}) {
  const file = analyzeFile('file:///w/constitution.yaml', text);
  return checkFileDetailed(file, buildSystem([file]), { rules: RULES, today: TODAY, ...options });
}

/** Findings as `line rule` (1-based), sorted; suppression findings with their severity and message. */
function seen(findings: Finding[]): string[] {
  return findings
    .map((f) => (f.ruleId === 'suppression' ? `${f.range.start.line + 1} suppression ${f.severity}: ${f.message}` : `${f.range.start.line + 1} ${f.ruleId}`))
    .sort((a, b) => parseInt(a) - parseInt(b) || a.localeCompare(b));
}

const ALL = ['6 ICS-BOARD-001', '6 ICS-NED-003', '7 ICS-BOARD-001', '7 ICS-NED-003', '8 ICS-BOARD-001', '8 ICS-NED-003'];
const without = (...gone: string[]) => ALL.filter((x) => !gone.includes(x));
const WAIVER = '-- second non-executive being recruited (owner: Board Secretary, expires: 2027-03-31)';

describe('waivers governance can rely on', () => {
  it('with no comments, every finding shows (the baseline the pins below start from)', () => {
    assert.deepEqual(seen(run(doc()).findings), ALL);
  });

  describe('what an active waiver hides, and what it leaves visible', () => {
    it('next-line: only its rule, only on its line; the other rule on that line and its rule on other lines stay', () => {
      const text = doc({ 7: `    # ics-check-disable-next-line ICS-NED-003 ${WAIVER}` });
      const r = run(text);
      // The comment is line 7, so the members are now lines 6, 8 and 9.
      assert.deepEqual(seen(r.findings), ['6 ICS-BOARD-001', '6 ICS-NED-003', '8 ICS-BOARD-001', '9 ICS-BOARD-001', '9 ICS-NED-003']);
      assert.deepEqual(
        r.waivers.map((w) => [w.kind, w.range.start.line + 1, w.lines, w.ruleIds, w.reason, w.owner, w.expires, w.status]),
        [['next-line', 7, [7, 7], ['ICS-NED-003'], 'second non-executive being recruited', 'Board Secretary', '2027-03-31', 'active']],
      );
    });

    it('two rules in one comment hide both on that line, and nothing elsewhere', () => {
      const r = run(doc({ 7: `    # ics-check-disable-next-line ICS-NED-003, ICS-BOARD-001 ${WAIVER}` }));
      assert.deepEqual(seen(r.findings), ['6 ICS-BOARD-001', '6 ICS-NED-003', '9 ICS-BOARD-001', '9 ICS-NED-003']);
    });

    it('skips blank lines and comment lines to the next line of content', () => {
      const r = run(doc({ 7: [`    # ics-check-disable-next-line ICS-NED-003 ${WAIVER}`, '', '    # member b joined in March', '', '    # (agreed at the May board)'] }));
      // Comment on line 7; the member it applies to is on line 12.
      assert.deepEqual(seen(r.findings), ['6 ICS-BOARD-001', '6 ICS-NED-003', '12 ICS-BOARD-001', '13 ICS-BOARD-001', '13 ICS-NED-003']);
      assert.deepEqual(r.waivers[0].lines, [11, 11]);
    });

    it('two directives stacked above one line both apply to it', () => {
      const r = run(doc({ 7: [`    # ics-check-disable-next-line ICS-NED-003 ${WAIVER}`, `    # ics-check-disable-next-line ICS-BOARD-001 -- interim chief executive`] }));
      assert.deepEqual(seen(r.findings), ['6 ICS-BOARD-001', '6 ICS-NED-003', '10 ICS-BOARD-001', '10 ICS-NED-003']);
    });

    it('a directive at the end of a line of content applies to the next line, not its own', () => {
      const lines = [...DOC];
      lines[5] += `  # ics-check-disable-next-line ICS-NED-003 ${WAIVER}`;
      assert.deepEqual(seen(run(doc({}, lines)).findings), without('7 ICS-NED-003'));
    });

    it('a directive with nothing of its rule on the next line says so, with that line, and hides nothing', () => {
      const r = run(doc({ 5: `  # ics-check-disable-next-line ICS-NED-003 ${WAIVER}` }));
      assert.deepEqual(seen(r.findings), [
        '5 suppression warning: Nothing to suppress: ICS-NED-003 reports nothing on line 6. Remove this comment.',
        '7 ICS-BOARD-001', '7 ICS-NED-003', '8 ICS-BOARD-001', '8 ICS-NED-003', '9 ICS-BOARD-001', '9 ICS-NED-003',
      ]);
      assert.equal(r.waivers[0].status, 'unused');
    });
  });

  describe('expiry', () => {
    const text = doc({ 7: '    # ics-check-disable-next-line ICS-NED-003 -- recruiting (owner: Board Secretary, expires: 2026-11-23)' });
    it('a waiver is good through its expiry day', () => {
      const r = run(text, { today: '2026-11-23' });
      assert.deepEqual(seen(r.findings), ['6 ICS-BOARD-001', '6 ICS-NED-003', '8 ICS-BOARD-001', '9 ICS-BOARD-001', '9 ICS-NED-003']);
      assert.equal(r.waivers[0].status, 'active');
    });
    it('the day after, it is an error and its finding shows again', () => {
      const r = run(text, { today: '2026-11-24' });
      assert.deepEqual(seen(r.findings), [
        '6 ICS-BOARD-001', '6 ICS-NED-003',
        '7 suppression error: The waiver for ICS-NED-003 expired on 2026-11-23 (owner: Board Secretary): renew it or fix the finding.',
        '8 ICS-BOARD-001', '8 ICS-NED-003', '9 ICS-BOARD-001', '9 ICS-NED-003',
      ]);
      assert.equal(r.waivers[0].status, 'expired');
    });
    it('an expiry that is not a date is a warning, and the waiver still hides its finding', () => {
      const r = run(doc({ 7: '    # ics-check-disable-next-line ICS-NED-003 -- recruiting (owner: Board Secretary, expires: 31/03/2027)' }));
      assert.deepEqual(seen(r.findings), ['6 ICS-BOARD-001', '6 ICS-NED-003', '7 suppression warning: The waiver\'s expiry `31/03/2027` must be a date written YYYY-MM-DD.', '8 ICS-BOARD-001', '9 ICS-BOARD-001', '9 ICS-NED-003']);
      assert.equal(r.waivers[0].status, 'invalid expiry');
    });
  });

  describe('rule ids', () => {
    it('a rule that is not in the catalogue gets the "not a rule" warning (with a suggestion when one is close), and hides nothing', () => {
      const r = run(doc({ 7: '    # ics-check-disable-next-line ICS-FOO-001, ICS-NED-03 -- recruiting' }));
      assert.deepEqual(seen(r.findings), [
        '6 ICS-BOARD-001', '6 ICS-NED-003',
        '7 suppression warning: `ICS-FOO-001` is not a rule of ICS Constitution Checker, so there is nothing to suppress.',
        '7 suppression warning: `ICS-NED-03` is not a rule of ICS Constitution Checker, so there is nothing to suppress; did you mean `ICS-NED-003`?',
        '8 ICS-BOARD-001', '8 ICS-NED-003', '9 ICS-BOARD-001', '9 ICS-NED-003',
      ]);
      assert.equal(r.waivers[0].status, 'unknown rule');
    });

    it('no rule named: a warning', () => {
      const r = run(doc({ 7: '    # ics-check-disable-next-line -- recruiting' }));
      assert.deepEqual(seen(r.findings).filter((x) => x.includes('suppression')), ['7 suppression warning: `ics-check-disable-next-line` must name the rule it suppresses, e.g. `# ics-check-disable-next-line ICS-NED-001 -- reason`.']);
    });

    it('no reason: a warning, and the finding is still hidden', () => {
      const r = run(doc({ 7: '    # ics-check-disable-next-line ICS-NED-003' }));
      assert.deepEqual(seen(r.findings), ['6 ICS-BOARD-001', '6 ICS-NED-003', '7 suppression warning: Say why ICS-NED-003 is suppressed: add `-- <reason>` to the comment.', '8 ICS-BOARD-001', '9 ICS-BOARD-001', '9 ICS-NED-003']);
      assert.equal(r.waivers[0].status, 'no reason');
    });
  });

  describe('inactive waivers are kept quiet', () => {
    const text = doc({ 7: `    # ics-check-disable-next-line ICS-NED-003 ${WAIVER}` });
    it('the rule is off by profile: no "nothing to suppress", listed as inactive with why', () => {
      const r = run(text, { profile: 'statutory' });
      assert.deepEqual(seen(r.findings), ['6 ICS-BOARD-001', '8 ICS-BOARD-001', '9 ICS-BOARD-001']);
      assert.deepEqual([r.waivers[0].status, r.waivers[0].note], ['inactive', 'the statutory profile does not run ICS-NED-003']);
    });
    it('the rule is turned off (--rule ICS-NED-003=off, or rules: in .ics-check.yaml)', () => {
      const r = run(text, { ruleOverrides: { 'ICS-NED-003': 'off' } });
      assert.deepEqual(seen(r.findings), ['6 ICS-BOARD-001', '8 ICS-BOARD-001', '9 ICS-BOARD-001']);
      assert.deepEqual([r.waivers[0].status, r.waivers[0].note], ['inactive', 'ICS-NED-003 is turned off (ICS-NED-003: off)']);
    });
    it('the document has YAML errors (no rule ran): only the YAML error shows', () => {
      const r = run(text + 'committees: [unclosed\n');
      assert.deepEqual([...new Set(r.findings.map((f) => f.ruleId))], ['yaml-syntax']);
      assert.deepEqual([r.waivers[0].status, r.waivers[0].note], ['inactive', 'the document has YAML errors, so no rule ran on it']);
    });
    it('an expired waiver of a rule that is off is quiet too, but the register still says expired', () => {
      const r = run(doc({ 7: '    # ics-check-disable-next-line ICS-NED-003 -- recruiting (owner: Board Secretary, expires: 2020-01-01)' }), { profile: 'statutory' });
      assert.deepEqual(seen(r.findings), ['6 ICS-BOARD-001', '8 ICS-BOARD-001', '9 ICS-BOARD-001']);
      assert.equal(r.waivers[0].status, 'expired');
    });
  });

  describe('near-misses of the syntax: one warning with the expected form, and nothing hidden', () => {
    const cases: [string, string, string | undefined][] = [
      [
        '(owner Board Secretary, expires 2027-03-31) without colons',
        '# ics-check-disable-next-line ICS-NED-003 -- recruiting (owner Board Secretary, expires 2027-03-31)',
        'write `owner:` with a colon; write `expires:` with a colon. Write it as `# ics-check-disable-next-line ICS-NED-003 -- recruiting (owner: Board Secretary, expires: 2027-03-31)`.',
      ],
      [
        'a colon instead of --',
        '# ics-check-disable-next-line ICS-NED-003: second non-executive being recruited',
        'separate the reason from the rule ids with ` -- `, not `:`. Write it as `# ics-check-disable-next-line ICS-NED-003 -- second non-executive being recruited`.',
      ],
      [
        'no -- at all (one warning, not one per word)',
        '# ics-check-disable-next-line ICS-NED-003 second non-executive being recruited',
        'separate the reason from the rule ids with ` -- `. Write it as `# ics-check-disable-next-line ICS-NED-003 -- second non-executive being recruited`.',
      ],
      [
        'a reason begun before -- and ended after it: one reason, in order',
        '# ics-check-disable-next-line ICS-NED-003 second non-executive -- being recruited',
        'separate the reason from the rule ids with ` -- `. Write it as `# ics-check-disable-next-line ICS-NED-003 -- second non-executive being recruited`.',
      ],
      [
        'a colon after the id and a reason on both sides of --: one reason, in order',
        '# ics-check-disable-next-line ICS-NED-003: second non-executive -- being recruited',
        'separate the reason from the rule ids with ` -- `, not `:`. Write it as `# ics-check-disable-next-line ICS-NED-003 -- second non-executive being recruited`.',
      ],
      [
        'a lower-case rule id',
        '# ics-check-disable-next-line ics-ned-003 -- recruiting',
        'rule ids are written in capitals: `ICS-NED-003`, not `ics-ned-003`. Write it as `# ics-check-disable-next-line ICS-NED-003 -- recruiting`.',
      ],
      [
        '`expiry:` for `expires:`',
        '# ics-check-disable-next-line ICS-NED-003 -- recruiting (owner: Board Secretary, expiry: 2027-03-31)',
        'write `expires:`, not `expiry`. Write it as `# ics-check-disable-next-line ICS-NED-003 -- recruiting (owner: Board Secretary, expires: 2027-03-31)`.',
      ],
      [
        'a misspelt directive',
        '# ics-check-disable-nextline ICS-NED-003 -- recruiting',
        '`ics-check-disable-nextline` is not a directive; did you mean `ics-check-disable-next-line`? Write it as `# ics-check-disable-next-line ICS-NED-003 -- recruiting`.',
      ],
      [
        'owner and expiry outside brackets',
        '# ics-check-disable-next-line ICS-NED-003 -- recruiting, owner: Board Secretary, expires: 2027-03-31',
        'put the owner and the expiry in brackets at the end. Write it as `# ics-check-disable-next-line ICS-NED-003 -- <reason> (owner: <name>, expires: YYYY-MM-DD)`.',
      ],
    ];
    for (const [name, comment, expected] of cases) {
      it(name, () => {
        const r = run(doc({ 7: `    ${comment}` }));
        assert.deepEqual(seen(r.findings), [
          '6 ICS-BOARD-001', '6 ICS-NED-003',
          `7 suppression warning: This comment is not a suppression ics-check can read, so it hides nothing: ${expected}`,
          '8 ICS-BOARD-001', '8 ICS-NED-003', '9 ICS-BOARD-001', '9 ICS-NED-003',
        ]);
        assert.deepEqual(r.waivers.map((w) => w.status), ['malformed']);
      });
    }

    it('the warning offers the rewrite as a quick fix (not safe: it turns a comment into a suppression), which then hides the finding', () => {
      const text = doc({ 7: '    # ics-check-disable-next-line ics-ned-003: recruiting (owner Board Secretary, expires 2027-03-31)' });
      const warning = run(text).findings.find((f) => f.ruleId === 'suppression')!;
      assert.equal(warning.fixes?.length, 1);
      assert.equal(warning.fixes![0].safe, false);
      const fixed = applyEdits(text, analyzeFile('file:///w/c.yaml', text).lines, warning.fixes![0].edits);
      assert.equal(fixed.split('\n')[6], '    # ics-check-disable-next-line ICS-NED-003 -- recruiting (owner: Board Secretary, expires: 2027-03-31)');
      assert.deepEqual(seen(run(fixed).findings), ['6 ICS-BOARD-001', '6 ICS-NED-003', '8 ICS-BOARD-001', '9 ICS-BOARD-001', '9 ICS-NED-003']);
    });

    it('prose that mentions ics-check is not a directive', () => {
      const r = run(doc({ 7: ['    # ics-check found two problems here; see the board paper', '    # run `ics-check-disable` only with the board secretary'] }));
      assert.deepEqual(seen(r.findings).filter((x) => x.includes('suppression')), []);
    });
  });

  describe('same-line, block and whole-file directives', () => {
    it('ics-check-disable-line at the end of a line hides that line only', () => {
      const lines = [...DOC];
      lines[6] += `  # ics-check-disable-line ICS-NED-003 ${WAIVER}`;
      const r = run(doc({}, lines));
      assert.deepEqual(seen(r.findings), without('7 ICS-NED-003'));
      assert.deepEqual([r.waivers[0].kind, r.waivers[0].lines], ['line', [6, 6]]);
    });

    it('ics-check-disable … ics-check-enable hides the lines between, and only those', () => {
      const r = run(doc({ 7: `    # ics-check-disable ICS-NED-003 ${WAIVER}`, 8: '    # ics-check-enable ICS-NED-003' }));
      // Comments on lines 7 and 9: member b is line 8.
      assert.deepEqual(seen(r.findings), ['6 ICS-BOARD-001', '6 ICS-NED-003', '8 ICS-BOARD-001', '10 ICS-BOARD-001', '10 ICS-NED-003']);
      assert.deepEqual([r.waivers[0].kind, r.waivers[0].lines], ['block', [6, 8]]);
    });

    it('ics-check-enable with no ids ends every block; with one id, only that one', () => {
      const both = `    # ics-check-disable ICS-NED-003, ICS-BOARD-001 ${WAIVER}`;
      assert.deepEqual(seen(run(doc({ 7: both, 8: '    # ics-check-enable' })).findings), ['6 ICS-BOARD-001', '6 ICS-NED-003', '10 ICS-BOARD-001', '10 ICS-NED-003']);
      assert.deepEqual(seen(run(doc({ 7: both, 8: '    # ics-check-enable ICS-BOARD-001' })).findings), ['6 ICS-BOARD-001', '6 ICS-NED-003', '10 ICS-BOARD-001']);
    });

    it('a block without ics-check-enable runs to the end of the file', () => {
      const r = run(doc({ 7: `    # ics-check-disable ICS-NED-003 ${WAIVER}` }));
      assert.deepEqual(seen(r.findings), ['6 ICS-BOARD-001', '6 ICS-NED-003', '8 ICS-BOARD-001', '9 ICS-BOARD-001']);
      assert.deepEqual(r.waivers[0].lines, [6, 9]);
    });

    it('at the top of the file, it is a whole-file directive', () => {
      const r = run(doc({ 1: `# ics-check-disable ICS-NED-003 ${WAIVER}` }));
      assert.deepEqual(seen(r.findings), ['7 ICS-BOARD-001', '8 ICS-BOARD-001', '9 ICS-BOARD-001']);
    });

    it('ics-check-enable with no block to end is a warning', () => {
      const r = run(doc({ 7: '    # ics-check-enable ICS-NED-003' }));
      assert.deepEqual(seen(r.findings).filter((x) => x.includes('suppression')), [
        '7 suppression warning: This comment is not a suppression ics-check can read, so it hides nothing: there is no `ics-check-disable ICS-NED-003` above it to end. Write it as `# ics-check-enable ICS-NED-003`.',
      ]);
    });

    it('a block whose rule reports nothing in it says which lines it covered', () => {
      const r = run(doc({ 1: `# ics-check-disable ICS-NED-003 ${WAIVER}`, 6: '# ics-check-enable ICS-NED-003' }));
      assert.deepEqual(seen(r.findings).filter((x) => x.includes('suppression')), ['1 suppression warning: Nothing to suppress: ICS-NED-003 reports nothing on lines 1–7. Remove this comment.']);
    });
  });

  describe('require_waiver_owner_and_expiry', () => {
    it('a waiver without an owner or an expiry is an error (and still hides its finding)', () => {
      const r = run(doc({ 7: '    # ics-check-disable-next-line ICS-NED-003 -- recruiting (expires: 2027-03-31)' }), { requireWaiverOwnerAndExpiry: true });
      assert.deepEqual(seen(r.findings), [
        '6 ICS-BOARD-001', '6 ICS-NED-003',
        '7 suppression error: This project requires every waiver to have an owner and an expiry (require_waiver_owner_and_expiry); this one has no owner. Add `(owner: <name>, expires: YYYY-MM-DD)` after the reason.',
        '8 ICS-BOARD-001', '9 ICS-BOARD-001', '9 ICS-NED-003',
      ]);
      assert.deepEqual([r.waivers[0].status, r.waivers[0].note], ['incomplete', 'no owner']);
      const neither = run(doc({ 7: '    # ics-check-disable-next-line ICS-NED-003 -- recruiting' }), { requireWaiverOwnerAndExpiry: true });
      assert.match(seen(neither.findings).find((x) => x.includes('requires'))!, /this one has no owner and no expiry\./);
    });
    it('a complete waiver passes; without the option nothing is required', () => {
      assert.deepEqual(seen(run(doc({ 7: `    # ics-check-disable-next-line ICS-NED-003 ${WAIVER}` }), { requireWaiverOwnerAndExpiry: true }).findings), ['6 ICS-BOARD-001', '6 ICS-NED-003', '8 ICS-BOARD-001', '9 ICS-BOARD-001', '9 ICS-NED-003']);
      assert.deepEqual(seen(run(doc({ 7: '    # ics-check-disable-next-line ICS-NED-003 -- recruiting' })).findings).filter((x) => x.includes('suppression')), []);
    });
  });

  it('the catalogue rules: a waiver of ICS-BOARD-001 on a real constitution hides that rule only', () => {
    const text = ['kind: icb-constitution', 'version: 1', 'icb: {id: nhs-x, name: NHS X Integrated Care Board}', 'board:', `  # ics-check-disable-next-line ICS-BOARD-001 ${WAIVER}`, '  members:', '    - {id: amir-khan, name: Amir Khan, role: chief_executive}', ''].join('\n');
    const before = checkText('file:///x.yaml', text.replace(/ {2}# ics-check.*\n/, ''), { today: TODAY }).map((f) => f.ruleId);
    const after = checkText('file:///x.yaml', text, { today: TODAY }).map((f) => f.ruleId);
    assert.ok(before.includes('ICS-BOARD-001'));
    assert.deepEqual([...after].sort(), before.filter((id) => id !== 'ICS-BOARD-001').sort());
  });
});
