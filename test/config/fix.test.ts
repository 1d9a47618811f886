import { strict as assert } from 'node:assert';
import { analyzeFile, checkText, type Rule } from '../../server/src/core';
import { fixAll } from '../../server/src/core/fix';
import { defineRule } from '../../server/src/core/rules/framework';
import realBoardRule from '../../server/src/core/rules/statutory/ics-board-001';
import { membersWithRole } from '../../server/src/core/model/query';

/** A test rule (so these tests do not depend on the catalogue's choices): no chair → a safe fix adding one. */
const boardHasChair: Rule = defineRule({
  meta: { ...realBoardRule.meta, id: 'ICS-BOARD-001' },
  check(ctx) {
    if (membersWithRole(ctx.icb!, 'chair').length > 0) return;
    const edit = ctx.editor.addAtPath(['board', 'members'], [{ id: 'chair', name: 'TODO', role: 'chair' }]);
    ctx.report({ message: 'The board has no chair.', at: ctx.documentAnchor, fixes: edit ? [{ title: 'Add a chair to the board (name to fill in)', safe: true, edits: [edit] }] : undefined });
  },
});

const NO_CHAIR = `# Example ICB constitution: the chair was removed in the last edit
kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}   # legal name
board:
  members:   # keep in appointment order
    - id: amir-khan
      name: Amir Khan
      role: chief_executive   # employee of the ICB
`;

/** A test rule: every `name: TODO` gets a safe fix replacing it (and an unsafe one that must not apply). */
function todoRule(safe = true): Rule {
  return defineRule({
    meta: { ...boardHasChair.meta, id: 'ICS-TEST-001', slug: 'no-todo', fixable: true },
    check(ctx) {
      ctx.file.lines.text.split('\n').forEach((line, i) => {
        const col = line.indexOf('TODO');
        if (col < 0) return;
        const range = { start: { line: i, character: col }, end: { line: i, character: col + 4 } };
        ctx.report({
          message: 'TODO left',
          at: range,
          fixes: [
            { title: 'Unsafe rewrite', safe: false, edits: [{ range, newText: 'UNSAFE' }] },
            { title: 'Fill in', safe, edits: [{ range, newText: 'Someone' }] },
          ],
        });
      });
    },
  });
}

describe('fixAll', () => {
  it('applies the safe fix, keeps every comment, and a second run changes nothing', () => {
    const result = fixAll(NO_CHAIR, 'file:///x.yaml', { rules: [boardHasChair] });
    assert.equal(result.applied.length, 1);
    assert.equal(result.applied[0].ruleId, 'ICS-BOARD-001');
    assert.equal(result.applied[0].fix.title, 'Add a chair to the board (name to fill in)');
    assert.equal(result.applied[0].pass, 1);
    assert.equal(result.passes, 2);
    for (const comment of NO_CHAIR.match(/#.*$/gm)!) assert.ok(result.text.includes(comment), `lost comment ${comment}`);
    assert.ok(result.text.startsWith(NO_CHAIR), 'only appends');
    assert.deepEqual(checkText('file:///x.yaml', result.text, { rules: [boardHasChair] }).filter((f) => f.ruleId === 'ICS-BOARD-001'), []);
    const again = fixAll(result.text, 'file:///x.yaml', { rules: [boardHasChair] });
    assert.equal(again.text, result.text);
    assert.deepEqual(again.applied, []);
    assert.equal(again.passes, 1);
  });

  it('runs again until nothing changes: a fix that creates new fixable findings is followed up', () => {
    // The chair the first fix adds is named TODO; the test rule then fills the name in, in pass 2.
    const result = fixAll(NO_CHAIR, 'file:///x.yaml', { rules: [boardHasChair, todoRule()] });
    assert.deepEqual(result.applied.map((a) => [a.ruleId, a.pass]), [['ICS-BOARD-001', 1], ['ICS-TEST-001', 2]]);
    assert.match(result.text, /name: Someone/);
    assert.doesNotMatch(result.text, /UNSAFE|TODO/);
    assert.equal(result.passes, 3);
  });

  it('never applies unsafe fixes', () => {
    const text = 'kind: icb-constitution\nversion: 1\nboard:\n  members:\n    - {id: a, name: TODO, role: chair}\n';
    const result = fixAll(text, 'file:///x.yaml', { rules: [todoRule(false)] });
    assert.equal(result.text, text);
    assert.deepEqual(result.applied, []);
  });

  it('does not apply overlapping fixes in one pass', () => {
    const overlapping = defineRule({
      meta: { ...boardHasChair.meta, id: 'ICS-TEST-002' },
      check(ctx) {
        const line = ctx.file.lines.lineText(0);
        const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: line.length } };
        const part = { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } };
        if (line.startsWith('kind')) {
          ctx.report({ message: 'a', at: whole, fixes: [{ title: 'comment', safe: true, edits: [{ range: whole, newText: '# ' + line + '\nkind: icb-constitution' }] }] });
          ctx.report({ message: 'b', at: part, fixes: [{ title: 'rename', safe: true, edits: [{ range: part, newText: 'KIND' }] }] });
        }
      },
    });
    const text = 'kind: icb-constitution\nversion: 1\n';
    const result = fixAll(text, 'file:///x.yaml', { rules: [overlapping], maxPasses: 1 });
    assert.equal(result.applied.length, 1, 'only one of two overlapping fixes applies in a pass');
  });

  it('stops when fixes undo each other', () => {
    const flip = defineRule({
      meta: { ...boardHasChair.meta, id: 'ICS-TEST-003' },
      check(ctx) {
        const lines = ctx.file.lines;
        for (let i = 0; i < lines.lineCount; i++) {
          const t = lines.lineText(i);
          const m = /# (ping|pong)$/.exec(t);
          if (!m) continue;
          const range = { start: { line: i, character: m.index + 2 }, end: { line: i, character: t.length } };
          ctx.report({ message: 'flip', at: range, fixes: [{ title: 'flip', safe: true, edits: [{ range, newText: m[1] === 'ping' ? 'pong' : 'ping' }] }] });
        }
      },
    });
    const text = 'kind: icb-constitution\nversion: 1 # ping\n';
    const result = fixAll(text, 'file:///x.yaml', { rules: [flip] });
    // the first flip applies; the second would bring back the text fixing began with, so fixing stops
    assert.equal(result.text, 'kind: icb-constitution\nversion: 1 # pong\n');
    assert.equal(result.applied.length, 1);
    assert.equal(result.passes, 2);
  });

  it('drops a pass that would break the YAML', () => {
    const breaker = defineRule({
      meta: { ...boardHasChair.meta, id: 'ICS-TEST-004' },
      check(ctx) {
        const at = { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } };
        ctx.report({ message: 'x', at, fixes: [{ title: 'break', safe: true, edits: [{ range: at, newText: 'a: [unclosed\n' }] }] });
      },
    });
    const text = 'kind: icb-constitution\nversion: 1\n';
    const result = fixAll(text, 'file:///x.yaml', { rules: [breaker] });
    assert.equal(result.text, text);
    assert.deepEqual(result.applied, []);
  });

  it('sees the other files of the system', () => {
    const other = analyzeFile('file:///other.yaml', 'kind: place-partnership\nversion: 1\nicb: nhs-example\n');
    const result = fixAll(NO_CHAIR, 'file:///x.yaml', { rules: [boardHasChair], others: [other] });
    assert.equal(result.applied.length, 1);
    assert.ok(result.applied.every((a) => a.uri === 'file:///x.yaml'));
  });
});
