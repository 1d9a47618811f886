import { strict as assert } from 'node:assert';
import { analyzeFile, buildSystem, checkFileDetailed, ruleById, type EngineOptions } from '../../server/src/core';
import { defineRule, type Rule } from '../../server/src/core/rules/framework';
import { LineIndex } from '../../server/src/core/yaml/lineIndex';
import { parseDirectives } from '../../server/src/core/suppressions';

/**
 * Which findings a suppression reaches and how the register describes it: blocks of several
 * rules, a file of several documents where one has YAML errors, and the finer points of the
 * comment's syntax. Two test rules with catalogue ids report on every board member: ICS-NED-003 at
 * its name, ICS-BOARD-001 at its role.
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

const HEAD = ['kind: icb-constitution', 'version: 1', 'icb: {id: nhs-w, name: NHS W Integrated Care Board}', 'board:', '  members:'];
const member = (id: string) => `    - {id: ${id}, name: ${id.toUpperCase()}, role: chair}`;

function run(lines: string[], options: EngineOptions = {}) {
  const text = lines.join('\n') + '\n';
  const file = analyzeFile('file:///w/c.yaml', text);
  const r = checkFileDetailed(file, buildSystem([file]), { rules: [NED, BOARD], today: '2026-11-23', ...options });
  return {
    seen: r.findings.map((f) => `${f.range.start.line + 1} ${f.ruleId === 'suppression' ? `${f.severity}: ${f.message}` : f.ruleId}`).sort((a, b) => parseInt(a) - parseInt(b) || a.localeCompare(b)),
    fixes: r.findings.flatMap((f) => (f.fixes ?? []).map((x) => x.edits[0].newText)),
    waivers: r.waivers.map((w) => ({ status: w.status, note: w.note, lines: w.lines })),
  };
}
const NOT_READ = 'This comment is not a suppression ics-check can read, so it hides nothing: ';

describe('suppressions: reach, documents and the register', () => {
  it('ics-check-enable RULE ends the block of that rule only, when the blocks were opened by separate comments', () => {
    const r = run([...HEAD, '    # ics-check-disable ICS-NED-003 -- a', '    # ics-check-disable ICS-BOARD-001 -- b', member('a'), '    # ics-check-enable ICS-BOARD-001', member('b')]);
    assert.deepEqual(r.seen, ['10 ICS-BOARD-001']);
  });

  it('ics-check-enable with nothing open is a warning, even after a next-line directive (which is not a block)', () => {
    const alone = run([...HEAD, member('a'), '    # ics-check-enable']);
    assert.deepEqual(alone.seen, ['6 ICS-BOARD-001', '6 ICS-NED-003', `7 warning: ${NOT_READ}there is no \`ics-check-disable\` above it to end. Write it as \`# ics-check-enable ICS-XXX-000\`.`]);
    const after = run([...HEAD, '    # ics-check-disable-next-line ICS-NED-003 -- a', member('a'), '    # ics-check-enable', member('b')]);
    assert.deepEqual(after.seen, ['7 ICS-BOARD-001', `8 warning: ${NOT_READ}there is no \`ics-check-disable\` above it to end. Write it as \`# ics-check-enable ICS-XXX-000\`.`, '9 ICS-BOARD-001', '9 ICS-NED-003']);
  });

  it('ics-check-enable RULE: with a colon after the id, still ends the block', () => {
    const r = run([...HEAD, '    # ics-check-disable ICS-NED-003 -- a', member('a'), '    # ics-check-enable ICS-NED-003:', member('b')]);
    assert.deepEqual(r.seen, ['7 ICS-BOARD-001', '9 ICS-BOARD-001', '9 ICS-NED-003']);
  });

  it('several rules in one comment: each named in the messages about the comment', () => {
    const none = run([...HEAD, '    # ics-check-disable-next-line ICS-NED-003, ICS-BOARD-001', member('a')]);
    assert.deepEqual(none.seen, ['6 warning: Say why ICS-NED-003, ICS-BOARD-001 is suppressed: add `-- <reason>` to the comment.']);
    const expired = run([...HEAD, '    # ics-check-disable-next-line ICS-NED-003, ICS-BOARD-001 -- x (expires: 2026-01-01)', member('a')]);
    assert.deepEqual(expired.seen, ['6 error: The waiver for ICS-NED-003, ICS-BOARD-001 expired on 2026-01-01: renew it or fix the finding.', '7 ICS-BOARD-001', '7 ICS-NED-003']);
  });

  it('a comment that names no rule: "names no rule" in the register', () => {
    const r = run([...HEAD, '    # ics-check-disable-next-line -- x', member('a')]);
    assert.deepEqual(r.waivers, [{ status: 'malformed', note: 'names no rule', lines: [6, 6] }]);
  });

  describe('inactive: rules that did not run', () => {
    it('an unknown rule beside a rule that is off: inactive (the known rule decides), with why', () => {
      const r = run([...HEAD, '    # ics-check-disable-next-line ICS-FOO-001, ICS-NED-003 -- x', member('a')], { ruleOverrides: { 'ICS-NED-003': 'off' } });
      assert.deepEqual(r.waivers, [{ status: 'inactive', note: 'ICS-NED-003 is turned off (ICS-NED-003: off)', lines: [6, 6] }]);
    });

    it('an unknown rule alone: "unknown rule", naming it', () => {
      const r = run([...HEAD, '    # ics-check-disable-next-line ICS-FOO-001 -- x', member('a')]);
      assert.deepEqual(r.waivers, [{ status: 'unknown rule', note: 'ICS-FOO-001', lines: [6, 6] }]);
    });

    it('two rules off for different reasons: both reasons; for the same reason: once', () => {
      const two = run([...HEAD, '    # ics-check-disable-next-line ICS-NED-003, ICS-BOARD-001 -- x', member('a')], { ruleOverrides: { 'ICS-NED-003': 'off', 'ICS-BOARD-001': 'off' } });
      assert.deepEqual(two.waivers[0].note, 'ICS-NED-003 is turned off (ICS-NED-003: off); ICS-BOARD-001 is turned off (ICS-BOARD-001: off)');
      const broken = run([...HEAD, '    # ics-check-disable-next-line ICS-NED-003, ICS-BOARD-001 -- x', member('a'), 'committees: [unclosed']);
      assert.deepEqual(broken.waivers, [{ status: 'inactive', note: 'the document has YAML errors, so no rule ran on it', lines: [6, 6] }]);
    });
  });

  describe('a file of several documents, one with YAML errors', () => {
    const broken = ['kind: icb-constitution', 'version: 1', 'committees: [unclosed'];
    it('a block opened in the broken document reaches the next one, where the rule ran: it hides there', () => {
      const r = run(['# ics-check-disable ICS-NED-003 -- interim board', ...broken, '---', ...HEAD, member('a')]);
      assert.deepEqual(r.seen.filter((x) => !x.includes('yaml') && !/^\d+ error/.test(x)), ['11 ICS-BOARD-001']);
      assert.equal(r.waivers[0].status, 'active');
    });

    it('a next-line directive in the broken document is inactive, though the rule ran in the other', () => {
      const r = run([...HEAD, member('a'), '---', '# ics-check-disable-next-line ICS-NED-003 -- x', ...broken]);
      assert.deepEqual(r.waivers.map((w) => w.status), ['inactive']);
      assert.deepEqual(r.seen.filter((x) => x.includes('suppression') || x.includes('Nothing')), []);
    });

    it('a block opened inside the broken document (after its first line) reaches the next one too', () => {
      const r = run(['kind: icb-constitution', '# ics-check-disable ICS-NED-003 -- interim board', 'version: 1', 'committees: [unclosed', '---', ...HEAD, member('a')]);
      assert.deepEqual(r.waivers.map((w) => w.status), ['active']);
      assert.ok(!r.seen.some((x) => x.includes('ICS-NED-003')), r.seen.join('\n'));
    });

    it('a next-line directive in a broken first document is inactive, though the rule ran in the next', () => {
      const r = run(['kind: icb-constitution', 'version: 1', '# ics-check-disable-next-line ICS-NED-003 -- x', 'committees: [unclosed', '---', ...HEAD, member('a')]);
      assert.deepEqual(r.waivers.map((w) => w.status), ['inactive']);
      assert.deepEqual(r.seen.filter((x) => x.includes('suppress')), []);
    });

    it('a next-line directive in a sound document before a broken one is judged on its own document', () => {
      const r = run([...HEAD, '    # ics-check-disable-next-line ICS-NED-003 -- x', '    - {id: b, role: chair}', '---', ...broken]);
      assert.deepEqual(r.waivers.map((w) => w.status), ['unused']);
      assert.ok(r.seen.includes('6 warning: Nothing to suppress: ICS-NED-003 reports nothing on line 7. Remove this comment.'), r.seen.join('\n'));
    });
  });

  describe('the register: notes only where they explain the status', () => {
    it('several unknown rules are all named; an active or expired waiver has no note', () => {
      const two = run([...HEAD, '    # ics-check-disable-next-line ICS-FOO-001, ICS-BAR-002 -- x', member('a')]);
      assert.deepEqual(two.waivers, [{ status: 'unknown rule', note: 'ICS-FOO-001, ICS-BAR-002', lines: [6, 6] }]);
      const mixed = run([...HEAD, '    # ics-check-disable-next-line ICS-FOO-001, ICS-BAR-002, ICS-NED-003 -- x', member('a')]);
      assert.deepEqual(mixed.waivers, [{ status: 'unknown rule', note: 'ICS-FOO-001, ICS-BAR-002', lines: [6, 6] }]);
      const active = run([...HEAD, '    # ics-check-disable-next-line ICS-NED-003 -- x', member('a')]);
      assert.deepEqual(active.waivers, [{ status: 'active', note: undefined, lines: [6, 6] }]);
      const expiredOff = run([...HEAD, '    # ics-check-disable-next-line ICS-NED-003 -- x (expires: 2020-01-01)', member('a')], { ruleOverrides: { 'ICS-NED-003': 'off' } });
      assert.deepEqual(expiredOff.waivers, [{ status: 'expired', note: undefined, lines: [6, 6] }]);
    });

    it('ics-check-enable of two rules, neither open: both named', () => {
      const r = run([...HEAD, member('a'), '    # ics-check-enable ICS-NED-003, ICS-BOARD-001']);
      assert.ok(r.seen.includes(`7 warning: ${NOT_READ}there is no \`ics-check-disable ICS-NED-003, ICS-BOARD-001\` above it to end. Write it as \`# ics-check-enable ICS-NED-003, ICS-BOARD-001\`.`), r.seen.join('\n'));
    });
  });

  describe('the finer points of the syntax', () => {
    it('two lower-case ids are rewritten in capitals, both kept', () => {
      const r = run([...HEAD, '    # ics-check-disable-next-line ics-ned-003, ics-board-001 -- x', member('a')]);
      assert.deepEqual(r.fixes, ['# ics-check-disable-next-line ICS-NED-003, ICS-BOARD-001 -- x']);
    });

    it('underscores and a missing hyphen together are still recognised; so are two colons after the word', () => {
      const r = run([...HEAD, '    # ics_check_disable_nextline ICS-NED-003 -- x', member('a')]);
      assert.deepEqual(r.fixes, ['# ics-check-disable-next-line ICS-NED-003 -- x']);
      const colons = run([...HEAD, '    # ics-check-disable-next-line::ICS-NED-003 -- x', member('a')]);
      assert.deepEqual(colons.fixes, ['# ics-check-disable-next-line ICS-NED-003 -- x']);
    });

    it('spaces at the end of a comment, or inside the brackets, do not matter', () => {
      const r = run([...HEAD, '    # ics-check-disable-next-line ICS-NED-003 -- x (owner:Sam, expires:2027-01-01, )   ', member('a')]);
      assert.deepEqual(r.seen, ['7 ICS-BOARD-001']);
      assert.deepEqual(r.waivers.map((w) => w.status), ['active']);
      const text = '# ics-check-disable-next-line ICS-NED-003 -- x (owner:Sam, expires:2027-01-01, )   \nkey: 1\n';
      const [s] = parseDirectives(text, new LineIndex(text)).suppressions;
      assert.deepEqual([s.reason, s.owner, s.expires], ['x', 'Sam', '2027-01-01']);
      const loose = run([...HEAD, '    # ics-check-disable-next-line ICS-NED-003 recruiting a second   ', member('a')]);
      assert.deepEqual(loose.fixes, ['# ics-check-disable-next-line ICS-NED-003 -- recruiting a second']);
    });

    it('brackets that are not at the end are not a waiver: the owner and expiry must close the comment', () => {
      const r = run([...HEAD, '    # ics-check-disable-next-line ICS-NED-003 -- x (owner: Sam) until March', member('a')]);
      assert.deepEqual(r.seen, [`6 warning: ${NOT_READ}put the owner and the expiry in brackets at the end. Write it as \`# ics-check-disable-next-line ICS-NED-003 -- <reason> (owner: <name>, expires: YYYY-MM-DD)\`.`, '7 ICS-BOARD-001', '7 ICS-NED-003']);
    });

    it('owner or expiry written loosely in the reason (a space before the colon, or "expires 2027-01-01")', () => {
      for (const reason of ['x, owner : Sam', 'x, expires 2027-01-01', 'x, expiry  2027-01-01']) {
        const r = run([...HEAD, `    # ics-check-disable-next-line ICS-NED-003 -- ${reason}`, member('a')]);
        assert.ok(r.seen.some((x) => x.includes('put the owner and the expiry in brackets at the end')), `${reason}: ${r.seen.join('\n')}`);
      }
      const fine = run([...HEAD, '    # ics-check-disable-next-line ICS-NED-003 -- expires when the 2027-28 plan is agreed', member('a')]);
      assert.deepEqual(fine.waivers.map((w) => w.status), ['active'], 'prose about expiry without a date is a reason');
    });

    it('only owner and expires (and their near spellings) are read in the brackets', () => {
      for (const key of ['coowner', 'ownership', 'reexpires', 'expiresat', '#owner']) {
        const r = run([...HEAD, `    # ics-check-disable-next-line ICS-NED-003 -- x (${key}: Sam, owner: Jo)`, member('a')]);
        assert.ok(r.seen.some((x) => x.includes(`the waiver's brackets hold \`owner:\` and \`expires:\` only, not \`${key}: Sam\``)), `${key}: ${r.seen.join('\n')}`);
      }
      const dotted = run([...HEAD, '    # ics-check-disable-next-line ICS-NED-003 -- x (owner: Sam, reviewed: v1.2)', member('a')]);
      assert.ok(dotted.seen.some((x) => x.endsWith('not `reviewed: v1.2`. Write it as `# ics-check-disable-next-line ICS-NED-003 -- <reason> (owner: <name>, expires: YYYY-MM-DD)`.')), dotted.seen.join('\n'));
    });

    it('a waiver with only an owner, written wrongly, is rewritten with a placeholder expiry', () => {
      const r = run([...HEAD, '    # ics-check-disable-next-line ICS-NED-003 -- x (owners: Sam)', member('a')]);
      assert.deepEqual(r.fixes, ['# ics-check-disable-next-line ICS-NED-003 -- x (owner: Sam, expires: YYYY-MM-DD)']);
    });

    it('a colon after the id, then --: one rewrite without the colon', () => {
      const r = run([...HEAD, '    # ics-check-disable-next-line ICS-NED-003: -- recruiting', member('a')]);
      assert.deepEqual(r.fixes, ['# ics-check-disable-next-line ICS-NED-003 -- recruiting']);
    });

    it('an id run into the reason with a colon is not an id', () => {
      const r = run([...HEAD, '    # ics-check-disable-next-line ICS-NED-003:recruiting', member('a')]);
      assert.deepEqual(r.fixes, ['# ics-check-disable-next-line ICS-XXX-000 -- ICS-NED-003:recruiting']);
    });

    it('a misspelt directive: suggested up to four letters away, not five', () => {
      const near = run([...HEAD, '    # ics-check-enablexxxx ICS-NED-003', member('a')]);
      assert.ok(near.seen.some((x) => x.includes('`ics-check-enablexxxx` is not a directive; did you mean `ics-check-enable`?')), near.seen.join('\n'));
      const far = run([...HEAD, '    # ics-check-enablexxxxx ICS-NED-003', member('a')]);
      assert.ok(far.seen.some((x) => x.includes('`ics-check-enablexxxxx` is not a directive (ics-check reads')), far.seen.join('\n'));
    });

    it('a required owner and expiry: a complete waiver is active', () => {
      const r = run([...HEAD, '    # ics-check-disable-next-line ICS-NED-003 -- x (owner: Sam, expires: 2027-01-01)', member('a')], { requireWaiverOwnerAndExpiry: true });
      assert.deepEqual(r.waivers.map((w) => w.status), ['active']);
      assert.deepEqual(r.seen, ['7 ICS-BOARD-001']);
    });
  });
});
