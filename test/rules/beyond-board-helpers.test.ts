import { strict as assert } from 'node:assert';
import { checkText, type CheckOptions, type Finding } from '../../server/src/core';

/**
 * What the small helpers of the sections beyond the board decide, through the rules that use them:
 * who keeps accountability for NHS England's delegated functions under each framework
 * (delegation/shared.ts), how a place's clinical and care professional lead is named in messages
 * (review/people.ts). Asserted through findings (rule, line, how many) and the words a user reads.
 */
const URI = 'file:///t/constitution.yaml';
const HEAD = 'kind: icb-constitution\nversion: 1.1\nicb: {id: nhs-example, name: NHS Example Integrated Care Board}\n';

function findings(text: string, id: string, options: CheckOptions = {}): Finding[] {
  return checkText(URI, text, { profile: 'strict', today: '2026-11-23', ...options }).filter((f) => f.ruleId === id);
}

describe('helpers of the sections beyond the board, through the rules that use them', () => {
  describe('who keeps accountability for what NHS England delegates (delegation/shared.ts)', () => {
    const text = `${HEAD}joint_working:
  arrangements:
    - id: nhse-pc
      type: delegation_to_icb
      functions: [primary_medical_services]
      agreement: {url: https://example.org/delegation-agreement.pdf}
      accountable_body: secretary_of_state
`;
    it('ICS-DEL-001: the Secretary of State as accountable body is wrong under the 2022 Act, reported at `accountable_body`', () => {
      const f = findings(text, 'ICS-DEL-001', { framework: 'hca-2022' });
      assert.equal(f.length, 1);
      assert.equal(f[0].range.start.line, 9);
      assert.match(f[0].message, /makes the Secretary of State accountable/);
    });
    it('ICS-DEL-001: under the Health Bill 2026 the Secretary of State may take over NHS England\'s functions: not reported', () => {
      assert.deepEqual(findings(text, 'ICS-DEL-001', { framework: 'health-bill-2026' }), []);
    });
    it('ICS-DEL-001: the ICB as accountable body is wrong under either framework', () => {
      const icb = text.replace('accountable_body: secretary_of_state', 'accountable_body: icb');
      for (const framework of ['hca-2022', 'health-bill-2026'] as const) {
        const f = findings(icb, 'ICS-DEL-001', { framework });
        assert.equal(f.length, 1, framework);
        assert.match(f[0].message, /makes the ICB accountable/);
      }
    });
  });

  describe('a place\'s clinical and care professional lead in messages (review/people.ts)', () => {
    const lead = (entry: string, place = 'id: example-city\n    name: Example City') =>
      `${HEAD}places:\n  - ${place}\n    leadership:\n      clinical_and_care_professional_leads:\n        - ${entry}\n`;
    it('ICS-REG-001: a lead with no name is "a clinical and care professional lead", for the place by name', () => {
      const f = findings(lead('{profession: general_practice, registration: {regulator: GMC}}'), 'ICS-REG-001');
      assert.equal(f.length, 1);
      assert.equal(f[0].range.start.line, 8);
      assert.match(f[0].message, /^The registration of a clinical and care professional lead, clinical and care professional lead for Example City with the GMC gives no registration number/);
    });
    it('ICS-REG-001: a place with no name is named by its id; a place with neither is left out of the words', () => {
      assert.match(findings(lead('{name: Dr Ada Vale, registration: {regulator: GMC}}', 'id: example-city'), 'ICS-REG-001')[0].message, /^The registration of Dr Ada Vale, clinical and care professional lead for example-city with the GMC gives/);
      assert.match(findings(lead('{name: Dr Ada Vale, registration: {regulator: GMC}}', 'population: 1000'), 'ICS-REG-001')[0].message, /^The registration of Dr Ada Vale, clinical and care professional lead with the GMC gives/);
    });
  });

  describe('references beyond the board (committees/governance-refs.ts)', () => {
    it('ICS-REF-001: an arrangement\'s ICB committee that names nothing says why the ids matter', () => {
      const text = `${HEAD}committees:\n  - {id: pc, name: Primary Care Committee}\njoint_working:\n  arrangements:\n    - {id: cic, type: committees_in_common, icb_committee: pcc}\n`;
      const f = findings(text, 'ICS-REF-001');
      assert.equal(f.length, 1);
      assert.equal(f[0].range.start.line, 7);
      assert.match(f[0].message, /^The ICB committee that meets in common in the arrangement cic \(`icb_committee`\) is `pcc`, which names no committee in this document/);
      assert.match(f[0].message, /is only as clear as the ids it uses, which must name the committees, joint working arrangements, board members and seats it declares \(a data check of this tool\): correct the id/);
    });
  });
});

describe('more helpers of the sections beyond the board, through the rules that use them', () => {
  it('ICS-GOV-001: standing orders given by url, path or relation are not reported; a link with none of them is', () => {
    for (const link of ['{url: https://example.org/so.pdf}', '{path: docs/so.pdf}', '{relation: appended}']) {
      assert.deepEqual(findings(`${HEAD}documents:\n  standing_orders: ${link}\n`, 'ICS-GOV-001'), [], link);
    }
    const f = findings(`${HEAD}documents:\n  standing_orders: {url: ""}\n`, 'ICS-GOV-001');
    assert.equal(f.length, 1);
    assert.equal(f[0].range.start.line, 4);
  });

  it('ICS-REF-001: a place governed by a joint committee arrangement is fine; by an arrangement of another type it is reported', () => {
    const text = (type: string) => `${HEAD}joint_working:\n  arrangements:\n    - {id: jc, type: ${type}}\nplaces:\n  - {id: city, name: Example City, joint_committee: {arrangement: jc}}\n`;
    assert.deepEqual(findings(text('joint_committee'), 'ICS-REF-001'), []);
    const f = findings(text('section_75'), 'ICS-REF-001');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /^The joint committee of the place Example City is `jc`, which names no joint committee arrangement \(`type: joint_committee`\)/);
  });

  it('ICS-OFF-005: a non-executive lead who is the chair, a non-executive or a post is fine; an executive is reported', () => {
    const text = (holder: string) =>
      `${HEAD}board:\n  members:\n    - {id: jo, role: chair}\n    - {id: pat, role: non_executive}\n    - {id: amir, role: chief_executive}\nofficers:\n  freedom_to_speak_up:\n    guardian: {holder: {title: Guardian}}\n    executive_lead: {holder: amir}\n    non_executive_lead: {holder: ${holder}}\n`;
    for (const ok of ['jo', 'pat', '{title: Lay member}']) assert.deepEqual(findings(text(ok), 'ICS-OFF-005'), [], ok);
    const f = findings(text('amir'), 'ICS-OFF-005');
    assert.equal(f.length, 1);
    assert.equal(f[0].range.start.line, 12, "at the non-executive lead");
  });

  it('ICS-FUNC-001: a function key written with spaces around it is the same function', () => {
    const text = `${HEAD}committees:\n  - {id: a, name: A Committee}\n  - {id: b, name: B Committee}\nfunctions_map:\n  functions:\n    - {function: " continuing_healthcare ", decided_by: a}\n    - {function: continuing_healthcare, decided_by: b}\n`;
    const f = findings(text, 'ICS-FUNC-001');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /^The function continuing healthcare has two decision-makers/);
  });
});
