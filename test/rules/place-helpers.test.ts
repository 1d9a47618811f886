import { strict as assert } from 'node:assert';
import { analyzeFile, applyEdits, checkFiles, type Finding } from '../../server/src/core';

/**
 * What the helpers the place (§7) and partnership (§8) rules share decide (rules/place/system.ts):
 * how names of councils and of the ICB are compared, which ICB a file belongs to, where a fix for
 * an inline place goes, and when a value the model could not read keeps a rule quiet. Asserted
 * through findings (rule, line, how many) and what a fix writes, not message wording.
 */
const OPTIONS = { profile: 'strict' as const, today: '2026-11-23' };

function system(files: Record<string, string>, id: string): Finding[] {
  return checkFiles(Object.entries(files).map(([name, text]) => analyzeFile(`file:///t/${name}`, text)), OPTIONS).filter((f) => f.ruleId === id);
}

function fixed(text: string, f: Finding, index = 0): string {
  const fix = f.fixes?.[index];
  assert.ok(fix, `${f.ruleId} offers no fix ${index}`);
  return applyEdits(text, analyzeFile(f.uri, text).lines, fix.edits);
}

const ICB = `kind: icb-constitution
version: 1
icb:
  id: nhs-example
  name: NHS Example Integrated Care Board
  area:
    local_authorities:
      - {name: Exampleshire County Council, type: county}
      - {name: St. Helens & District Council, type: unitary}
      - {name: Northtown District Council, type: district}
`;

const icp = (establishedBy: string[], members: string[] = ['{name: Jane Smith, appointed_by: icb, sector: icb}']) => `kind: integrated-care-partnership
version: 1
icb: nhs-example
name: Exampleshire Integrated Care Partnership
established_by: [${establishedBy.map((e) => JSON.stringify(e)).join(', ')}]
members:
${members.map((m) => `  - ${m}\n`).join('')}`;

describe('place and partnership helpers, through the rules that use them', () => {
  describe('names as people write them', () => {
    it("ICS-ICP-001: a council of the area written with another case, 'and' for '&', without stops, or with a leading 'The' is that council", () => {
      assert.deepEqual(system({ 'icb.yaml': ICB, 'icp.yaml': icp(['icb', 'Exampleshire County Council', 'St. Helens & District Council']) }, 'ICS-ICP-001'), []);
      assert.deepEqual(system({ 'icb.yaml': ICB, 'icp.yaml': icp(['icb', 'The exampleshire  county council', 'St Helens and District Council']) }, 'ICS-ICP-001'), []);
      const missing = system({ 'icb.yaml': ICB, 'icp.yaml': icp(['icb', 'Exampleshire County Council', 'St Helens Council']) }, 'ICS-ICP-001');
      assert.equal(missing.length, 2, 'St Helens Council is not St Helens & District Council: one missing, one not of the area');
    });

    it('ICS-ICP-001: the ICB is `icb`, "the ICB", "Integrated Care Board", its id, or (with its file) its name', () => {
      for (const icb of ['icb', 'The ICB', 'Integrated Care Board', 'the integrated care board', 'nhs-example']) {
        assert.deepEqual(system({ 'icp.yaml': icp([icb, 'Exampleshire County Council'], ['{name: Jane Smith, appointed_by: icb, sector: icb}', '{name: Cllr A Brown, appointed_by: Exampleshire County Council, sector: local_authority}']) }, 'ICS-ICP-001'), [], icb);
      }
      assert.equal(system({ 'icp.yaml': icp(['NHS England', 'Exampleshire County Council']) }, 'ICS-ICP-001').length, 1, 'NHS England is not the ICB');
      assert.deepEqual(system({ 'icb.yaml': ICB, 'icp.yaml': icp(['NHS Example Integrated Care Board', 'Exampleshire County Council', 'St Helens and District Council']) }, 'ICS-ICP-001'), [], 'by name, when its file is checked too');
    });

    it('ICS-ICP-002: a member appointed by nobody is not the ICB\'s member', () => {
      const f = system({ 'icp.yaml': icp(['icb', 'Exampleshire County Council'], ['{name: Jane Smith, sector: icb}', '{name: Cllr A Brown, appointed_by: Exampleshire County Council, sector: local_authority}']) }, 'ICS-ICP-002');
      assert.equal(f.length, 1);
    });
  });

  describe('which ICB a file belongs to', () => {
    const place = (icb?: string) => `kind: place-partnership\nversion: 1\n${icb ? `icb: ${icb}\n` : ''}id: example-city\nname: Example City\nlocal_authorities: [Exampleshire County Council]\n`;
    const NO_ID = 'kind: icb-constitution\nversion: 1\nicb: {name: NHS Other Integrated Care Board}\n';

    it('ICS-SYS-002: a place file without `icb:` beside one ICB with an id gets `icb:` with that id (an ICB without an id is no candidate)', () => {
      const text = place();
      const f = system({ 'icb.yaml': ICB, 'other.yaml': NO_ID, 'place.yaml': text }, 'ICS-SYS-002').filter((x) => x.uri === 'file:///t/place.yaml');
      assert.equal(f.length, 1);
      assert.equal(f[0].fixes?.[0].safe, true);
      assert.match(fixed(text, f[0]), /^icb: nhs-example$/m);
    });

    it('ICS-SYS-002: a near miss of an ICB id is reported with the id to use (an ICB without an id is never a suggestion)', () => {
      const text = place('nhs-exmaple');
      const f = system({ 'icb.yaml': ICB, 'other.yaml': NO_ID, 'place.yaml': text }, 'ICS-SYS-002').filter((x) => x.uri === 'file:///t/place.yaml');
      assert.equal(f.length, 1);
      assert.equal(f[0].range.start.line, 2);
      assert.match(fixed(text, f[0]), /^icb: nhs-example$/m);
    });

    it("ICS-SYS-002: the inline places of each of two ICBs checked together belong to their own ICB's area", () => {
      const second = `kind: icb-constitution
version: 1
icb:
  id: nhs-other
  name: NHS Other Integrated Care Board
  area:
    local_authorities: [{name: Otherton Council, type: unitary}]
places:
  - {id: otherton, name: Otherton, local_authorities: [Otherton Council]}
`;
      assert.deepEqual(system({ 'a.yaml': ICB, 'b.yaml': second }, 'ICS-SYS-002'), []);
      assert.deepEqual(system({ 'b.yaml': second, 'a.yaml': ICB }, 'ICS-SYS-002'), []);
      const wrong = system({ 'a.yaml': ICB, 'b.yaml': second.replace('local_authorities: [Otherton Council]}', 'local_authorities: [Exampleshire County Council]}') }, 'ICS-SYS-002');
      assert.equal(wrong.length, 1);
      assert.equal(wrong[0].uri, 'file:///t/b.yaml');
    });
  });

  describe('inline places', () => {
    it('a fix for a place goes into that place, even after a list item the model could not read', () => {
      const text = `${ICB}places:\n  - just a name\n  - id: second\n    name: Second Place\n    local_authorities: [Exampleshire County Council]\n`;
      const f = system({ 'icb.yaml': text }, 'ICS-PLACE-002');
      assert.equal(f.length, 1);
      assert.equal(f[0].range.start.line, 12);
      const out = fixed(text, f[0]);
      assert.match(out, /\n {2}- just a name\n {2}- id: second\n {4}name: Second Place\n {4}local_authorities: \[Exampleshire County Council\]\n {4}governance_model:/);
    });

    it('blank entries of a list are no entries (ICS-PLACE-001: a place whose councils are all blank has no footprint)', () => {
      const text = (councils: string) => `${ICB}places:\n  - {id: p, name: P, local_authorities: [${councils}], functions: [x], agreed_by: [icb, Exampleshire County Council]}\n`;
      assert.equal(system({ 'icb.yaml': text('"  ", ""') }, 'ICS-PLACE-001').length, 1);
      assert.deepEqual(system({ 'icb.yaml': text('" Exampleshire County Council "') }, 'ICS-PLACE-001'), []);
    });

    it('ICS-PLACE-002: a governance model the model could not read (one value where a list belongs) is left to the schema', () => {
      const text = (model: string) => `${ICB}places:\n  - {id: p, name: P, local_authorities: [Exampleshire County Council], governance_model: ${model}}\n`;
      assert.deepEqual(system({ 'icb.yaml': text('icb_committee') }, 'ICS-PLACE-002'), []);
    });

    it('ICS-PLACE-002: one that is empty, or a list of blanks, is reported', () => {
      const text = (model: string) => `${ICB}places:\n  - {id: p, name: P, local_authorities: [Exampleshire County Council], governance_model: ${model}}\n`;
      for (const empty of ['""', '[]', 'null', '["", "  "]']) assert.equal(system({ 'icb.yaml': text(empty) }, 'ICS-PLACE-002').length, 1, empty);
    });
  });
});
