import { strict as assert } from 'node:assert';
import { analyzeFile, applyEdits, checkText, type Finding, type FrameworkId } from '../../server/src/core';

/**
 * ICS-APPT-001..003 (who appoints and approves the chair, who may remove the chair, who appoints
 * the chief executive): the cases the fixtures leave out, pinned as RuleTester pins them —
 * message, location (1-based line:column), each fix's title, safety and output — under the law in
 * force (hca-2022) and under the Health Bill 2026, so that which framework is the law cannot be
 * swapped unnoticed. A message that asks for something to be added shows the YAML to add after a
 * blank line (rules/placement.ts): `yaml` here.
 */
const HEAD = 'kind: icb-constitution\nversion: 1\nicb: {id: nhs-x, name: NHS X Integrated Care Board}\nboard:\n  members:\n';
const JANE = '    - id: jane-smith\n      name: Jane Smith\n      role: chair\n';
const PARA_5 = 'Schedule 1B paragraph 5 of the NHS Act 2006 says the chair is appointed by NHS England with the approval of the Secretary of State';
const BILL_5 = 'the Health Bill 2026 as introduced, NHS England would be abolished and its functions would pass to the Secretary of State, so the Secretary of State would appoint the chair (Schedule 1B paragraph 5 as it would be amended)';
const NO_TRANSITIONAL = (field: string) => ` The constitution has no transitional provision for health-bill-2026: add one under \`${field}.transitional\`, keeping the arrangement under the law in force.`;

function appt(text: string, framework: FrameworkId): Finding[] {
  return checkText('file:///c.yaml', text, { framework, profile: 'strict', today: '2026-11-23' }).filter((f) => /^ICS-APPT-00[123]$/.test(f.ruleId));
}

function shown(findings: Finding[]) {
  return findings.map((f) => ({
    rule: f.ruleId,
    at: `${f.range.start.line + 1}:${f.range.start.character + 1}`,
    message: f.message.split('\n\n')[0],
    ...(f.message.includes('\n\n') ? { yaml: f.message.split('\n\n')[1] } : {}),
    fixes: (f.fixes ?? []).map((x) => `${x.safe ? 'safe' : 'not safe'}: ${x.title}`),
  }));
}

const JANE_AT = 'board:\n  members:\n    - id: jane-smith\n      appointment:\n';

/** The text after the first fix of the only finding. */
function fixed(text: string, findings: Finding[]): string {
  assert.equal(findings.length, 1, findings.map((f) => f.message).join('\n'));
  return applyEdits(text, analyzeFile('file:///c.yaml', text).lines, findings[0].fixes![0].edits);
}

describe('ICS-APPT-001..003: who appoints, approves and removes', () => {
  describe('an appointment that says who approves but not who appoints', () => {
    const text = HEAD + JANE + '      appointment:\n        approved_by: secretary_of_state\n';

    it('under the law in force: says NHS England appoints, with a safe fix that writes just that', () => {
      const found = appt(text, 'hca-2022');
      assert.deepEqual(shown(found), [
        { rule: 'ICS-APPT-001', at: '9:7', message: `The constitution does not say who appoints the chair (Jane Smith (jane-smith)). ${PARA_5}.`, yaml: JANE_AT + '        by: nhs_england', fixes: ['safe: Say that NHS England appoints the chair'] },
      ]);
      const after = fixed(text, found);
      assert.equal(after, text + '        by: nhs_england\n');
      assert.deepEqual(appt(after, 'hca-2022'), []);
    });

    it('under the Health Bill 2026: the Secretary of State would appoint; the fix adds a transitional provision and keeps the law in force', () => {
      const found = appt(text, 'health-bill-2026');
      assert.deepEqual(shown(found), [
        {
          rule: 'ICS-APPT-001',
          at: '9:7',
          // The dotted path `appointment.transitional` is shortened to its last key: the YAML shows where it goes.
          message: `The constitution does not say who appoints the chair (Jane Smith (jane-smith)). Under ${BILL_5}.${NO_TRANSITIONAL('appointment').replace('appointment.transitional', 'transitional')}`,
          yaml: JANE_AT + '        transitional:\n          - framework: health-bill-2026\n            by: secretary_of_state',
          fixes: ['not safe: Add a transitional provision for health-bill-2026'],
        },
      ]);
      const after = fixed(text, found);
      assert.equal(after, text + '        transitional:\n          - framework: health-bill-2026\n            by: secretary_of_state\n');
      assert.deepEqual(appt(after, 'health-bill-2026'), []);
    });
  });

  describe('the arrangement the law in force requires', () => {
    const text =
      HEAD +
      JANE +
      '      appointment:\n        by: nhs_england\n        approved_by: secretary_of_state\n      removal: {by: nhs_england, approved_by: secretary_of_state}\n' +
      '    - id: amir-khan\n      name: Amir Khan\n      role: chief_executive\n      appointment: {by: chair, approved_by: nhs_england}\n';

    it('passes under hca-2022', () => {
      assert.deepEqual(appt(text, 'hca-2022'), []);
    });

    it('under the Health Bill 2026, each NHS England power is named where it is written, with the transitional provision to add', () => {
      assert.deepEqual(
        shown(appt(text, 'health-bill-2026')).map((f) => [f.rule, f.at, f.message.split('. ')[0].split(', but ')[0], f.fixes]),
        [
          ['ICS-APPT-001', '10:9', 'The chair is appointed by NHS England here', ['not safe: Add a transitional provision for health-bill-2026']],
          ['ICS-APPT-002', '12:17', 'The chair is removed by NHS England here', ['not safe: Add a transitional provision for health-bill-2026']],
          ['ICS-APPT-003', '16:32', "The chief executive's appointment is approved by NHS England here", ['not safe: Add a transitional provision for health-bill-2026']],
        ],
      );
    });

    it('the Health Bill arrangement written as the main one is wrong under the law in force', () => {
      const bill = text.replace('        by: nhs_england\n', '        by: secretary_of_state\n');
      assert.deepEqual(shown(appt(bill, 'hca-2022')), [
        { rule: 'ICS-APPT-001', at: '10:9', message: `The chair is appointed by the Secretary of State here, but ${PARA_5}.`, fixes: ['not safe: Change to NHS England'] },
      ]);
    });
  });

  describe('no arrangement at all', () => {
    const text = HEAD + '    - {id: jane-smith, name: Jane Smith, role: chair}\n    - {id: amir-khan, name: Amir Khan, role: chief_executive}\n';

    it('under hca-2022: the appointments to write, as the law in force has them (the chair\'s removal may go unsaid)', () => {
      const found = appt(text, 'hca-2022');
      assert.deepEqual(
        found.map((f) => [f.ruleId, `${f.range.start.line + 1}:${f.range.start.character + 1}`, f.fixes!.map((x) => [x.safe, x.edits.map((e) => e.newText)])]),
        [
          ['ICS-APPT-001', '6:42', [[true, [', appointment: { by: nhs_england, approved_by: secretary_of_state }']]]],
          ['ICS-APPT-003', '7:40', [[true, [', appointment: { by: chair, approved_by: nhs_england }']]]],
        ],
      );
      assert.equal(
        found[0].message,
        `The constitution does not set out the chair's appointment (Jane Smith (jane-smith)). ${PARA_5}: add \`appointment\` with \`by\` and \`approved_by\`.\n\n` +
          'board:\n  members:\n    - {id: jane-smith, name: Jane Smith, role: chair, appointment: { by: nhs_england, approved_by: secretary_of_state }}',
      );
    });

    it('under the Health Bill 2026: the law in force, plus a transitional provision for the Bill', () => {
      const found = appt(text, 'health-bill-2026');
      assert.deepEqual(
        found.map((f) => [f.ruleId, f.fixes!.map((x) => [x.safe, x.edits.map((e) => e.newText)])]),
        [
          ['ICS-APPT-001', [[true, [', appointment: { by: nhs_england, approved_by: secretary_of_state, transitional: [ { framework: health-bill-2026, by: secretary_of_state } ] }']]]],
          ['ICS-APPT-003', [[true, [', appointment: { by: chair, approved_by: nhs_england, transitional: [ { framework: health-bill-2026, by: chair, approved_by: secretary_of_state } ] }']]]],
        ],
      );
      assert.equal(found[0].message.split('\n\n')[0], `The constitution does not set out the chair's appointment (Jane Smith (jane-smith)). Under ${BILL_5}: add \`appointment\` with \`by\` and \`approved_by\`.`);
    });
  });

  it('a chief executive appointment that does not say who appoints: the chair, under either framework', () => {
    const text = HEAD + '    - {id: amir-khan, name: Amir Khan, role: chief_executive, appointment: {approved_by: nhs_england}}\n';
    assert.deepEqual(shown(appt(text, 'hca-2022')), [
      {
        rule: 'ICS-APPT-003',
        at: '6:63',
        message: "The constitution does not say who appoints the chief executive (Amir Khan (amir-khan)). Schedule 1B paragraph 7(1) of the NHS Act 2006 says the chief executive is appointed by the chair with NHS England's approval.",
        yaml: 'board:\n  members:\n    - {id: amir-khan, name: Amir Khan, role: chief_executive, appointment: {approved_by: nhs_england, by: chair}}',
        fixes: ['safe: Say that the chair appoints the chief executive'],
      },
    ]);
    assert.deepEqual(
      shown(appt(text, 'health-bill-2026')).map((f) => [f.at, f.message.split(' (')[0], f.fixes]),
      [
        ['6:63', 'The constitution does not say who appoints the chief executive', ['not safe: Add a transitional provision for health-bill-2026']],
        ['6:77', "The chief executive's appointment is approved by NHS England here, but under the Health Bill 2026 as introduced, NHS England would be abolished and its functions would pass to the Secretary of State, so the chief executive would be appointed by the chair with the Secretary of State's approval", ['not safe: Add a transitional provision for health-bill-2026']],
      ],
    );
  });
});
