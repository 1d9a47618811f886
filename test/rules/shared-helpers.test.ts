import { strict as assert } from 'node:assert';
import { analyzeFile, applyEdits, checkText, type CheckOptions, type Finding } from '../../server/src/core';

/**
 * What the shared rule helpers decide, through the findings and fixes of the rules that use them
 * (rules/statutory/helpers.ts, rules/board/util.ts, rules/icp/shared.ts): which value counts as
 * given, who a fix names as approver under each framework, whom a partnership's councils are.
 * Asserted through findings (rule, line, how many) and what a fix writes, not message wording.
 */
const URI = 'file:///t/constitution.yaml';
const HEAD = 'kind: icb-constitution\nversion: 1\nicb: {id: nhs-example, name: NHS Example Integrated Care Board}\n';

function findings(text: string, id: string, options: CheckOptions = {}): Finding[] {
  return checkText(URI, text, { profile: 'strict', today: '2026-11-23', ...options }).filter((f) => f.ruleId === id);
}

function fixed(text: string, f: Finding, index = 0): string {
  const fix = f.fixes?.[index];
  assert.ok(fix, `${f.ruleId} offers no fix ${index}`);
  return applyEdits(text, analyzeFile(URI, text).lines, fix.edits);
}

describe('shared rule helpers, through the rules that use them', () => {
  describe('appointment arrangements (statutory/helpers.ts)', () => {
    it('an empty `by:` is not an appointer: ICS-APPT-001 asks for one there, and its fix fills the key in place', () => {
      const text = `${HEAD}board:\n  members:\n    - id: jo\n      name: Jo Chair\n      role: chair\n      appointment:\n        by:\n        approved_by: secretary_of_state\n`;
      const f = findings(text, 'ICS-APPT-001');
      assert.equal(f.length, 1);
      assert.equal(f[0].range.start.line, 9, 'on the empty `by:` (the nearest key that is there)');
      assert.equal(f[0].fixes?.[0].safe, true);
      assert.match(fixed(text, f[0]), /\n {6}appointment:\n {8}by: nhs_england\n {8}approved_by: secretary_of_state\n$/);
    });

    it('a blank `by: ""` is not an appointer either', () => {
      const text = `${HEAD}board:\n  members:\n    - id: jo\n      name: Jo Chair\n      role: chair\n      appointment:\n        by: ""\n        approved_by: secretary_of_state\n`;
      const f = findings(text, 'ICS-APPT-001');
      assert.equal(f.length, 1);
      assert.equal(f[0].range.start.line, 9);
    });

    it('an ordinary member with `by: ""`: ICS-APPT-005 asks who appoints them, and its fix writes `by: chair` there', () => {
      const text = `${HEAD}board:\n  members:\n    - id: pat-lee\n      name: Pat Lee\n      role: non_executive\n      appointment:\n        by: ""\n        approved_by: chair\n        procedure: open competition\n`;
      const f = findings(text, 'ICS-APPT-005');
      assert.equal(f.length, 1);
      assert.equal(f[0].range.start.line, 9);
      assert.match(fixed(text, f[0]), /\n {8}by: chair\n/);
    });

    it('approved by the board but appointed by nobody: ICS-APPT-007 points at the approval and makes it the chair', () => {
      const text = `${HEAD}board:\n  members:\n    - id: pat-lee\n      name: Pat Lee\n      role: non_executive\n      appointment:\n        approved_by: board\n        procedure: open competition\n`;
      const f = findings(text, 'ICS-APPT-007');
      assert.equal(f.length, 1);
      assert.equal(f[0].range.start.line, 9, 'at approved_by');
      assert.doesNotMatch(f[0].message, /by {2}|by ,|undefined/, 'says who appoints (nobody)');
      assert.match(fixed(text, f[0]), /\n {8}approved_by: chair\n/);
    });

    it('ICS-BOARD-002 adds a chief executive approved by NHS England, or under the Health Bill 2026 by the Secretary of State', () => {
      const text = `${HEAD}board:\n  members:\n    - {id: jo, name: Jo Chair, role: chair}\n`;
      const approver = (framework: 'hca-2022' | 'health-bill-2026') => {
        const f = findings(text, 'ICS-BOARD-002', { framework });
        assert.equal(f.length, 1);
        return /approved_by: (\S+)/.exec(fixed(text, f[0]))?.[1];
      };
      assert.equal(approver('hca-2022'), 'nhs_england');
      assert.equal(approver('health-bill-2026'), 'secretary_of_state');
    });
  });

  describe('the audit committee a designation collides with (board/util.ts)', () => {
    it('a deputy chair who chairs an audit committee with neither name nor id: ICS-NED-003 still names it', () => {
      const text = `${HEAD}board:\n  members:\n    - {id: pat-lee, name: Pat Lee, role: non_executive}\n    - {id: chris-day, name: Chris Day, role: non_executive}\n  deputy_chair: pat-lee\ncommittees:\n  - {type: audit, chair: pat-lee}\n`;
      const f = findings(text, 'ICS-NED-003');
      assert.equal(f.length, 1);
      assert.equal(f[0].range.start.line, 7, 'at board.deputy_chair');
      assert.equal(f[0].related?.[0].range.start.line, 9, 'the audit chair, related');
      assert.doesNotMatch(f[0].message, /\(\)|undefined/);
      assert.match(f[0].message, /audit committee/);
      assert.match(fixed(text, f[0]), /deputy_chair: chris-day/);
    });
  });

  describe('executive seats and their registrations (board/executive-seat.ts, board/registration.ts)', () => {
    it('ICS-EXEC-001: a member with the finance function but another role is pointed at; only an ordinary member is offered `role: executive`', () => {
      const offered = (role: string) => {
        const text = `${HEAD}board:\n  members:\n    - {id: x, name: Lee Ray, role: ${role}, function: finance}\n`;
        const f = findings(text, 'ICS-EXEC-001');
        assert.equal(f.length, 1, role);
        assert.equal(f[0].range.start.line, 5, role);
        return (f[0].fixes ?? []).map((fx) => /role: (\w+)/.exec(fixed(text, f[0], f[0].fixes!.indexOf(fx)))?.[1]);
      };
      assert.deepEqual(offered('non_executive'), ['executive']);
      assert.deepEqual(offered('chief_executive'), [], 'the chief executive stays chief executive');
      assert.deepEqual(offered('chair'), [], 'the chair stays chair');
    });

    it('ICS-EXEC-004: a medical director with an empty registration gets the regulator added inside it', () => {
      const text = `${HEAD}board:\n  members:\n    - id: ruth-ode\n      name: Ruth Ode\n      role: executive\n      function: medical\n      registration:\n        licence_to_practise: true\n`;
      const f = findings(text, 'ICS-EXEC-004');
      assert.equal(f.length, 1);
      assert.equal(f[0].range.start.line, 9, 'at the registration');
      assert.match(fixed(text, f[0]), /\n {6}registration:\n {8}licence_to_practise: true\n {8}regulator: GMC\n$/);
    });
  });

  describe('designations on a board of seats (board/designation.ts)', () => {
    const seats = (ned: string) => `kind: icb-constitution\nversion: 1.1\nicb: {id: nhs-example, name: NHS Example Integrated Care Board}\nboard:\n  seats:\n    - {id: chair, role: chair}\n    - {id: ned, role: non_executive, ${ned}}\n  deputy_chair: ned\ncommittees:\n  - {id: audit, name: Audit Committee, type: audit, chair: ned}\n`;
    it('ICS-NED-003: a non-executive seat of several may give the deputy chair and the audit chair to different holders', () => {
      assert.deepEqual(findings(seats('count: 3'), 'ICS-NED-003'), []);
      assert.deepEqual(findings(seats('min: 2'), 'ICS-NED-003'), []);
    });
    it('ICS-NED-003: a non-executive seat of one cannot', () => {
      for (const size of ['count: 1', 'min: 1, max: 1']) {
        const f = findings(seats(size), 'ICS-NED-003');
        assert.equal(f.length, 1, size);
        assert.equal(f[0].range.start.line, 7, size);
      }
    });
  });

  describe('a partner member without a sector (board/partners.ts)', () => {
    it("ICS-PM-001's model role statement speaks of their sector, with no gap", () => {
      const text = `${HEAD}board:\n  members:\n    - id: sam-obi\n      name: Sam Obi\n      role: partner\n`;
      const f = findings(text, 'ICS-PM-001');
      assert.equal(f.length, 1);
      const statement = /role_statement: (.*)/.exec(fixed(text, f[0]))?.[1] ?? '';
      assert.match(statement, /their sector/);
      assert.doesNotMatch(statement, /of ;|undefined/);
    });
  });

  describe('health and wellbeing boards named as people write them (duties/hwb.ts)', () => {
    const text = (names: string[]) => `${HEAD.replace('icb: {id: nhs-example, name: NHS Example Integrated Care Board}\n', '')}icb:
  id: nhs-example
  name: NHS Example Integrated Care Board
  area:
    local_authorities:
      - {name: Exampleshire County Council, type: county}
      - {name: Example City Council, type: unitary}
      - {name: Northtown District Council, type: district}
board:
  members:
    - {id: amir-khan, name: Amir Khan, role: chief_executive}
health_and_wellbeing_boards:
${names.map((n) => `  - {local_authority: "${n}", icb_representative: amir-khan}\n`).join('')}`;
    const missing = (names: string[]) => findings(text(names), 'ICS-HWB-001').length;

    it("a council's board is named by the council's name or the board's, in any case, with a full stop or doubled spaces", () => {
      assert.equal(missing(['Exampleshire County Council', 'Example City Council']), 0);
      assert.equal(missing(['Exampleshire County Council Health and Wellbeing Board', 'example city council  health and wellbeing board.']), 0);
      assert.equal(missing(['The Exampleshire County Council Health & Wellbeing Board', 'Example City Council Health and Wellbeing Board,']), 0);
    });

    it('another council, or a board of part of the council, is not its board', () => {
      assert.equal(missing(['Exampleshire County Council', 'Example City Council Health and Wellbeing Board Sub-group']), 1);
      assert.equal(missing(['Exampleshire County Council', 'Example City']), 1);
      assert.equal(missing(['Exampleshire County Council']), 1);
    });
  });

  describe('the councils of a partnership checked without its ICB (icp/shared.ts)', () => {
    const icp = (establishedBy: string[], members: string[]) => `kind: integrated-care-partnership
version: 1
icb: nhs-example
name: Exampleshire Integrated Care Partnership
established_by: [${establishedBy.join(', ')}]
members:
${members.map((m) => `  - ${m}\n`).join('')}`;
    const ICB_MEMBER = '{name: Jane Smith, appointed_by: icb, sector: icb}';
    const missing = (text: string) =>
      findings(text, 'ICS-ICP-002', {})
        .map((f) => f.range.start.line)
        .sort();

    it('each council named in established_by needs a member it appoints; the ICB and district councils are not asked', () => {
      const text = icp(['icb', 'Exampleshire County Council', 'Example District Council', 'nhs-example'], [ICB_MEMBER]);
      assert.equal(findings(text, 'ICS-ICP-002').length, 1);
    });

    it('a council listed twice (in other case or spacing) is asked once', () => {
      const text = icp(['icb', 'Exampleshire County Council', 'exampleshire  county council', 'The Exampleshire County Council'], [ICB_MEMBER]);
      assert.deepEqual(missing(text).length, 1);
    });

    it('a blank entry is no council', () => {
      const text = icp(['icb', 'Exampleshire County Council', '"  "', '""'], [ICB_MEMBER, '{name: Cllr A Brown, appointed_by: Exampleshire County Council, sector: local_authority}']);
      assert.deepEqual(findings(text, 'ICS-ICP-002'), []);
    });

    it('a council written with spaces around its name is the council', () => {
      const text = icp(['icb', '"  Exampleshire County Council  "'], [ICB_MEMBER, '{name: Cllr A Brown, appointed_by: Exampleshire County Council, sector: local_authority}']);
      assert.deepEqual(findings(text, 'ICS-ICP-002'), []);
    });
  });
});
