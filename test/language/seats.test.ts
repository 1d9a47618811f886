import assert from 'node:assert/strict';
import { analyzeFile, applyEdits, checkText } from '../../server/src/core';
import {
  COMMITTEE_CHAIR_RULE_SNIPPET,
  MEMBER_SNIPPETS,
  SEAT_SNIPPETS,
  completionsAt,
  definitionAt,
  expandSnippet,
  hoverAt,
  inlayHints,
  outline,
  renameAt,
} from '../../server/src/core/language';
import { positionOf } from '../lsp/fixtures';

/** The editor knows format 1.1: seats, chair rules, participants, documents by relation. */
const DOC = `kind: icb-constitution
version: 1.1
icb: {id: nhs-example, name: NHS Example ICB}
board:
  seats:
    - id: chair
      title: Chair
      role: chair
      appointment: {by: nhs_england, approved_by: secretary_of_state}
    - {id: ned, title: Non-executive Member, role: non_executive, min: 2, voting: true}
    - {id: cfo, title: Chief Finance Officer, role: executive, function: finance}
  members:
    - {id: jane-smith, name: Jane Smith, seat: chair}
    - {id: pat-lee, name: Pat Lee, seat: ned}
  quorum: {minimum_members: 2}
  deputy_chair: pat-lee
committees:
  - id: audit
    name: Audit Committee
    type: audit
    chair: ned
    members: [ned, cfo]
    participants:
      - {member: cfo}
  - id: remuneration
    name: Remuneration Committee
    type: remuneration
    chair_rule: {role: non_executive, excluding: [board_chair, audit_chair], seat: ned}
places:
  - {id: city, name: City, icb_committee: audit}
documents:
  standing_orders: {relation: governance_handbook}
`;

function cursor(textWithBar: string) {
  const at = textWithBar.indexOf('|');
  const text = textWithBar.slice(0, at) + textWithBar.slice(at + 1);
  const file = analyzeFile('file:///w/c.yaml', text);
  return { file, position: file.lines.positionAt(at), text };
}
const schemaFindings = (text: string) => checkText('file:///w/x.yaml', text).filter((f) => f.ruleId === 'schema' || f.ruleId === 'yaml-syntax');

describe('language: format 1.1 (seats)', () => {
  it('the 1.1 example document is valid', () => {
    assert.deepEqual(schemaFindings(DOC).map((f) => f.message), []);
  });

  it('seat, seat-holder and chair-rule snippets, inserted by completion, leave the constitution valid', () => {
    const cases = [
      ...SEAT_SNIPPETS.map((s) => ({ s, text: DOC.replace('  members:\n', '    |\n  members:\n') })),
      { s: MEMBER_SNIPPETS.find((m) => m.label === 'Board member: holder of a seat')!, text: DOC.replace('  quorum:', '    |\n  quorum:').replace('- {id: cfo,', '- {id: seat-id, role: other}\n    - {id: cfo,') },
      { s: COMMITTEE_CHAIR_RULE_SNIPPET, text: DOC.replace('places:', '  |\nplaces:') },
    ];
    for (const { s, text } of cases) {
      const { file, position } = cursor(text);
      const item = completionsAt(file, position, { files: [file] }).find((c) => c.label === s.label);
      assert.ok(item, `${s.label} offered`);
      const inserted = applyEdits(file.text, file.lines, [{ range: item.range, newText: expandSnippet(item.insertText) }]);
      assert.deepEqual(schemaFindings(inserted).map((f) => `${f.range.start.line}: ${f.message}`), [], `${s.label}:\n${inserted}`);
    }
  });

  it('completes a seat’s keys, `seat:` with seat ids, and a chair with members and seats', () => {
    let c = cursor(DOC.replace('    - {id: cfo, title: Chief Finance Officer, role: executive, function: finance}', '    - id: cfo\n      |'));
    const keys = completionsAt(c.file, c.position, { files: [c.file] }).map((x) => x.label);
    for (const k of ['count', 'min', 'max', 'eligibility', 'voting', 'appointment']) assert.ok(keys.includes(k), `${k} offered`);
    c = cursor(DOC.replace('seat: ned}', 'seat: |}'));
    assert.deepEqual(completionsAt(c.file, c.position, { files: [c.file] }).map((x) => x.label), ['chair', 'ned', 'cfo']);
    c = cursor(DOC.replace('chair: ned', 'chair: |'));
    const refs = completionsAt(c.file, c.position, { files: [c.file] });
    assert.deepEqual(refs.map((x) => x.label), ['jane-smith', 'pat-lee', 'chair', 'ned', 'cfo']);
    assert.match(refs.find((x) => x.label === 'jane-smith')!.detail ?? '', /Jane Smith — chair/);
    assert.match(refs.find((x) => x.label === 'ned')!.detail ?? '', /Non-executive Member — non-executive member seat/);
  });

  it('completes a place’s governing committee and a shared board’s ICBs', () => {
    let c = cursor(DOC.replace('icb_committee: audit', 'icb_committee: |'));
    assert.deepEqual(completionsAt(c.file, c.position, { files: [c.file] }).map((x) => x.label), ['audit', 'remuneration']);
    c = cursor(DOC.replace('  quorum:', '  shared_with: [|]\n  quorum:'));
    const other = analyzeFile('file:///w/b.yaml', 'kind: icb-constitution\nversion: 1.1\nicb: {id: nhs-other, name: NHS Other ICB}\n');
    assert.deepEqual(completionsAt(c.file, c.position, { files: [c.file, other] }).map((x) => x.label), ['nhs-other']);
  });

  it('hovers a seat id with the seat’s card, and a member with their seat', () => {
    const file = analyzeFile('file:///w/c.yaml', DOC);
    const seat = hoverAt(file, positionOf(DOC, 'chair: ned', 0, 8), [], { files: [file] })?.markdown ?? '';
    assert.match(seat, /\*\*Non-executive Member\*\* — non-executive member seat · at least 2/);
    assert.match(seat, /Held by Pat Lee \(pat-lee\)/);
    const member = hoverAt(file, positionOf(DOC, 'deputy_chair: pat-lee', 0, 16), [], { files: [file] })?.markdown ?? '';
    assert.match(member, /\*\*Pat Lee\*\* — non-executive member/);
    assert.match(member, /Seat: Non-executive Member \(`ned`\)/);
    const relation = hoverAt(file, positionOf(DOC, 'governance_handbook}', 0, 3), [], { files: [file] })?.markdown ?? '';
    assert.match(relation, /governance handbook/);
    const key = hoverAt(file, positionOf(DOC, 'chair_rule', 0, 3), [], { files: [file] })?.markdown ?? '';
    assert.match(key, /Chair fixed by a rule/);
  });

  it('goes to a seat’s definition from `seat:`, a chair and a chair rule, and renames it everywhere', () => {
    const file = analyzeFile('file:///w/c.yaml', DOC);
    const defLine = positionOf(DOC, '{id: ned,', 0, 5).line;
    for (const at of [positionOf(DOC, 'seat: ned', 0, 7), positionOf(DOC, 'chair: ned', 0, 8), positionOf(DOC, 'seat: ned}', 1, 7)]) {
      assert.deepEqual(definitionAt(file, at, { files: [file] }).map((l) => l.range.start.line), [defLine]);
    }
    const r = renameAt(file, positionOf(DOC, 'seat: ned', 0, 7), 'non-executive', { files: [file] });
    assert.ok(r && 'changes' in r);
    const renamed = applyEdits(DOC, file.lines, r.changes['file:///w/c.yaml']);
    assert.equal(renamed, DOC.replace(/\bned\b/g, 'non-executive'));
    const clash = renameAt(file, positionOf(DOC, 'seat: ned', 0, 7), 'pat-lee', { files: [file] });
    assert.deepEqual(clash, { error: 'There is already a board member with the id `pat-lee`; choose another.' });
  });

  it('the outline lists the seats with their holders, and members under their seat’s role', () => {
    const file = analyzeFile('file:///w/c.yaml', DOC);
    const board = outline(file)[0].children.find((s) => s.name === 'Board')!;
    assert.equal(board.detail, '3 seats, 2 members');
    assert.deepEqual(board.children.map((g) => `${g.name}: ${g.children.map((c) => c.name).join(', ')}`), ['Seats: Chair, Non-executive Member, Chief Finance Officer', 'Chair: Jane Smith', 'Non-executive members: Pat Lee']);
    assert.equal(board.children[0].children[2].detail, 'executive member (finance) · with no holder named · cfo');
  });

  it('inlay hints name a seat after its id, and the quorum says whose vote it assumed', () => {
    const file = analyzeFile('file:///w/c.yaml', DOC);
    const hints = inlayHints(file, { files: [file] });
    const at = (needle: string) => hints.filter((h) => h.position.line === positionOf(DOC, needle, 0).line).map((h) => h.label);
    assert.deepEqual(at('chair: ned'), ['Non-executive Member, held by Pat Lee (pat-lee)']);
    const quorum = hints.find((h) => h.label.startsWith('of '));
    assert.equal(quorum?.label, 'of 4 voting board members (50%)');
    assert.match(quorum?.tooltip ?? '', /2 of them counted as voting though the constitution does not say whether they vote/);
  });
});
