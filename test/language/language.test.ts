import assert from 'node:assert/strict';
import { analyzeFile, applyEdits, checkText } from '../../server/src/core';
import {
  COMMITTEE_SNIPPET,
  MEMBER_SNIPPETS,
  NEW_DOCUMENT_SNIPPETS,
  PLACE_SNIPPET,
  completionContextAt,
  completionsAt,
  expandSnippet,
  foldingRanges,
  hoverAt,
  minimalEdit,
  suppressionEdit,
  renameAt,
} from '../../server/src/core/language';
import { LineIndex } from '../../server/src/core/yaml/lineIndex';
import { CONSTITUTION, positionOf } from '../lsp/fixtures';

/** Text with `|` marking the cursor → the analysed file and the position. */
function cursor(textWithBar: string) {
  const at = textWithBar.indexOf('|');
  const text = textWithBar.slice(0, at) + textWithBar.slice(at + 1);
  const file = analyzeFile('file:///w/c.yaml', text);
  return { file, position: file.lines.positionAt(at), text };
}

const schemaFindings = (text: string) => checkText('file:///w/x.yaml', text).filter((f) => f.ruleId === 'schema' || f.ruleId === 'yaml-syntax');

describe('language: snippets', () => {
  it('every new-document snippet, with its defaults, is a valid document of its kind', () => {
    for (const s of NEW_DOCUMENT_SNIPPETS) {
      const text = expandSnippet(s.body);
      assert.deepEqual(schemaFindings(text).map((f) => f.message), [], s.label);
      assert.ok(analyzeFile('file:///w/x.yaml', text).ours, s.label);
    }
  });

  it('every board member, committee and place snippet, inserted by completion, leaves the constitution valid', () => {
    const cases = [
      // The seat holder's snippet needs a constitution with seats: test/language/seats.test.ts.
      ...MEMBER_SNIPPETS.filter((s) => !/seat/.test(s.label)).map((s) => ({ s, text: CONSTITUTION.replace('  deputy_chair', '    |\n  deputy_chair') })),
      { s: COMMITTEE_SNIPPET, text: CONSTITUTION.replace('places:', '  |\nplaces:') },
      { s: PLACE_SNIPPET, text: CONSTITUTION.replace('clinical_and_care_professional_leadership:', '  |\nclinical_and_care_professional_leadership:') },
    ];
    for (const { s, text } of cases) {
      const { file, position } = cursor(text);
      const item = completionsAt(file, position, { files: [file] }).find((c) => c.label === s.label);
      assert.ok(item, `${s.label} offered`);
      const inserted = applyEdits(file.text, file.lines, [{ range: item.range, newText: expandSnippet(item.insertText) }]);
      assert.deepEqual(schemaFindings(inserted).map((f) => `${f.range.start.line}: ${f.message}`), [], `${s.label}:\n${inserted}`);
    }
  });
});

describe('language: where the cursor is, while typing', () => {
  it('a list written at its key’s own indentation', () => {
    const { file, position } = cursor('kind: icb-constitution\nversion: 1\nboard:\n  members:\n  - id: a\n    role: |\n');
    assert.deepEqual(completionContextAt(file.text, file.lines, position).path, ['board', 'members', '[]', 'role']);
  });

  it('a key in a half-written member (the line does not parse yet)', () => {
    const { file, position } = cursor('kind: icb-constitution\nversion: 1\nboard:\n  members:\n    - id: a\n      name: A\n      ro|\n');
    const ctx = completionContextAt(file.text, file.lines, position);
    assert.deepEqual([ctx.path, ctx.at, ctx.prefix, ctx.siblings.sort()], [['board', 'members', '[]'], 'key', 'ro', ['id', 'name']]);
    const labels = completionsAt(file, position, { files: [file] }).map((c) => c.label);
    assert.ok(labels.includes('role'));
  });

  it('a value inside a flow map on a list item', () => {
    const { file, position } = cursor('kind: icb-constitution\nversion: 1\nboard:\n  members:\n    - {id: a, role: ex|}\n');
    const ctx = completionContextAt(file.text, file.lines, position);
    assert.deepEqual([ctx.path, ctx.at, ctx.prefix], [['board', 'members', '[]', 'role'], 'value', 'ex']);
  });

  it('a second document of a stream is read on its own', () => {
    const { file, position } = cursor('kind: integrated-care-partnership\nversion: 1\nicb: x\n---\nkind: icb-constitution\nversion: 1\nboard:\n  decision_making: |\n');
    const labels = completionsAt(file, position, { files: [file] }).map((c) => c.label);
    assert.deepEqual(labels, ['consensus', 'majority_vote']);
  });
});

describe('language: edits', () => {
  it('suppressing a second rule on a line adds it to the directive already there', () => {
    const text = 'board:\n  # ics-check-disable-next-line ICS-NED-001 -- recruiting\n  members: []\n';
    const lines = new LineIndex(text);
    const edit = suppressionEdit(text, lines, 2, 'ICS-BOARD-001');
    assert.equal(applyEdits(text, lines, [edit]), 'board:\n  # ics-check-disable-next-line ICS-NED-001, ICS-BOARD-001 -- recruiting\n  members: []\n');
  });

  it('keeps Windows line endings when it inserts a directive', () => {
    const text = 'board:\r\n  members: []\r\n';
    const lines = new LineIndex(text);
    assert.equal(applyEdits(text, lines, [suppressionEdit(text, lines, 1, 'ICS-BOARD-001')]), 'board:\r\n  # ics-check-disable-next-line ICS-BOARD-001 -- TODO: reason\r\n  members: []\r\n');
  });

  it('a whole-file fix becomes one edit of the span that changed', () => {
    const before = 'a: 1\nb: 2\nc: 3\n';
    const lines = new LineIndex(before);
    const edit = minimalEdit(before, lines, 'a: 1\nb: 20\nc: 3\n')!;
    assert.deepEqual(edit, { range: { start: { line: 1, character: 4 }, end: { line: 1, character: 4 } }, newText: '0' });
  });

  it('renaming keeps quotes around a quoted id', () => {
    const text = CONSTITUTION.replace('deputy_chair: lay-1', 'deputy_chair: "lay-1"');
    const file = analyzeFile('file:///w/c.yaml', text);
    const r = renameAt(file, positionOf(text, '"lay-1"', 0, 2), 'pat-lee', { files: [file] });
    assert.ok(r && 'changes' in r);
    assert.equal(applyEdits(text, file.lines, r.changes['file:///w/c.yaml']), CONSTITUTION.replace(/\blay-1\b/g, 'pat-lee').replace('deputy_chair: pat-lee', 'deputy_chair: "pat-lee"'));
  });
});

describe('language: drafts that do not parse', () => {
  it('folding still works on the parts that parse, and hover on a key still answers', () => {
    const text = CONSTITUTION.replace('  quorum:\n    minimum_members: 3\n', '  quorum: [\n');
    const file = analyzeFile('file:///w/c.yaml', text);
    assert.ok(file.documents[0].broken);
    assert.ok(foldingRanges(file).length > 0);
    const hover = hoverAt(file, positionOf(text, 'deputy_chair', 0, 2), [], { files: [file] });
    assert.match(hover?.markdown ?? '', /deputy chair/i);
  });
});
