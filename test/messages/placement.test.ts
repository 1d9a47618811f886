import { strict as assert } from 'node:assert';
import { checkText, type Finding } from '../../server/src/core';
import { formatters } from '../../server/src/core/formatters';

/**
 * Findings a non-programmer can act on: a finding about something missing sits on the nearest key
 * that exists (the section's key, else its parent), carries its section, and an "add" message shows
 * the YAML to add in the document's own indentation instead of a dotted path.
 */

/** The five-line draft a governance officer starts with. */
const DRAFT = `kind: icb-constitution
version: 1.1
icb:
  name: NHS Example Integrated Care Board
board:
`;

const check = (text: string): Finding[] => checkText('file:///w/draft.yaml', text, { today: '2026-11-23' });
const context = { cwd: '/w', tool: { name: 'ics-check', version: '0', informationUri: 'https://example.org' }, rules: [] };

/** Messages that ask the author to add a key (an imperative naming one). */
const asksToAdd = (m: string) => /\b(add|record|list|describe|give)\b[^.]*`[a-z_]+(:[^`]*)?`/i.test(m.split('\n\n')[0]);

describe('findings placed where the author can act on them', () => {
  it('the five-line draft: one heading per section, the most severe first, and a summary per section', () => {
    const findings = check(DRAFT);
    const out = formatters.stylish([{ filePath: '/w/draft.yaml', uri: 'file:///w/draft.yaml', findings }], context);
    const lines = out.split('\n');
    const headings = lines.slice(0, lines.indexOf('  By section:')).filter((l) => /^ {2}\S/.test(l));
    assert.equal(headings[0], '  Board (board)', 'the board has the most errors');
    for (const h of [
      'Board (board)',
      'Committees (committees)',
      'Conflicts of interest (conflicts_of_interest)',
      'Clinical and care professional leadership (clinical_and_care_professional_leadership)',
      'Working with people and communities (people_and_communities)',
      'Appointments (appointments)',
      'Governance documents (documents)',
    ]) {
      assert.ok(headings.includes(`  ${h}`), `a heading for ${h}`);
    }
    assert.equal(new Set(headings).size, headings.length, 'one heading per section');
    // Every finding belongs to a section: none is left in one block on line 1.
    assert.deepEqual(findings.filter((f) => !f.section).map((f) => `${f.ruleId} ${f.message}`), []);
    const summary = lines.slice(lines.indexOf('  By section:') + 1);
    assert.equal(summary.filter((l) => /^ {4}\S/.test(l)).length, headings.length, 'one summary line per section');
    assert.match(summary[0], /^ {4}Board +\d+ errors?, \d+ warnings?/);
  });

  it('a finding about an existing section sits on its key', () => {
    const findings = check(DRAFT);
    for (const f of findings.filter((x) => x.section === 'board')) assert.equal(f.range.start.line, 4, `${f.ruleId} sits on board: (${f.message.slice(0, 60)})`);
    for (const f of findings.filter((x) => x.section === 'icb')) assert.ok(f.range.start.line === 2 || f.range.start.line === 3, `${f.ruleId} sits in icb:`);
  });

  it('each "add" message shows YAML, not a dotted path', () => {
    const findings = check(DRAFT);
    const adding = findings.filter((f) => asksToAdd(f.message));
    assert.ok(adding.length >= 40, `${adding.length} add messages`);
    for (const f of adding) {
      assert.ok(f.message.includes('\n\n'), `${f.ruleId} shows the YAML to add: ${f.message}`);
      assert.doesNotMatch(f.message.split('\n\n')[0], /`[a-z_]+\.[a-z_]+/, `${f.ruleId} names no dotted path`);
    }
    const plan = findings.find((f) => f.ruleId === 'ICS-PLAN-001')!;
    assert.match(plan.message, /: add `joint_forward_plan` with the constitution's `commitment` to it\.\n\nplans:\n {2}joint_forward_plan:\n {4}commitment: The ICB will publish/);
    const guardian = findings.find((f) => f.ruleId === 'ICS-COI-003')!;
    assert.match(guardian.message, /add `guardian` with their id\.\n\nconflicts_of_interest:\n {2}guardian: todo$/);
    const id = findings.find((f) => f.ruleId === 'schema' && /needs `id`/.test(f.message))!;
    assert.equal(id.message, 'An integrated care board needs `id`.\n\nicb:\n  id: todo');
  });

  it('the YAML to add goes under the key that exists, in the document\'s own indentation and style', () => {
    const text = `kind: icb-constitution
version: 1
icb:
    id: nhs-example
    name: NHS Example Integrated Care Board
conflicts_of_interest:
    policy: {url: https://example.nhs.uk/coi}
    register:
        url: https://example.nhs.uk/register
board:
    members:
        - {id: jane-smith, name: Jane Smith, role: chair}
`;
    const findings = check(text);
    const guardian = findings.find((f) => f.ruleId === 'ICS-COI-003')!;
    assert.equal(guardian.range.start.line, 5, 'on conflicts_of_interest:');
    assert.match(guardian.message, /\n\nconflicts_of_interest:\n {4}guardian: todo$/);
    const retention = findings.find((f) => f.ruleId === 'ICS-COI-005')!;
    assert.equal(retention.range.start.line, 7, 'on register:, the nearest key that exists');
    assert.match(retention.message, /\n\nconflicts_of_interest:\n {4}register:\n {8}retention:\n {12}public_months: 6$/);
    // A member added to a list of flow maps is shown as the list's style has it.
    const ceo = findings.find((f) => f.ruleId === 'ICS-BOARD-002')!;
    assert.equal(ceo.range.start.line, 10, 'on members:');
    assert.match(ceo.message, /\n\nboard:\n {4}members:\n {8}- id: chief-executive\n {10}name: TODO/);
  });

  it('a rule that points at something specific keeps its place', () => {
    const text = DRAFT.replace('board:\n', 'board:\n  members:\n    - {id: jane-smith, name: Jane Smith, role: chiar}\n');
    const typo = check(text).find((f) => f.ruleId === 'schema' && /chiar/.test(f.message))!;
    assert.equal(typo.range.start.line, 6);
    assert.equal(typo.section, 'board');
  });

  it('the YAML shown is what the quick fix adds', () => {
    const findings = check(DRAFT);
    const chair = findings.find((f) => f.ruleId === 'ICS-BOARD-001')!;
    const added = chair.fixes![0].edits[0].newText;
    for (const line of chair.message.split('\n\n')[1].split('\n').filter((l) => l !== '…' && !/^board:$/.test(l))) {
      assert.ok(added.includes(line.trim()), `the fix adds ${line}`);
    }
  });

  describe('what the YAML shows, for the rules beyond the board (issue 13) as for the others', () => {
    const HEAD = 'kind: icb-constitution\nversion: 1.1\nicb: {id: nhs-example, name: NHS Example Integrated Care Board}\n';
    const of = (text: string, rule: string) => check(HEAD + text).filter((f) => f.ruleId === rule);

    it('every key a message asks for under one place, added together under the key that is missing', () => {
      const [f] = of('appointments:\n  fit_and_proper_person_test:\n    policy: {url: https://example.nhs.uk/fppt}\n', 'ICS-OFF-006');
      assert.equal(f.range.start.line, 4, 'on fit_and_proper_person_test:');
      assert.equal(
        f.message.split('\n\n')[1],
        'appointments:\n  fit_and_proper_person_test:\n    annual_assessment:\n      by: chair\n      reported_to: nhs_england_regional_director\n      last_on: TODO',
      );
    });

    it('every key a fix adds', () => {
      const [f] = of('officers:\n  freedom_to_speak_up:\n    guardian: {holder: {title: Freedom to Speak Up Guardian}}\n', 'ICS-OFF-005');
      assert.match(f.message, /\n\nofficers:\n {2}freedom_to_speak_up:\n {4}executive_lead:\n {6}holder:\n {8}title: TODO\n {4}non_executive_lead:\n {6}holder:\n {8}title: TODO$/);
      assert.equal(f.fixes![0].edits.length, 2);
    });

    it('of alternatives, the first; keys named as examples ("such as `a`, `b` and `c`"), none', () => {
      const [duty] = of('statutory_duties:\n  duties:\n    - {duty: innovation}\n', 'ICS-DUTY-001').filter((f) => /innovation/.test(f.message));
      assert.match(duty.message, /\(`lead`, `committee` or `how`\)/);
      assert.match(duty.message, /\n\nstatutory_duties:\n {2}duties:\n {4}- \{duty: innovation, lead: \{ title: TODO \}\}$/);
      const twice = 'joint_working:\n  arrangements:\n    - {id: east-jc, type: joint_committee, reports_to: [icb-board]}\n    - {id: east-jc, type: joint_committee, reports_to: [icb-board]}\n';
      const [clash] = of(twice, 'ICS-REF-001');
      assert.match(clash.message, /References such as `exercised_by`, `decided_by` and `reports_to`/);
      assert.ok(!clash.message.includes('\n\n'), clash.message);
    });

    it('a key of a list item the rule points at by its first key goes under that item', () => {
      const text = 'committees:\n  - {id: pcc, name: Primary Care Commissioning Committee, type: primary_care, reports_to: icb-board}\njoint_working:\n  arrangements:\n    - {id: nhse-pc, type: delegation_to_icb, basis: s65Z5, functions: [primary_medical_services], reports_to: [icb-board], accountable_body: nhs_england}\n';
      const [f] = of(text, 'ICS-DEL-001');
      assert.equal(f.section, 'joint_working');
      assert.match(f.message, /\n\njoint_working:\n {2}arrangements:\n {4}- \{id: nhse-pc, .*exercised_by: pcc\}$/);
    });

    it('a key only another section has is not offered for a finding inside this one', () => {
      const text = 'board:\n  seats:\n    - {id: dof, role: executive, function: finance, employment: employee}\ncommittees:\n  - {id: remuneration, name: Remuneration Committee, type: remuneration, members: [dof], reports_to: icb-board}\n';
      const [f] = of(text, 'ICS-COMM-005');
      assert.match(f.message, /\(as `participants`\)/);
      assert.doesNotMatch(f.message, /\n\nboard:/, 'not the board\'s participants');
    });
  });

  it('a value still to be filled in is reported once, as a placeholder', () => {
    const text = `kind: icb-constitution
version: 1.1
icb:
  id: nhs-example
  name: NHS Example Integrated Care Board
  area:
    local_authorities:
      - {name: Exampleshire County Council, type: county}
places:
  - id: north
    name: North
    local_authorities: [TODO]
version_control:
  - {version: "0.1", date: TODO, nhse_approved_on: TBC, summary: First draft}
publication:
  constitution_url: https://TODO
`;
    const findings = check(text);
    const on = (line: number) => findings.filter((f) => f.range.start.line === line).map((f) => f.ruleId);
    // A date not known yet is a placeholder, not a schema error; so is a web address to fill in.
    assert.deepEqual(on(13), ['placeholder', 'placeholder']);
    assert.deepEqual(on(15), ['placeholder']);
    // A place's council still to be named is not also "a council outside the ICB's area".
    assert.deepEqual(on(11), ['placeholder']);
  });
});
