import { strict as assert } from 'node:assert';
import { parse } from 'yaml';
import { analyzeFile, applyEdits, checkText, type CheckOptions, type Finding } from '../../server/src/core';

/**
 * §4–5 (committees, quorum, transparency, conflicts of interest): what the fixture folders cannot
 * say — which member a fix picks, the exact text a fix writes, which rule owns a shared problem so
 * it is reported once, and the severities under each profile.
 */

const MINE = /^ICS-(COMM|QUAL|GOV|QUORUM|TRANS|REF)-|^ICS-COI-00[3-7]$/;
const STRICT: CheckOptions = { profile: 'strict', today: '2026-11-23' };

function check(text: string, options: CheckOptions = STRICT): Finding[] {
  return checkText('file:///t/icb.yaml', text, options);
}
function of(findings: Finding[], id: string): Finding[] {
  return findings.filter((f) => f.ruleId === id);
}
function applyFix(text: string, finding: Finding, index = 0): string {
  const fix = finding.fixes?.[index];
  assert.ok(fix, `no fix ${index} on: ${finding.message}`);
  return applyEdits(text, analyzeFile('file:///t/icb.yaml', text).lines, fix.edits);
}

const HEAD = `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
`;

/** A board: chair, CEO, finance director, two non-executives and a trust partner. */
function board(extraMembers = '', extraBoard = ''): string {
  return `${HEAD}board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
    - {id: amir-khan, name: Amir Khan, role: chief_executive, employment: employee}
    - {id: mo-rahman, name: Mo Rahman, role: executive, function: finance}
    - {id: pat-lee, name: Pat Lee, role: non_executive, expertise: [finance, audit]}
    - {id: kit-rowe, name: Kit Rowe, role: non_executive, expertise: [quality]}
    - {id: sam-obi, name: Sam Obi, role: partner, sector: nhs_trusts}
${extraMembers}${extraBoard}`;
}

describe('committee rules (§4–5)', () => {
  describe('ICS-COMM-001 audit committee', () => {
    it('adds an audit committee chaired by the one independent non-executive with finance or audit expertise', () => {
      const text = board();
      const [finding] = of(check(text), 'ICS-COMM-001');
      assert.equal(finding.severity, 'warning');
      assert.match(finding.message, /no audit committee/);
      const fixed = parse(applyFix(text, finding));
      const audit = fixed.committees.find((c: { type: string }) => c.type === 'audit');
      assert.deepEqual(audit, { id: 'audit', name: 'Audit Committee', type: 'audit', reports_to: 'icb-board', chair: 'pat-lee', members: ['pat-lee'] });
      assert.equal(finding.fixes![0].safe, false, 'choosing a chair is for a person to confirm');
    });

    it('leaves the chair out when more than one non-executive could chair, and ICS-COMM-002 then asks for it', () => {
      const text = board('    - {id: lou-grey, name: Lou Grey, role: non_executive, expertise: [accountancy]}\n');
      const [finding] = of(check(text), 'ICS-COMM-001');
      const fixedText = applyFix(text, finding);
      const audit = parse(fixedText).committees[0];
      assert.equal(audit.chair, undefined);
      const after = check(fixedText);
      assert.deepEqual(of(after, 'ICS-COMM-001'), []);
      assert.deepEqual(after.filter((f) => f.ruleId === 'schema').map((f) => f.message), []);
      const ask = of(after, 'ICS-COMM-002');
      assert.equal(ask.length, 1);
      assert.match(ask[0].message, /has no chair/);
      assert.deepEqual(ask[0].fixes!.map((f) => f.title).sort(), ['Make Lou Grey (lou-grey) the audit committee chair', 'Make Pat Lee (pat-lee) the audit committee chair']);
    });

    it('leaves a reports_to that names nothing to ICS-REF-001', () => {
      const text = board('', 'committees:\n  - {id: audit, name: Audit, type: audit, chair: pat-lee, reports_to: icb-bord}\n');
      const all = check(text);
      assert.deepEqual(of(all, 'ICS-COMM-001'), []);
      const [ref] = of(all, 'ICS-REF-001');
      assert.match(ref.message, /did you mean `icb-board`/);
      assert.match(applyFix(text, ref), /reports_to: icb-board\}/);
    });
  });

  describe('audit chair: one finding per problem', () => {
    it('the board chair in the audit chair is ICS-COMM-003 (information: its source is unconfirmed), not ICS-COMM-002', () => {
      const text = board('', 'committees:\n  - {id: audit, name: Audit, type: audit, chair: jane-smith}\n');
      const all = check(text, { profile: 'nhse', today: '2026-11-23' });
      assert.deepEqual(of(all, 'ICS-COMM-002'), []);
      const [f] = of(all, 'ICS-COMM-003');
      assert.equal(f.severity, 'information');
      assert.match(applyFix(text, f), /chair: pat-lee\}/);
    });

    it('an audit chair id that names nobody is ICS-COMM-002, with a near-miss fix, and not ICS-REF-001', () => {
      const text = board('', 'committees:\n  - {id: audit, name: Audit, type: audit, chair: pat-le}\n');
      const all = check(text);
      assert.deepEqual(of(all, 'ICS-REF-001'), []);
      const [f] = of(all, 'ICS-COMM-002');
      assert.match(f.message, /names no board member.*did you mean `pat-lee`/);
      assert.match(applyFix(text, f), /chair: pat-lee\}/);
    });
  });

  describe('ICS-COMM-004 and ICS-COMM-005 remuneration committee', () => {
    it('offers only non-executives who neither chair the board nor chair audit', () => {
      const text = board('', 'committees:\n  - {id: audit, name: Audit, type: audit, chair: pat-lee}\n  - {id: rem, name: Remuneration, type: remuneration, chair: pat-lee}\n');
      const [f] = of(check(text), 'ICS-COMM-004');
      assert.match(f.message, /also chairs the audit committee/);
      assert.deepEqual(f.fixes!.map((x) => x.title), ['Make Kit Rowe (kit-rowe) the remuneration committee chair']);
    });

    it('removes an employee from a block list, comment and all, leaving the rest as it was', () => {
      const text = board(
        '',
        `committees:
  - id: rem
    name: Remuneration
    type: remuneration
    chair: kit-rowe
    members:
      - kit-rowe
      - amir-khan   # chief executive
      - pat-lee
`,
      );
      const [f] = of(check(text), 'ICS-COMM-005');
      assert.match(f.message, /Amir Khan \(amir-khan\) is an ICB employee/);
      const fixed = applyFix(text, f);
      assert.ok(fixed.endsWith('    members:\n      - kit-rowe\n      - pat-lee\n'), fixed);
    });

    it('counts executives as employees when employment is not stated, but not partner members', () => {
      const text = board('', 'committees:\n  - {id: rem, name: Remuneration, type: remuneration, chair: kit-rowe, members: [kit-rowe, mo-rahman, sam-obi]}\n');
      const found = of(check(text), 'ICS-COMM-005');
      assert.deepEqual(found.map((f) => f.message.split(' ')[0] + ' ' + f.message.split(' ')[1]), ['Mo Rahman']);
      assert.match(applyFix(text, found[0]), /members: \[kit-rowe, sam-obi\]/);
    });
  });

  describe('ICS-QUAL-001 quality committee', () => {
    it('offers the non-executive with quality expertise and adds the director of nursing and medical director', () => {
      const text = board(
        '    - {id: nurse-dir, name: Alex Moss, role: executive, function: nursing}\n    - {id: ruth-ode, name: Ruth Ode, role: executive, function: medical}\n',
      );
      const [f] = of(check(text), 'ICS-QUAL-001');
      assert.equal(f.severity, 'information');
      assert.equal(f.fixes!.length, 1);
      const quality = parse(applyFix(text, f)).committees[0];
      assert.equal(quality.chair, 'kit-rowe');
      assert.deepEqual(quality.members, ['kit-rowe', 'nurse-dir', 'ruth-ode']);
    });

    it('a partner member in the chair is reported: quality assurance should be independent of providers', () => {
      const text = board('', 'committees:\n  - {id: quality, name: Quality, type: quality, chair: sam-obi}\n');
      const messages = of(check(text), 'ICS-QUAL-001').map((f) => f.message);
      assert.ok(messages.some((m) => /chaired by Sam Obi \(sam-obi\), who is a partner member/.test(m)), messages.join('\n'));
    });
  });

  describe('quorum', () => {
    it('ICS-QUORUM-001 proposes a majority of the voting members, never counting participants or non-voting members', () => {
      const text = board(
        '    - {id: lou-grey, name: Lou Grey, role: other, voting: false}\n',
        '  participants:\n    - {id: hw, name: Healthwatch, represents: healthwatch}\n',
      );
      const [f] = of(check(text), 'ICS-QUORUM-001');
      assert.equal(f.fixes![0].title, 'Set the quorum to a majority of the 6 voting members (4)');
      assert.match(applyFix(text, f), /\n  quorum:\n    minimum_members: 4\n$/);
    });

    it('ICS-QUORUM-001 leaves a shortfall only participants could make up to ICS-PART-003', () => {
      const text = board('', '  participants:\n    - {id: hw, name: Healthwatch, represents: healthwatch}\n  quorum: {minimum_members: 7}\n');
      const all = check(text);
      assert.deepEqual(of(all, 'ICS-QUORUM-001').map((f) => f.message), []);
      assert.equal(of(all, 'ICS-PART-003').length, 1);
      const beyond = check(text.replace('minimum_members: 7', 'minimum_members: 9'));
      assert.match(of(beyond, 'ICS-QUORUM-001')[0].message, /quorum is 9 members, but only 6 count/);
    });

    it('ICS-QUORUM-001 reports a must_include kind no voting member is', () => {
      const text = board('', '  quorum: {minimum_members: 4, must_include: [clinical]}\n');
      const [f] = of(check(text), 'ICS-QUORUM-001');
      assert.match(f.message, /must include a clinically qualified member/);
      assert.deepEqual(of(check(text.replace('role: partner, sector: nhs_trusts', 'role: partner, sector: nhs_trusts, profession: medicine')), 'ICS-QUORUM-001'), []);
    });

    it('ICS-QUORUM-002 reports a quorum of every voting member: the board could not meet without its chair', () => {
      const text = board('', '  quorum: {minimum_members: 6}\n');
      const [f] = of(check(text), 'ICS-QUORUM-002');
      assert.equal(f.severity, 'warning');
      assert.deepEqual(of(check(text.replace('minimum_members: 6', 'minimum_members: 5')), 'ICS-QUORUM-002'), []);
    });

    it('ICS-QUORUM-003 suggests a non-executive rather than chair_or_deputy when no deputy chair is named', () => {
      const text = board('', '  quorum: {minimum_members: 4}\n');
      const [f] = of(check(text), 'ICS-QUORUM-003');
      // No clinician on this board: the fix asks only for what the board can meet.
      assert.match(applyFix(text, f), /quorum: \{minimum_members: 4, must_include: \[ ?non_executive, executive ?\]\}/);
      const withDeputy = board('', '  deputy_chair: kit-rowe\n  quorum: {minimum_members: 4}\n');
      assert.match(applyFix(withDeputy, of(check(withDeputy), 'ICS-QUORUM-003')[0]), /must_include: \[ ?chair_or_deputy, executive ?\]/);
    });
  });

  describe('ICS-REF-001 references and ids', () => {
    it('reports a participant listed as a committee member, and a repeated id', () => {
      const text = board(
        '    - {id: kit-rowe, name: Kim Noor, role: other}\n',
        '  participants:\n    - {id: hw, name: Healthwatch, represents: healthwatch}\ncommittees:\n  - {id: finance, name: Finance, type: finance, chair: pat-lee, members: [pat-lee, hw]}\n',
      );
      const messages = of(check(text), 'ICS-REF-001').map((f) => f.message);
      assert.equal(messages.length, 2, messages.join('\n'));
      assert.ok(messages.some((m) => /`hw`, which is a participant \(Healthwatch\)/.test(m)));
      assert.ok(messages.some((m) => /The id `kit-rowe` is used twice/.test(m)));
    });
  });

  describe('near-miss suggestions', () => {
    it('suggests a typo fix but never swaps one numbered seat for another', () => {
      const text = board(
        '    - {id: lay-1, name: Lee Ash, role: non_executive}\n',
        'committees:\n  - {id: finance, name: Finance, type: finance, chair: lay-1, members: [lay-3, kit-rwoe]}\n',
      );
      const found = of(check(text), 'ICS-REF-001');
      assert.equal(found.length, 2);
      const lay3 = found.find((f) => f.message.includes('`lay-3`'))!;
      assert.equal(lay3.fixes, undefined, lay3.message);
      assert.doesNotMatch(lay3.message, /did you mean/);
      const typo = found.find((f) => f.message.includes('`kit-rwoe`'))!;
      assert.match(typo.message, /did you mean `kit-rowe` \(Kit Rowe\)/);
    });
  });

  describe('profiles and frameworks', () => {
    const flawed = `${HEAD}board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
    - {id: amir-khan, name: Amir Khan, role: chief_executive}
    - {id: sam-obi, name: Sam Obi, role: partner, sector: nhs_trusts}
committees:
  - {id: audit, name: Audit, type: audit, chair: jane-smith, members: [jane-smith, amir-khan, lay-9]}
  - {id: rem, name: Remuneration, type: remuneration, chair: amir-khan, members: [amir-khan]}
`;

    it('nothing of §4–5 runs under the statutory profile', () => {
      assert.deepEqual(check(flawed, { profile: 'statutory', today: '2026-11-23' }).filter((f) => MINE.test(f.ruleId)), []);
    });

    it('the nhse profile reports NHS England policy as warnings and unconfirmed sources as information, and no good-practice rule', () => {
      const found = check(flawed, { profile: 'nhse', today: '2026-11-23' }).filter((f) => MINE.test(f.ruleId));
      const ids = [...new Set(found.map((f) => `${f.ruleId}:${f.severity}`))].sort();
      assert.ok(ids.includes('ICS-COMM-003:information'), ids.join(' '));
      assert.ok(ids.includes('ICS-COMM-004:warning'), ids.join(' '));
      assert.ok(ids.includes('ICS-COMM-005:warning'), ids.join(' '));
      assert.ok(ids.includes('ICS-REF-001:warning'), ids.join(' '));
      assert.ok(!ids.some((x) => /^ICS-(QUAL-001|COMM-00[678]|GOV-005|TRANS-002|COI-)/.test(x)), ids.join(' '));
    });

    it('the rules read the same under the Health Bill 2026 framework', () => {
      const hca = check(flawed, { ...STRICT, framework: 'hca-2022' }).filter((f) => MINE.test(f.ruleId));
      const bill = check(flawed, { ...STRICT, framework: 'health-bill-2026' }).filter((f) => MINE.test(f.ruleId));
      assert.deepEqual(bill.map((f) => f.message), hca.map((f) => f.message));
      assert.ok(hca.length > 10);
    });

    it('every finding names its source', () => {
      const found = check(flawed).filter((f) => MINE.test(f.ruleId));
      const sources = /NHS England|ICB|Good Governance Institute|NHS Providers|NHS Clinical Commissioners|Local Audit and Accountability Act/;
      for (const f of found) assert.match(f.message, sources, `${f.ruleId}: ${f.message}`);
    });
  });
});
