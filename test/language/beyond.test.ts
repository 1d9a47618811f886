import assert from 'node:assert/strict';
import { analyzeFile, applyEdits } from '../../server/src/core';
import { completionsAt, hoverAt, renameAt } from '../../server/src/core/language';

/**
 * Issue 13 in the editor: the blocks beyond the board complete the ids they may name, hover shows
 * what each key means (from the schema), and renaming an id renames it wherever those blocks use it.
 */
const DOC = `kind: icb-constitution
version: 1.1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
    - {id: grace-mensah, name: Grace Mensah, role: executive, function: nursing}
committees:
  - {id: quality, name: Quality Committee, type: quality, chair: jane-smith, reports_to: icb-board}
  - {id: primary-care, name: Primary Care Commissioning Committee, type: primary_care, chair: jane-smith, reports_to: icb-board}
joint_working:
  arrangements:
    - {id: nhse-pc, type: delegation_to_icb, functions: [primary_medical_services], exercised_by: primary-care, reports_to: [quality]}
    - {id: east-jc, type: joint_committee, reports_to: [icb-board]}
functions_map:
  functions:
    - {function: primary_medical_services, decided_by: primary-care, delegated_from: nhse-pc, executive_lead: grace-mensah}
    - {function: quality_assurance, decided_by: quality}
officers:
  safeguarding_executive_lead: {holder: grace-mensah}
places:
  - id: example-city
    name: Example City
    joint_committee: {arrangement: east-jc}
`;

/** The document with the cursor (`|`) where `search` was, replaced by `replacement`. */
function at(search?: string, replacement?: string) {
  const withCursor = search ? DOC.replace(search, replacement!) : DOC;
  const offset = withCursor.indexOf('|');
  const clean = offset < 0 ? withCursor : withCursor.slice(0, offset) + withCursor.slice(offset + 1);
  const file = analyzeFile('file:///w/c.yaml', clean);
  return { file, position: file.lines.positionAt(Math.max(offset, 0)) };
}
const labels = (search: string, replacement: string) => {
  const { file, position } = at(search, replacement);
  return completionsAt(file, position, { files: [file] }).map((s) => s.label);
};

describe('language: beyond the board (issue 13)', () => {
  it('completes a decision-maker with the board, the committees, the arrangements and the members', () => {
    const got = labels('decided_by: quality}', 'decided_by: |}');
    for (const id of ['icb-board', 'quality', 'primary-care', 'nhse-pc', 'east-jc', 'jane-smith', 'grace-mensah']) assert.ok(got.includes(id), `${id} offered: ${got.join(', ')}`);
  });

  it('completes an officer holder with board members, and a place joint committee with joint committee arrangements only', () => {
    assert.deepEqual(labels('holder: grace-mensah', 'holder: |').filter((l) => ['jane-smith', 'grace-mensah', 'quality'].includes(l)).sort(), ['grace-mensah', 'jane-smith']);
    assert.deepEqual(labels('arrangement: east-jc', 'arrangement: |'), ['east-jc']);
  });

  it('hover on a new key shows its title and description from the schema', () => {
    const file = at().file;
    const offset = file.text.indexOf('joint_working');
    const hover = hoverAt(file, file.lines.positionAt(offset + 2), [], { files: [file] });
    assert.match(hover?.markdown ?? '', /Delegation and joint working/);
    assert.match(hover?.markdown ?? '', /65Z5/);
  });

  it('renaming a committee, an arrangement or a member renames it in the blocks beyond the board', () => {
    const { file } = at();
    const rename = (id: string, to: string, nth = 0) => {
      let offset = -1;
      for (let i = 0; i <= nth; i++) offset = file.text.indexOf(`id: ${id}`, offset + 1);
      const r = renameAt(file, file.lines.positionAt(offset + 5), to, { files: [file] });
      assert.ok(r && 'changes' in r, `rename ${id}`);
      return applyEdits(file.text, file.lines, r.changes['file:///w/c.yaml']);
    };
    const committee = rename('primary-care', 'pccc');
    assert.equal((committee.match(/\bpccc\b/g) ?? []).length, 3, committee);
    const arrangement = rename('nhse-pc', 'nhse-primary-care');
    assert.match(arrangement, /delegated_from: nhse-primary-care/);
    const jc = rename('east-jc', 'east-joint-committee');
    assert.match(jc, /arrangement: east-joint-committee/);
    const member = rename('grace-mensah', 'chief-nurse');
    assert.match(member, /holder: chief-nurse/);
    assert.match(member, /executive_lead: chief-nurse/);
  });

  it('an arrangement may not take a committee\'s id: committees and arrangements share one id space', () => {
    const { file } = at();
    const offset = file.text.indexOf('id: east-jc');
    const r = renameAt(file, file.lines.positionAt(offset + 5), 'quality', { files: [file] });
    assert.ok(r && 'error' in r, 'refused');
    assert.match(r.error, /already a committee/);
  });
});
