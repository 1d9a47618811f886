import { strict as assert } from 'node:assert';
import { parse } from 'yaml';
import { analyzeFile, applyEdits, checkText, type Finding } from '../../server/src/core';

/**
 * What the shared helpers of the governance sections (issue 13) decide, through the rules that use
 * them: whether an officer's holder is known to be an executive (officers/shared.ts), the fix that
 * adds the Freedom to Speak Up roles, and when two entries of the scheme of reservation and
 * delegation or of the functions map are the same matter (reservation/shared.ts). Asserted through
 * findings (rule, line, how many) and what a fix writes, not message wording.
 */
const URI = 'file:///t/constitution.yaml';
const HEAD = `kind: icb-constitution
version: 1.1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: amir-khan, name: Amir Khan, role: chief_executive}
    - {id: grace-mensah, name: Grace Mensah, role: executive, function: nursing}
    - {id: pat-lee, name: Pat Lee, role: non_executive}
committees:
  - {id: quality, name: Quality Committee, type: quality, chair: pat-lee, members: [pat-lee, grace-mensah], reports_to: icb-board}
`;
const LINES = HEAD.split('\n').length - 1;

function findings(text: string, id: string): Finding[] {
  return checkText(URI, text, { profile: 'strict', today: '2026-11-23' }).filter((f) => f.ruleId === id);
}

function fixed(text: string, f: Finding, index = 0): string {
  const fix = f.fixes?.[index];
  assert.ok(fix, `${f.ruleId} offers no fix ${index}`);
  return applyEdits(text, analyzeFile(URI, text).lines, fix.edits);
}

/** The findings of a rule on one line (0-based) of the text. */
const on = (fs: Finding[], line: number) => fs.filter((f) => f.range.start.line === line);

describe('governance helpers, through the rules that use them', () => {
  describe('an officer who is known not to be an executive (officers/shared.ts)', () => {
    it('ICS-OFF-003: a safeguarding lead named by post and stated not to be at board level is reported there', () => {
      const text = `${HEAD}officers:\n  safeguarding_executive_lead: {holder: {title: Head of Safeguarding}, board_level: false}\n`;
      assert.equal(on(findings(text, 'ICS-OFF-003'), LINES + 1).length, 1);
    });

    it('ICS-OFF-003: a post whose board level is not stated, or an executive member, is not', () => {
      assert.deepEqual(findings(`${HEAD}officers:\n  safeguarding_executive_lead: {holder: {title: Head of Safeguarding}}\n`, 'ICS-OFF-003'), []);
      assert.deepEqual(findings(`${HEAD}officers:\n  safeguarding_executive_lead: {holder: grace-mensah}\n`, 'ICS-OFF-003'), []);
      assert.deepEqual(findings(`${HEAD}officers:\n  safeguarding_executive_lead: {holder: {title: Chief Nurse}, board_level: true}\n`, 'ICS-OFF-003'), []);
    });

    it('ICS-OFF-003: a non-executive member as safeguarding lead is reported', () => {
      const text = `${HEAD}officers:\n  safeguarding_executive_lead: {holder: pat-lee}\n`;
      assert.equal(on(findings(text, 'ICS-OFF-003'), LINES + 1).length, 1);
    });

    it('ICS-OFF-005: a Freedom to Speak Up executive lead by post, not at board level, is reported; one not stated is not', () => {
      const roles = (exec: string) => `${HEAD}officers:\n  freedom_to_speak_up:\n    guardian: {holder: {title: Guardian}}\n    executive_lead: ${exec}\n    non_executive_lead: {holder: pat-lee}\n`;
      assert.equal(on(findings(roles('{holder: {title: Head of People}, board_level: false}'), 'ICS-OFF-005'), LINES + 3).length, 1);
      assert.deepEqual(findings(roles('{holder: {title: Head of People}}'), 'ICS-OFF-005'), []);
      assert.deepEqual(findings(roles('{holder: amir-khan}'), 'ICS-OFF-005'), []);
    });
  });

  describe('the fix that adds the Freedom to Speak Up roles (officers/shared.ts)', () => {
    it('with no freedom_to_speak_up at all, one edit adds it with the three roles, each a post to fill in', () => {
      const text = `${HEAD}officers:\n  caldicott_guardian: {holder: amir-khan}\n`;
      const f = findings(text, 'ICS-OFF-005');
      assert.equal(f.length, 1);
      assert.equal(f[0].fixes?.length, 1);
      assert.equal(f[0].fixes![0].edits.length, 1);
      const ftsu = parse(fixed(text, f[0])).officers.freedom_to_speak_up;
      assert.deepEqual(ftsu, { guardian: { holder: { title: 'TODO' } }, executive_lead: { holder: { title: 'TODO' } }, non_executive_lead: { holder: { title: 'TODO' } } });
    });

    it('with some roles there, it adds the others to the map', () => {
      const text = `${HEAD}officers:\n  freedom_to_speak_up:\n    guardian: {holder: {title: Guardian}}\n`;
      const f = findings(text, 'ICS-OFF-005');
      assert.equal(f.length, 1);
      const ftsu = parse(fixed(text, f[0])).officers.freedom_to_speak_up;
      assert.deepEqual(Object.keys(ftsu).sort(), ['executive_lead', 'guardian', 'non_executive_lead']);
      assert.deepEqual(ftsu.guardian, { holder: { title: 'Guardian' } });
    });

    it('roles that are there but name nobody, or a freedom_to_speak_up that is not a map: reported, with no fix', () => {
      for (const ftsu of ['\n    guardian: {holder: ""}\n    executive_lead: {}\n    non_executive_lead: {holder: }\n', ' to be confirmed\n']) {
        const f = findings(`${HEAD}officers:\n  caldicott_guardian: {holder: amir-khan}\n  freedom_to_speak_up:${ftsu}`, 'ICS-OFF-005');
        assert.equal(f.length, 1, ftsu);
        assert.equal(f[0].fixes, undefined, ftsu);
      }
    });
  });

  describe('references beyond the board (committees/governance-refs.ts, ICS-REF-001)', () => {
    const arrangement = (id: string, extra = '') => `${HEAD}joint_working:\n  arrangements:\n    - {id: ${id}, type: joint_committee, description: Joint commissioning${extra}}\n`;

    it('an arrangement whose id is a board member\'s, or a committee\'s, is reported at its id, naming what else has it', () => {
      for (const [id, other] of [['pat-lee', /Pat Lee/], ['quality', /Quality Committee/]] as const) {
        const f = findings(arrangement(id), 'ICS-REF-001');
        assert.equal(f.length, 1, id);
        assert.equal(f[0].range.start.line, LINES + 2, id);
        assert.match(f[0].message, other, id);
      }
      assert.deepEqual(findings(arrangement('joint-commissioning'), 'ICS-REF-001'), []);
    });

    it('a reference that is blank names nothing to check; one that names nothing is reported', () => {
      assert.deepEqual(findings(arrangement('jc', ', exercised_by: "  "'), 'ICS-REF-001'), []);
      const f = findings(arrangement('jc', ', exercised_by: nobody-here'), 'ICS-REF-001');
      assert.equal(f.length, 1);
      assert.equal(f[0].range.start.line, LINES + 2);
    });
  });

  describe('the same matter, written twice (reservation/shared.ts)', () => {
    const scheme = (alsoReserved: string, delegated: string) =>
      `${HEAD}reservation_and_delegation:\n  reserved_to_board: [constitution, standing_orders]\n  also_reserved: [${alsoReserved}]\n  delegated:\n    - ${delegated}\n`;

    it('ICS-SORD-002: a matter reserved in free text and delegated as `other` with the same words (case and spaces aside)', () => {
      const f = findings(scheme('Approving the estates strategy', '{decision: other, description: "  approving the Estates Strategy ", to: quality}'), 'ICS-SORD-002');
      assert.equal(f.length, 1);
      assert.equal(f[0].range.start.line, LINES + 4, 'at the delegated decision');
      assert.equal(f[0].related?.[0].range.start.line, LINES + 2, 'the reservation, related');
    });

    it('ICS-SORD-002: two different matters of kind `other` are not the same matter', () => {
      assert.deepEqual(findings(scheme('Approving the estates strategy', '{decision: other, description: approving the digital strategy, to: quality}'), 'ICS-SORD-002'), []);
    });

    it('ICS-SORD-002: a reserved key delegated by the same key is', () => {
      const f = findings(scheme('Approving the estates strategy', '{decision: standing_orders, to: quality}'), 'ICS-SORD-002');
      assert.equal(f.length, 1);
      assert.match(f[0].message, /standing orders/, 'the matter in words');
    });

    it('ICS-SORD-002: a matter key the format does not know is still named in words', () => {
      const f = findings(scheme('Approving the estates strategy', '{decision: approving_budgets, to: quality}').replace('[constitution, standing_orders]', '[constitution, approving_budgets]'), 'ICS-SORD-002');
      assert.equal(f.length, 1);
      assert.match(f[0].message, /approving budgets/i);
    });

    const map = (a: string, b: string) => `${HEAD}functions_map:\n  functions:\n    - ${a}\n    - ${b}\n`;
    it('ICS-FUNC-001: a function of kind `other` mapped twice with the same description (case and spaces aside) to two decision-makers', () => {
      const f = findings(map('{function: other, description: Individual funding requests, decided_by: quality}', '{function: other, description: "  individual funding requests ", decided_by: icb-board}'), 'ICS-FUNC-001');
      assert.equal(f.length, 1);
    });

    it('ICS-FUNC-001: two functions of kind `other` with different descriptions are two functions', () => {
      assert.deepEqual(findings(map('{function: other, description: Individual funding requests, decided_by: quality}', '{function: other, description: Estates, decided_by: icb-board}'), 'ICS-FUNC-001'), []);
    });
  });
});
