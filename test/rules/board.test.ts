import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FRAMEWORKS, PROFILES, analyzeFile, applyEdits, checkFiles, checkText, type CheckOptions, type Finding } from '../../server/src/core';
import { boardRules } from '../../server/src/core/rules/board';

/**
 * Catalogue §2–3 (board composition, roles, eligibility): behaviour the per-rule fixtures cannot
 * show — options, the content of inserted fixes, messages naming requirement and source, and the
 * valid sample staying clean of these rules.
 */
const TODAY = '2026-11-23';
const MINE = new Set(boardRules.map((r) => r.meta.id));
const HEAD = `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
`;

function check(text: string, options: CheckOptions = {}, uri = 'file:///t/constitution.yaml'): Finding[] {
  return checkText(uri, text, { profile: 'strict', today: TODAY, ...options });
}

function only(findings: Finding[], id: string): Finding[] {
  return findings.filter((f) => f.ruleId === id);
}

function applyFix(text: string, finding: Finding, index = 0): string {
  const fix = finding.fixes?.[index];
  assert.ok(fix, `${finding.ruleId} offers no fix ${index}`);
  return applyEdits(text, analyzeFile('file:///t/x.yaml', text).lines, fix.edits);
}

function loadValid() {
  const dir = path.join(__dirname, '..', '..', 'samples', 'valid');
  return fs
    .readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .map((n) => ({ uri: 'file://' + path.join(dir, n), text: fs.readFileSync(path.join(dir, n), 'utf8') }));
}

describe('board rules (catalogue §2–3)', () => {
  it('are registered in catalogue order', () => {
    assert.deepEqual(
      boardRules.map((r) => r.meta.id),
      [
        'ICS-EXEC-001', 'ICS-EXEC-002', 'ICS-EXEC-003', 'ICS-EXEC-004', 'ICS-EXEC-005', 'ICS-EXEC-006', 'ICS-EXEC-007',
        'ICS-NED-001', 'ICS-NED-002', 'ICS-NED-003', 'ICS-NED-004', 'ICS-NED-005',
        'ICS-PM-001', 'ICS-PM-002', 'ICS-PM-003', 'ICS-MH-002',
        'ICS-PART-001', 'ICS-PART-002', 'ICS-PART-003', 'ICS-SIZE-001', 'ICS-DEC-001',
        'ICS-ELIG-001', 'ICS-ELIG-002', 'ICS-ELIG-003',
        'ICS-SEAT-001', 'ICS-SEAT-002',
      ],
    );
  });

  describe('the valid sample', () => {
    const files = loadValid();
    for (const profile of PROFILES) {
      for (const framework of FRAMEWORKS) {
        it(`trips none of them under profile ${profile}, framework ${framework}`, () => {
          const findings = checkFiles(files.map((f) => analyzeFile(f.uri, f.text)), { profile, framework, today: TODAY });
          assert.deepEqual(findings.filter((f) => MINE.has(f.ruleId)).map((f) => `${f.ruleId}: ${f.message}`), []);
        });
      }
    }

    it("losing the medical director's GMC registration gives a finding naming the requirement and its source", () => {
      const constitution = files.find((f) => f.uri.endsWith('constitution.yaml'))!;
      const line = '      registration: {regulator: GMC, number: "7012345", licence_to_practise: true}\n';
      assert.ok(constitution.text.includes(line), 'the sample changed: update this test');
      const text = constitution.text.replace(line, '');
      const found = only(check(text, { profile: 'recommended' }), 'ICS-EXEC-004');
      assert.equal(found.length, 1);
      assert.equal(found[0].severity, 'information');
      assert.match(found[0].message, /medical director, Dr Ruth Ode \(ruth-ode\)/);
      assert.match(found[0].message, /registered medical practitioner/);
      assert.match(found[0].message, /General Medical Council \(GMC\)/);
      assert.match(found[0].message, /model constitution/);
      assert.match(found[0].message, /source not confirmed/);
      const fixed = applyFix(text, found[0]);
      assert.match(fixed, /registration: \{ ?regulator: GMC, number: TODO ?\}|regulator: GMC\n\s+number: TODO/);
      assert.deepEqual(only(check(fixed), 'ICS-EXEC-004'), []);
    });
  });

  it('ICS-EXEC-002 inserts a medical director with a GMC registration to complete', () => {
    const text = `${HEAD}board:\n  members:\n    - id: jane-smith\n      name: Jane Smith\n      role: chair\n`;
    const [finding] = only(check(text), 'ICS-EXEC-002');
    assert.equal(finding.severity, 'warning');
    assert.match(finding.message, /NHS England policy/);
    assert.match(finding.message, /2\.1\.5/);
    assert.match(finding.message, /2025/);
    const fixed = applyFix(text, finding);
    const after = check(fixed);
    assert.deepEqual(only(after, 'ICS-EXEC-002'), []);
    assert.deepEqual(after.filter((f) => f.ruleId === 'schema').map((f) => f.message), []);
    assert.match(fixed, /- id: medical-director\n\s+name: TODO\n\s+role: executive\n\s+function: medical/);
    assert.match(fixed, /profession: medicine/);
    assert.match(fixed, /regulator: GMC\n\s+number: TODO/);
    // The inserted director does not trip the registration or employment rules.
    assert.deepEqual(only(after, 'ICS-EXEC-004'), []);
    assert.deepEqual(only(after, 'ICS-EXEC-006'), []);
  });

  it('ICS-EXEC-003 inserts a director of nursing with an NMC registration, with an unused id', () => {
    const text = `${HEAD}board:\n  members:\n    - {id: director-of-nursing, name: Kay Fox, role: other}\n`;
    const [finding] = only(check(text), 'ICS-EXEC-003');
    const fixed = applyFix(text, finding);
    assert.match(fixed, /- id: director-of-nursing-2\n\s+name: TODO\n\s+role: executive\n\s+function: nursing/);
    assert.match(fixed, /regulator: NMC\n\s+number: TODO/);
    assert.deepEqual(only(check(fixed), 'ICS-EXEC-003'), []);
  });

  it('ICS-EXEC-007 names the Secretary of State as approver under the Health Bill 2026', () => {
    const text = `${HEAD}board:\n  members:\n    - {id: jane-smith, name: Jane Smith, role: chair}\n`;
    const [now] = only(check(text, { framework: 'hca-2022' }), 'ICS-EXEC-007');
    const [bill] = only(check(text, { framework: 'health-bill-2026' }), 'ICS-EXEC-007');
    assert.match(now.message, /needs NHS England's agreement/);
    assert.match(bill.message, /Secretary of State/);
  });

  it('ICS-NED-001 adds as many independent non-executives as are missing', () => {
    const text = `${HEAD}board:\n  members:\n    - {id: jane-smith, name: Jane Smith, role: chair}\n`;
    const [finding] = only(check(text), 'ICS-NED-001');
    assert.match(finding.message, /no non-executive members besides the chair/);
    const fixed = applyFix(text, finding);
    assert.equal((fixed.match(/name: TODO\n\s+role: non_executive\n\s+independent: true/g) ?? []).length, 2, fixed);
    assert.match(fixed, /- id: non-executive\n/);
    assert.match(fixed, /- id: non-executive-2\n/);
    assert.deepEqual(only(check(fixed), 'ICS-NED-001'), []);
  });

  it('ICS-NED-003 offers only non-executives who do not chair audit', () => {
    const text = `${HEAD}board:
  members:
    - {id: pat-lee, name: Pat Lee, role: non_executive}
    - {id: chris-day, name: Chris Day, role: non_executive}
    - {id: kim-lowe, name: Kim Lowe, role: non_executive}
  deputy_chair: pat-lee
committees:
  - {id: audit, name: Audit and Risk Committee, type: audit, chair: pat-lee}
`;
    const [finding] = only(check(text), 'ICS-NED-003');
    assert.match(finding.message, /also chairs the audit committee \(Audit and Risk Committee\)/);
    assert.deepEqual(
      finding.fixes?.map((f) => f.title),
      ['Name Chris Day (chris-day) as deputy chair', 'Name Kim Lowe (kim-lowe) as deputy chair'],
    );
    assert.ok(finding.fixes?.every((f) => !f.safe));
    assert.equal(finding.related?.[0].message, 'audit committee chair declared here');
  });

  it('ICS-NED-004 offers the deputy chair first', () => {
    const text = `${HEAD}board:
  members:
    - {id: pat-lee, name: Pat Lee, role: non_executive}
    - {id: chris-day, name: Chris Day, role: non_executive}
  deputy_chair: chris-day
`;
    const [finding] = only(check(text), 'ICS-NED-004');
    assert.equal(finding.fixes?.[0].title, 'Name Chris Day (chris-day) as senior non-executive member');
    assert.match(applyFix(text, finding), /senior_non_executive: chris-day/);
  });

  it('ICS-NED-002 recognises organisations named in the partnership file', () => {
    const constitution = `${HEAD}board:
  members:
    - {id: pat-lee, name: Pat Lee, role: non_executive, independent: true, other_positions: ["Trustee, Example Hospice Care"]}
`;
    const icp = `kind: integrated-care-partnership
version: 1
icb: nhs-example
name: Example Integrated Care Partnership
members:
  - {name: Hospice lead, appointed_by: Example Hospice Care}
`;
    const files = [analyzeFile('file:///s/constitution.yaml', constitution), analyzeFile('file:///s/icp.yaml', icp)];
    const found = only(checkFiles(files, { profile: 'strict', today: TODAY }), 'ICS-NED-002');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /holds a post in Example Hospice Care/);
    assert.equal(found[0].related?.[0].uri, 'file:///s/icp.yaml');
    // Alone, the constitution names no such organisation.
    assert.deepEqual(only(check(constitution), 'ICS-NED-002'), []);
  });

  it('ICS-PART-003 flags a participant given a vote', () => {
    const text = `${HEAD}board:\n  participants:\n    - {id: hw, name: Healthwatch Exampleshire, represents: healthwatch, voting: true}\n`;
    const found = only(check(text), 'ICS-PART-003');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'warning');
    assert.match(found[0].message, /Healthwatch Exampleshire is given `voting: true`/);
  });

  describe('ICS-SIZE-001', () => {
    const board = (n: number, extra = '') =>
      `${HEAD}board:\n  members:\n${Array.from({ length: n }, (_, i) => `    - {id: m-${i}, name: M ${i}, role: other${extra}}`).join('\n')}\n`;

    it('uses the configured threshold', () => {
      assert.equal(only(check(board(12), { boardSizeThreshold: 10 }), 'ICS-SIZE-001').length, 1);
      assert.equal(only(check(board(21), { boardSizeThreshold: 30 }), 'ICS-SIZE-001').length, 0);
      assert.match(only(check(board(21)), 'ICS-SIZE-001')[0].message, /21 voting members, more than 20/);
    });

    it('is a hint by default and a warning under strict', () => {
      assert.equal(only(check(board(21), { profile: 'recommended' }), 'ICS-SIZE-001')[0].severity, 'hint');
      assert.equal(only(check(board(21), { profile: 'strict' }), 'ICS-SIZE-001')[0].severity, 'warning');
      assert.equal(only(check(board(21), { profile: 'nhse' }), 'ICS-SIZE-001').length, 0);
    });

    it('does not count non-voting members', () => {
      assert.equal(only(check(board(21, ', voting: false')), 'ICS-SIZE-001').length, 0);
    });
  });

  it('ICS-PART-002 asks for Healthwatch only under the law in force', () => {
    const text = `${HEAD}board:\n  members:\n    - {id: jane-smith, name: Jane Smith, role: chair}\n`;
    const now = only(check(text, { framework: 'hca-2022' }), 'ICS-PART-002').map((f) => f.message);
    const bill = only(check(text, { framework: 'health-bill-2026' }), 'ICS-PART-002').map((f) => f.message);
    assert.equal(now.length, 2);
    assert.ok(now.some((m) => /Healthwatch/.test(m)));
    assert.equal(bill.length, 1);
    assert.match(bill[0], /VCSE/);
  });

  it('ICS-ELIG-001 appends only the missing criteria to the list', () => {
    const text = `${HEAD}appointments:\n  eligibility: [nolan_principles]\n`;
    const [finding] = only(check(text), 'ICS-ELIG-001');
    assert.match(finding.message, /the fit and proper person test and the role specification for the seat/);
    assert.match(applyFix(text, finding), /eligibility: \[nolan_principles, fit_and_proper_person_test, role_specification\]/);
  });

  it('ICS-ELIG-002 leaves the statutory private-healthcare ground to ICS-BOARD-004', () => {
    const text = `${HEAD}appointments:\n  disqualifications: [member_of_parliament, recent_conviction, bankruptcy_restrictions_order, dismissal_from_health_service_body, prior_termination_of_office]\n`;
    assert.deepEqual(only(check(text), 'ICS-ELIG-002'), []);
  });
});
