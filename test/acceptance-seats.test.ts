import { strict as assert } from 'node:assert';
import { analyzeFile, checkFiles, checkText, ruleById, type Finding } from '../server/src/core';

/**
 * Issue 9's "Done when", run as a governance officer would: a constitution written as seats, a
 * board whose appointment procedure is missing for one class, and a partnership file checked alone
 * and beside unrelated ICBs' constitutions.
 */
const TODAY = '2026-11-23';

/** The constitution the issue describes: seats and no members, each seat with its appointment. */
const SEATS_ONLY = `kind: icb-constitution
version: 1.1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  seats:
    - id: chair
      title: Chair
      role: chair
      appointment: {by: nhs_england, approved_by: secretary_of_state, transitional: [{framework: health-bill-2026, by: secretary_of_state}]}
      removal: {by: nhs_england, approved_by: secretary_of_state, transitional: [{framework: health-bill-2026, by: secretary_of_state}]}
    - id: chief-executive
      title: Chief Executive
      role: chief_executive
      employment: employee
      appointment: {by: chair, approved_by: nhs_england, transitional: [{framework: health-bill-2026, by: chair, approved_by: secretary_of_state}]}
    - id: partner-nhs-trusts
      title: Partner Member (NHS trusts)
      role: partner
      sector: nhs_trusts
      appointment: {by: chair, procedure: "joint nomination by the trusts, then the chair's approval"}
    - id: partner-primary-medical-services
      title: Partner Member (primary medical services)
      role: partner
      sector: primary_medical_services
      appointment: {by: chair, procedure: "joint nomination by the providers of primary medical services, then the chair's approval"}
    - id: partner-local-authorities
      title: Partner Member (local authorities)
      role: partner
      sector: local_authorities
      appointment: {by: chair, procedure: "joint nomination by the councils, then the chair's approval"}
    - id: non-executive
      title: Non-executive Member
      role: non_executive
      min: 2
      expertise: [mental_health]
      appointment: {by: chair, procedure: "open competition, then appointment by the chair"}
    - id: director-of-finance
      title: Director of Finance
      role: executive
      function: finance
      appointment: {by: chief_executive, approved_by: chair, procedure: "open competition"}
    - id: medical-director
      title: Medical Director
      role: executive
      function: medical
      appointment: {by: chief_executive, approved_by: chair, procedure: "open competition"}
    - id: director-of-nursing
      title: Director of Nursing
      role: executive
      function: nursing
      appointment: {by: chief_executive, approved_by: chair, procedure: "open competition"}
`;

/** Each seat, and the one rule that asks for it. */
const SEAT_RULE: [string, string][] = [
  ['chair', 'ICS-BOARD-001'],
  ['chief-executive', 'ICS-BOARD-002'],
  ['partner-nhs-trusts', 'ICS-PARTNER-001'],
  ['partner-primary-medical-services', 'ICS-PARTNER-002'],
  ['partner-local-authorities', 'ICS-PARTNER-003'],
  ['non-executive', 'ICS-NED-001'],
  ['director-of-finance', 'ICS-EXEC-001'],
  ['medical-director', 'ICS-EXEC-002'],
  ['director-of-nursing', 'ICS-EXEC-003'],
];

/**
 * What the seats-only constitution must be clean of: the composition rules (who sits on the board,
 * how many, seats consistent) and the appointment rules. Good-practice details of each seat (role
 * statements, terms, employment, a named deputy chair) are other rules' business.
 */
const JUDGED = new Set([
  'ICS-BOARD-001', 'ICS-BOARD-002', 'ICS-BOARD-003', 'ICS-PARTNER-001', 'ICS-PARTNER-002', 'ICS-PARTNER-003',
  'ICS-NED-001', 'ICS-EXEC-001', 'ICS-EXEC-002', 'ICS-EXEC-003', 'ICS-EXEC-007', 'ICS-SIZE-001', 'ICS-MH-002',
  'ICS-PART-001', 'ICS-PART-003', 'ICS-SEAT-001', 'ICS-SEAT-002',
  'ICS-APPT-001', 'ICS-APPT-002', 'ICS-APPT-003', 'ICS-APPT-004', 'ICS-APPT-005', 'ICS-APPT-006', 'ICS-APPT-007',
]);
/** Rules that follow from a missing seat by their own logic (not composition counting). */
const CONSEQUENCES: Record<string, string[]> = {
  'non-executive': ['ICS-APPT-006'],
  'medical-director': ['ICS-EXEC-007'],
  'director-of-nursing': ['ICS-EXEC-007'],
  chair: [],
};

function without(text: string, seatId: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l === `    - id: ${seatId}`);
  assert.ok(start >= 0, `no seat ${seatId}`);
  let end = start + 1;
  while (end < lines.length && lines[end].startsWith('      ')) end++;
  return [...lines.slice(0, start), ...lines.slice(end)].join('\n');
}

const judged = (findings: Finding[]) => findings.filter((f) => JUDGED.has(f.ruleId) || f.ruleId === 'schema');

describe('acceptance (issue 9): a constitution written as seats', () => {
  it('seats and no members — chair, chief executive, three partner seats, at least two non-executives, finance, medical and nursing executives — is clean of composition and appointment findings', () => {
    for (const framework of ['hca-2022', 'health-bill-2026'] as const) {
      const findings = checkText('file:///w/seats.yaml', SEATS_ONLY, { profile: 'strict', framework, today: TODAY });
      assert.deepEqual(judged(findings).map((f) => `${f.ruleId}: ${f.message}`), [], framework);
    }
  });

  for (const [seat, rule] of SEAT_RULE) {
    it(`removing the ${seat} seat trips exactly ${rule}${CONSEQUENCES[seat]?.length ? ` (and ${CONSEQUENCES[seat].join(', ')}, which follows from it)` : ''}`, () => {
      const findings = judged(checkText('file:///w/seats.yaml', without(SEATS_ONLY, seat), { profile: 'strict', today: TODAY }));
      const rules = [...new Set(findings.map((f) => f.ruleId))].sort();
      assert.deepEqual(rules, [rule, ...(CONSEQUENCES[seat] ?? [])].sort(), findings.map((f) => `${f.ruleId}: ${f.message}`).join('\n'));
      const mine = findings.filter((f) => f.ruleId === rule);
      assert.equal(mine.length, 1);
      assert.ok(ruleById(rule)!.meta.citations.length > 0);
      // The fix adds a seat, not a member, to a constitution of seats.
      const fix = mine[0].fixes?.[0];
      if (fix) assert.match(fix.edits[0].newText, /- id: /);
      if (fix) assert.doesNotMatch(fix.edits[0].newText, /name: TODO/);
    });
  }
});

describe('acceptance (issue 9): appointment findings once per class, not per person', () => {
  it('a board of twenty members whose non-executive members have no appointment procedure: one finding, naming them all', () => {
    const members = [
      '    - {id: chair, name: Jane Smith, role: chair}',
      '    - {id: ceo, name: Amir Khan, role: chief_executive}',
      ...[1, 2, 3, 4, 5, 6].map((i) => `    - {id: ned-${i}, name: Non-executive ${i}, role: non_executive, appointment: {by: chair}}`),
      ...['finance', 'medical', 'nursing', 'people', 'strategy'].map((f) => `    - {id: exec-${f}, name: Director ${f}, role: executive, function: ${f}, appointment: {by: chief_executive, procedure: open recruitment}}`),
      ...['nhs_trusts', 'primary_medical_services', 'local_authorities'].map((s) => `    - {id: partner-${s.replace(/_/g, '-')}, name: Partner ${s}, role: partner, sector: ${s}, appointment: {by: chair, procedure: "joint nomination"}}`),
      ...[1, 2, 3, 4].map((i) => `    - {id: place-${i}, name: Place member ${i}, role: other, appointment: {by: chair, procedure: nomination by the place}}`),
    ];
    assert.equal(members.length, 20);
    const text = `kind: icb-constitution\nversion: 1\nicb: {id: nhs-example, name: NHS Example ICB}\nboard:\n  members:\n${members.join('\n')}\n`;
    const found = checkText('file:///w/twenty.yaml', text, { today: TODAY }).filter((f) => f.ruleId === 'ICS-APPT-005');
    assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
    assert.match(found[0].message, /the non-executive members Non-executive 1 \(ned-1\), .* and Non-executive 6 \(ned-6\)/);
    assert.equal(found[0].related?.length, 5);
    // One fix adds the procedure to each of the six.
    assert.equal(found[0].fixes?.[0].edits.length, 6);
  });

  it('in a constitution of seats, one finding per seat, however many hold it', () => {
    const text = without(SEATS_ONLY, 'director-of-nursing').replace('      appointment: {by: chair, procedure: "open competition, then appointment by the chair"}\n', '      appointment: {by: chair}\n') + '  members:\n    - {id: a, name: A, seat: non-executive}\n    - {id: b, name: B, seat: non-executive}\n    - {id: c, name: C, seat: non-executive}\n';
    const found = checkText('file:///w/seats.yaml', text, { today: TODAY }).filter((f) => f.ruleId === 'ICS-APPT-005');
    assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
    assert.match(found[0].message, /^The constitution does not give the procedure for appointing the Non-executive Member seat \(non-executive\)\./);
  });
});

describe('acceptance (issue 9): a file\'s findings do not depend on unrelated files beside it', () => {
  const partnership = `kind: integrated-care-partnership
version: 1
icb: nhs-example
name: Exampleshire Integrated Care Partnership
established_by: [icb, Exampleshire County Council]
members:
  - {name: Cllr A Brown, appointed_by: Exampleshire County Council}
  - {name: Jane Smith, appointed_by: icb}
`;
  const place = `kind: place-partnership
version: 1
icb: nhs-example
id: example-city
name: Example City
local_authorities: [Example City Council]
reports_to: [icb-board, icp]
`;
  const otherIcb = (id: string, council: string) => `kind: icb-constitution
version: 1
icb:
  id: ${id}
  name: NHS ${council} Integrated Care Board
  area: {local_authorities: [{name: ${council} County Council, type: county}]}
`;
  const mine = (findings: Finding[], uri: string) => findings.filter((f) => f.uri === uri).map((f) => `${f.range.start.line}:${f.range.start.character} ${f.severity} ${f.ruleId} ${f.message}`).sort();

  for (const [name, text] of [['partnership', partnership], ['place partnership', place]] as const) {
    it(`a ${name} file checked alone, and beside two other ICBs' constitutions, gets the same findings (one information note that its ICB was not checked with it)`, () => {
      const uri = `file:///w/${name.replace(' ', '-')}.yaml`;
      const alone = checkFiles([analyzeFile(uri, text)], { profile: 'strict', today: TODAY });
      const beside = checkFiles([analyzeFile(uri, text), analyzeFile('file:///w/north.yaml', otherIcb('nhs-north-other', 'Northshire')), analyzeFile('file:///w/south.yaml', otherIcb('nhs-south-other', 'Southshire'))], { profile: 'strict', today: TODAY });
      assert.deepEqual(mine(beside, uri), mine(alone, uri));
      const notes = alone.filter((f) => f.ruleId === 'ICS-SYS-003');
      assert.equal(notes.length, 1);
      assert.equal(notes[0].severity, 'information');
      assert.deepEqual(alone.filter((f) => f.severity === 'error' && /ICB constitution|among the documents/.test(f.message)).map((f) => f.message), []);
    });
  }
});
