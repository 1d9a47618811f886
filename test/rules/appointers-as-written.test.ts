import { strict as assert } from 'node:assert';
import { checkText } from '../../server/src/core';

/**
 * Who appoints and approves, as people write it (rules/statutory/arrangement.ts): a quoted value
 * with spaces around it names the same appointer, so a constitution that says the law's
 * arrangement gets no false error for its spacing.
 */
const HEAD = 'kind: icb-constitution\nversion: 1\nicb: {id: nhs-x, name: NHS X Integrated Care Board}\nboard:\n  members:\n';

function appt001(text: string) {
  return checkText('file:///c.yaml', text, { framework: 'hca-2022', profile: 'strict', today: '2026-11-23' }).filter((f) => f.ruleId === 'ICS-APPT-001');
}

describe("ICS-APPT-001: the chair's appointer and approver, with spaces inside the quotes", () => {
  it('" nhs_england " and " secretary_of_state " are the law in force: no finding', () => {
    const text = `${HEAD}    - id: jane-smith\n      name: Jane Smith\n      role: chair\n      appointment: {by: " nhs_england ", approved_by: " secretary_of_state "}\n`;
    assert.deepEqual(appt001(text).map((f) => f.message), []);
  });

  it('" board " as approver is still the wrong approver, named without the spaces', () => {
    const text = `${HEAD}    - id: jane-smith\n      name: Jane Smith\n      role: chair\n      appointment: {by: nhs_england, approved_by: " board "}\n`;
    const f = appt001(text);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /^The chair's appointment is approved by the board here, but /);
    assert.equal(f[0].range.start.line, 8);
  });
});
