import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeFile, applyEdits, checkFiles, FRAMEWORKS, PROFILES, type CheckOptions, type Finding } from '../../server/src/core';
import { placeRules } from '../../server/src/core/rules/place';
import { icpRules } from '../../server/src/core/rules/icp';

/**
 * Place (§7) and ICP (§8) rules on the shipped valid sample, checked as a system: the ICB
 * constitution (three places, one of them in its own file) and the partnership file. Each test
 * changes one thing in one file and looks at what the rules say, where, and with which source.
 */
const VALID = path.join(__dirname, '..', '..', 'samples', 'valid');
const MINE = new Set([...placeRules, ...icpRules].map((r) => r.meta.id));
const names = fs.readdirSync(VALID).filter((n) => n.endsWith('.yaml'));
const original = new Map(names.map((n) => [n, fs.readFileSync(path.join(VALID, n), 'utf8')]));
const uri = (n: string) => 'file://' + path.join(VALID, n);
const CONSTITUTION = 'constitution.yaml';
const PARTNERSHIP = 'partnership.yaml';
const PLACE = 'south-northmoor.place.yaml';

function text(name: string): string {
  const t = original.get(name);
  assert.ok(t !== undefined, `samples/valid/${name} is missing`);
  return t;
}

function edit(name: string, from: string, to: string): string {
  assert.ok(text(name).includes(from), `samples/valid/${name} no longer contains: ${from}`);
  return text(name).replace(from, to);
}

/** Checks the sample with some files replaced (or left out with `null`). */
function check(changed: Record<string, string | null> = {}, options: CheckOptions = {}): Finding[] {
  const files = names.filter((n) => changed[n] !== null).map((n) => analyzeFile(uri(n), changed[n] ?? text(n)));
  return checkFiles(files, { today: '2026-11-23', profile: 'strict', ...options });
}

const of = (findings: Finding[], id: string, file?: string) => findings.filter((f) => f.ruleId === id && (!file || f.uri === uri(file)));
const lineOf = (name: string, t: string, f: Finding) => t.split('\n')[f.range.start.line] ?? '';

describe('place and ICP rules on the valid sample', () => {
  it('report nothing on the valid sample, under every profile and framework', () => {
    for (const profile of PROFILES)
      for (const framework of FRAMEWORKS) {
        const mine = check({}, { profile, framework }).filter((f) => MINE.has(f.ruleId) || f.ruleId === 'internal-error');
        assert.deepEqual(mine.map((f) => `${profile}/${framework} ${f.ruleId} ${f.message}`), []);
      }
  });

  it("removing a place's governance model: ICS-PLACE-002 names Thriving places, one unsafe fix per model, none choosing a forum for a place holding delegations", () => {
    const t = edit(CONSTITUTION, '    governance_model: [icb_committee]\n', '');
    const found = of(check({ [CONSTITUTION]: t }), 'ICS-PLACE-002');
    assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
    const f = found[0];
    assert.match(f.message, /North Northmoor/);
    assert.match(f.message, /Thriving places/i);
    assert.equal(f.severity, 'warning');
    const titles = (f.fixes ?? []).map((x) => x.title);
    assert.equal(titles.length, 4, titles.join('\n'));
    assert.ok(titles.every((x) => !/consultative_forum/.test(x)));
    assert.ok((f.fixes ?? []).every((x) => !x.safe));
    const fixed = applyEdits(t, analyzeFile(uri(CONSTITUTION), t).lines, f.fixes![0].edits);
    assert.deepEqual(of(check({ [CONSTITUTION]: fixed }), 'ICS-PLACE-002'), []);
  });

  it('removing the only lay member of a place: ICS-PLACE-010 names the requirement and NHS Clinical Commissioners as its source', () => {
    const t = edit(CONSTITUTION, '    lay_members: [{title: Lay Member for Patient and Public Involvement, role: lay member for patient and public involvement}]\n', '');
    const found = of(check({ [CONSTITUTION]: t }), 'ICS-PLACE-010');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /North Northmoor/);
    assert.match(found[0].message, /lay member/);
    assert.match(found[0].message, /NHS Clinical Commissioners/);
    assert.equal(found[0].severity, 'information');
  });

  it('a delegation made the place\'s own responsibility: ICS-PLACE-006 says the delegating body keeps accountability', () => {
    const t = edit(PLACE, 'delegated_by: icb, accountable_body: icb', 'delegated_by: icb, accountable_body: south-northmoor');
    const found = of(check({ [PLACE]: t }), 'ICS-PLACE-006', PLACE);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /cannot be accountable in its own right/);
    assert.match(found[0].message, /the ICB/);
    assert.match(lineOf(PLACE, t, found[0]), /accountable_body: south-northmoor/);
  });

  it('a place budget set on historical spend: ICS-PLACE-011 asks for population need (information)', () => {
    const t = edit(PLACE, 'allocation_basis: [population_need, health_inequalities]', 'allocation_basis: historical_spend');
    const found = of(check({ [PLACE]: t }), 'ICS-PLACE-011', PLACE);
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'information');
    assert.match(found[0].message, /population need/);
  });

  it('a council left out of the partnership: ICS-ICP-001 and ICS-ICP-002 report it in the partnership file, pointing into the constitution, with a safe fix from the ICB file', () => {
    let t = edit(PARTNERSHIP, 'established_by: [icb, Northmoor County Council, Castlebridge City Council]', 'established_by: [icb, Northmoor County Council]');
    t = t.replace('  - {name: Cllr Ben Green, appointed_by: Castlebridge City Council, sector: local_authority, substitute: {title: Cabinet Member for Adult Social Care, organisation: Castlebridge City Council}}\n', '');
    assert.doesNotMatch(t, /Cllr Ben Green/);
    const all = check({ [PARTNERSHIP]: t });
    const est = of(all, 'ICS-ICP-001');
    assert.equal(est.length, 1, est.map((f) => f.message).join('\n'));
    assert.equal(est[0].uri, uri(PARTNERSHIP));
    assert.equal(est[0].severity, 'error');
    assert.match(est[0].message, /Castlebridge City Council/);
    assert.match(est[0].message, /s\.116ZA\(1\)/);
    const related = est[0].related?.[0];
    assert.equal(related?.uri, uri(CONSTITUTION));
    assert.match(text(CONSTITUTION).split('\n')[related!.range.start.line], /Castlebridge City Council, type: unitary/);
    assert.ok(est[0].fixes?.[0].safe);
    const fixed = applyEdits(t, analyzeFile(uri(PARTNERSHIP), t).lines, est[0].fixes![0].edits);
    assert.match(fixed, /established_by: \[icb, Northmoor County Council, Castlebridge City Council\]/);
    assert.deepEqual(of(check({ [PARTNERSHIP]: fixed }), 'ICS-ICP-001'), []);

    const mem = of(all, 'ICS-ICP-002');
    assert.equal(mem.length, 1);
    assert.match(mem[0].message, /appointed by Castlebridge City Council/);
    assert.match(mem[0].message, /s\.116ZA\(2\)\(b\)/);
  });

  it('a district council does not count as a responsible local authority (ICS-ICP-012), and need not appoint a member', () => {
    const t = edit(PARTNERSHIP, 'Castlebridge City Council]', 'Castlebridge City Council, Eastdale District Council]');
    const all = check({ [PARTNERSHIP]: t });
    assert.equal(of(all, 'ICS-ICP-012').length, 1);
    assert.deepEqual(of(all, 'ICS-ICP-001'), []);
    assert.deepEqual(of(all, 'ICS-ICP-002'), []);
  });

  it('a place file naming an ICB that is not among the documents: ICS-SYS-003 notes it (information), ICS-SYS-002 says nothing', () => {
    const t = edit(PLACE, 'icb: nhs-northmoor-castlebridge', 'icb: nhs-southmoor');
    const all = check({ [PLACE]: t });
    assert.deepEqual(of(all, 'ICS-SYS-002'), []);
    const note = of(all, 'ICS-SYS-003');
    assert.equal(note.length, 1);
    assert.equal(note[0].severity, 'information');
    assert.match(note[0].message, /names the ICB `nhs-southmoor`, whose constitution was not checked with it/);
  });

  it("a place file naming a near miss of an ICB among the documents (a typo): ICS-SYS-002 in the place file, pointing at the ICB's id", () => {
    const t = edit(PLACE, 'icb: nhs-northmoor-castlebridge', 'icb: nhs-northmoor-castlebrige');
    const all = check({ [PLACE]: t });
    const found = of(all, 'ICS-SYS-002');
    assert.equal(found.length, 1);
    assert.equal(found[0].uri, uri(PLACE));
    assert.match(found[0].message, /nhs-northmoor-castlebridge/);
    assert.equal(found[0].related?.[0].uri, uri(CONSTITUTION));
    assert.equal(found[0].fixes?.[0].safe, false);
    assert.equal(found[0].fixes?.[0].edits[0].newText, 'nhs-northmoor-castlebridge');
    assert.deepEqual(of(all, 'ICS-SYS-003'), []);
  });

  it('a place file with a council outside the ICB area: ICS-SYS-002, naming the council and the area', () => {
    const t = edit(PLACE, 'Rivenhall District Council]', 'Rivenhall District Council, Elsewhere Borough Council]');
    const found = of(check({ [PLACE]: t }), 'ICS-SYS-002', PLACE);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /Elsewhere Borough Council/);
    assert.match(found[0].message, /s\.14Z25/);
  });

  it('a place file or partnership checked without the constitution gets one note, ICS-SYS-003 (information), and nothing else about the ICB it names', () => {
    for (const name of [PLACE, PARTNERSHIP]) {
      const alone = checkFiles([analyzeFile(uri(name), text(name))], { profile: 'strict', today: '2026-11-23' });
      const mine = alone.filter((f) => MINE.has(f.ruleId));
      assert.deepEqual(mine.map((f) => `${f.ruleId} ${f.severity}`), ['ICS-SYS-003 information'], `${name} checked alone`);
      assert.match(mine[0].message, /names the ICB `nhs-northmoor-castlebridge`, whose constitution was not checked with it/);
    }
  });

  it('a Local Healthwatch of a place left out of the strategy: ICS-ICP-006 under the law in force, not under the Health Bill 2026', () => {
    const t = edit(PARTNERSHIP, 'healthwatch: [Healthwatch Northmoor, Healthwatch Castlebridge]', 'healthwatch: [Healthwatch Northmoor]');
    const now = of(check({ [PARTNERSHIP]: t }, { framework: 'hca-2022' }), 'ICS-ICP-006');
    assert.equal(now.length, 1);
    assert.match(now[0].message, /Healthwatch Castlebridge/);
    assert.equal(now[0].related?.[0].uri, uri(CONSTITUTION));
    assert.deepEqual(of(check({ [PARTNERSHIP]: t }, { framework: 'health-bill-2026' }), 'ICS-ICP-006'), []);
    const noPublic = edit(PARTNERSHIP, '    public: true\n', '');
    assert.equal(of(check({ [PARTNERSHIP]: noPublic }, { framework: 'health-bill-2026' }), 'ICS-ICP-006').length, 1);
  });

  it('a place reporting to a committee the ICB does not have: ICS-PLACE-004 in the place file', () => {
    const t = edit(PLACE, 'reports_to: [icb-board, icp]', 'reports_to: [south-committee, icp]');
    const found = of(check({ [PLACE]: t }), 'ICS-PLACE-004', PLACE);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /south-committee/);
    assert.equal(found[0].related?.[0].uri, uri(CONSTITUTION));
  });

  it('no integrated care strategy: one finding (ICS-ICP-004), not one per strategy rule', () => {
    const t = text(PARTNERSHIP).slice(0, text(PARTNERSHIP).indexOf('strategy:'));
    const found = check({ [PARTNERSHIP]: t }).filter((f) => /^ICS-ICP-00[4-8]$|^ICS-ICP-010$/.test(f.ruleId));
    assert.deepEqual(found.map((f) => f.ruleId), ['ICS-ICP-004']);
  });
});
