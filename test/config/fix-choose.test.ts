import { strict as assert } from 'node:assert';
import { analyzeFile, type Finding, type Fix, type Range, type Rule } from '../../server/src/core';
import { chooseFixes, fixAll } from '../../server/src/core/fix';
import { defineRule } from '../../server/src/core/rules/framework';
import realBoardRule from '../../server/src/core/rules/statutory/ics-board-001';

/**
 * What `--fix` and "Fix all" write unattended: which safe fixes of a pass are applied together
 * (never two that touch the same text, never a fix of another file), and when fixing stops.
 */
const TEXT = 'kind: icb-constitution\nversion: 1\nicb: {id: nhs-x, name: X}\nboard:\n  members:\n    - {id: a, name: TODO, role: chair}\n';
const FILE = analyzeFile('file:///x.yaml', TEXT);

function r(line: number, from: number, to = from, endLine = line): Range {
  return { start: { line, character: from }, end: { line: endLine, character: to } };
}

function finding(message: string, ...fixes: Fix[]): Finding {
  return { ruleId: 'ICS-TEST-001', severity: 'warning', message, uri: FILE.uri, range: r(0, 0), fixes };
}

function safe(...edits: [Range, string][]): Fix {
  return { title: edits.map(([, t]) => t).join('+'), safe: true, edits: edits.map(([range, newText]) => ({ range, newText })) };
}

const chosen = (findings: Finding[]) => chooseFixes(findings, FILE).map((c) => c.fix.title);

describe('fix-all: which safe fixes a pass applies (chooseFixes)', () => {
  it('in document order, by line and then by column, whatever order the rules reported them in', () => {
    assert.deepEqual(chosen([finding('c', safe([r(5, 20), 'C'])), finding('a', safe([r(1, 9), 'A'])), finding('b', safe([r(1, 2), 'B']))]), ['B', 'A', 'C']);
    assert.deepEqual(chosen([finding('late line, early column', safe([r(4, 0), 'D'])), finding('early line, late column', safe([r(3, 5), 'E']))]), ['E', 'D']);
  });

  it('the first safe fix of a finding that has edits; unsafe fixes never', () => {
    const unsafe: Fix = { title: 'unsafe', safe: false, edits: [{ range: r(1, 0), newText: 'x' }] };
    const empty: Fix = { title: 'empty', safe: true, edits: [] };
    assert.deepEqual(chosen([finding('a', unsafe, empty, safe([r(1, 0), 'first']), safe([r(2, 0), 'second']))]), ['first']);
    assert.deepEqual(chosen([finding('only unsafe', unsafe), finding('no fixes'), finding('only empty', empty)]), []);
  });

  it('one fix offered by two findings is applied once', () => {
    const same = safe([r(3, 0), 'same']);
    const result = chooseFixes([finding('a', same), finding('b', { ...same, title: 'same again' })], FILE);
    assert.deepEqual(result.map((c) => c.finding.message), ['a']);
  });

  it('a fix of three edits, two of which overlap, is not applied either', () => {
    assert.deepEqual(chosen([finding('two of three overlap', safe([r(1, 0, 5), 'x'], [r(1, 3, 8), 'y'], [r(3, 0), 'z']))]), []);
  });

  it('a later fix whose other edit ends just where a chosen fix starts is applied too', () => {
    // sorted by its first edit (line 4), it comes after the fix at line 2; its second edit ends at
    // the start of that fix: touching, not overlapping
    const lines = FILE.lines;
    const start = lines.positionAt(lines.offsetAt({ line: 2, character: 0 }));
    const before = lines.positionAt(lines.offsetAt(start) - 5);
    const first = safe([{ start, end: { line: 2, character: 4 } }, 'A']);
    const second = safe([r(4, 0), 'B'], [{ start: before, end: start }, 'C']);
    assert.deepEqual(chosen([finding('a', first), finding('b', second)]), ['A', 'B+C']);
  });

  it('a fix whose own edits overlap is never applied (its outcome would depend on the order of its edits)', () => {
    assert.deepEqual(chosen([finding('self-overlap', safe([r(1, 0, 5), 'x'], [r(1, 3, 8), 'y'])), finding('fine', safe([r(2, 0), 'ok']))]), ['ok']);
    assert.deepEqual(chosen([finding('two edits apart', safe([r(1, 0, 2), 'x'], [r(1, 4, 6), 'y']))]), ['x+y']);
  });

  it('a fix that overlaps one already chosen waits for the next pass: partly, wholly, or by inserting at the same place', () => {
    assert.deepEqual(chosen([finding('a', safe([r(5, 4, 12), 'A'])), finding('partly', safe([r(5, 10, 20), 'P']))]), ['A']);
    assert.deepEqual(chosen([finding('a', safe([r(5, 4, 20), 'A'])), finding('within', safe([r(5, 6, 8), 'W']))]), ['A']);
    assert.deepEqual(chosen([finding('a', safe([r(5, 4), 'A'])), finding('same insertion point', safe([r(5, 4), 'S']))]), ['A']);
    // one edit of a fix overlapping is enough to hold the whole fix back
    assert.deepEqual(chosen([finding('a', safe([r(5, 4, 12), 'A'])), finding('one of two', safe([r(5, 6, 7), 'X'], [r(1, 0), 'Y']))]), ['A']);
  });

  it('fixes that only touch (one ends where the next starts) are both applied', () => {
    assert.deepEqual(chosen([finding('a', safe([r(5, 4, 12), 'A'])), finding('b', safe([r(5, 12, 16), 'B']))]), ['A', 'B']);
    assert.deepEqual(chosen([finding('a', safe([r(5, 4, 12), 'A'])), finding('insert at its end', safe([r(5, 12), 'B']))]), ['A', 'B']);
    assert.deepEqual(chosen([finding('a', safe([r(5, 4, 12), 'A'])), finding('insert before it', safe([r(5, 3), 'B']))]), ['B', 'A']);
  });
});

/** A test rule: each `TODO` in a document gets a safe fix writing `Someone` over it. */
const todo: Rule = defineRule({
  meta: { ...realBoardRule.meta, id: 'ICS-TEST-001', slug: 'no-todo', fixable: true },
  check(ctx) {
    const lines = ctx.file.lines;
    for (let i = 0; i < lines.lineCount; i++) {
      const col = lines.lineText(i).indexOf('TODO');
      if (col >= 0) ctx.report({ message: 'TODO left', at: r(i, col, col + 4), fixes: [safe([r(i, col, col + 4), 'Someone'])] });
    }
  },
});

describe('fix-all: the file being fixed, and when fixing stops (fixAll)', () => {
  it('applies only the fixes of its own file, never those of the other files of the system at its offsets', () => {
    const other = analyzeFile('file:///other.yaml', 'kind: icb-constitution\nversion: 1\nicb: {id: nhs-y, name: TODO}\n');
    const result = fixAll(TEXT, FILE.uri, { rules: [todo], others: [other] });
    assert.equal(result.text, TEXT.replace('TODO', 'Someone'));
    assert.deepEqual(result.applied.map((a) => [a.uri, a.range.start.line]), [[FILE.uri, 5]]);
  });

  it('the other files are checked with it: a fix that depends on them is not offered when they settle it', () => {
    // a test rule: a constitution with no place-partnership file in its system gets a safe fix
    const needsPlace: Rule = defineRule({
      meta: { ...todo.meta, id: 'ICS-TEST-004' },
      check(ctx) {
        if (ctx.icb && ctx.system.places.length === 0 && !ctx.file.lines.text.includes('# places')) ctx.report({ message: 'no place file', at: r(0, 0), fixes: [safe([r(1, 0), '# places: none yet\n'])] });
      },
    });
    const place = analyzeFile('file:///place.yaml', 'kind: place-partnership\nversion: 1\nid: city\nicb: nhs-x\n');
    assert.equal(fixAll(TEXT, FILE.uri, { rules: [needsPlace] }).applied.length, 1, 'alone, the fix applies');
    const withPlace = fixAll(TEXT, FILE.uri, { rules: [needsPlace], others: [place] });
    assert.deepEqual(withPlace.applied, []);
    assert.equal(withPlace.text, TEXT);
  });

  it('an older copy of the same file among the others is ignored: the text being fixed wins', () => {
    const stale = analyzeFile(FILE.uri, 'kind: icb-constitution\nversion: 1\nicb: {id: nhs-x, name: TODO}\n');
    const result = fixAll(TEXT, FILE.uri, { rules: [todo], others: [stale] });
    assert.equal(result.text, TEXT.replace('TODO', 'Someone'));
    assert.equal(result.applied.length, 1);
  });

  it('stops after maxPasses, with the fixes of those passes only', () => {
    const twice = 'kind: icb-constitution\nversion: 1\nicb: {id: nhs-x, name: TODO}\n';
    // a fix that leaves another TODO for the next pass
    const chain: Rule = defineRule({
      meta: { ...todo.meta, id: 'ICS-TEST-002' },
      check(ctx) {
        const t = ctx.file.lines.text;
        const i = t.indexOf('TODO');
        if (i < 0) return;
        const p = ctx.file.lines.positionAt(i);
        const n = (t.match(/x/g) ?? []).length;
        ctx.report({ message: 'TODO', at: r(p.line, p.character, p.character + 4), fixes: [safe([r(p.line, p.character, p.character + 4), n < 3 ? 'xTODO' : 'done'])] });
      },
    });
    const one = fixAll(twice, 'file:///t.yaml', { rules: [chain], maxPasses: 1 });
    assert.equal(one.passes, 1);
    assert.deepEqual(one.applied.map((a) => a.pass), [1]);
    assert.equal(one.text, twice.replace('TODO', 'xTODO'));
    const all = fixAll(twice, 'file:///t.yaml', { rules: [chain] });
    assert.deepEqual(all.applied.map((a) => a.pass), [1, 2, 3]);
    assert.equal(all.passes, 4);
  });

  it('a file that already has a YAML error elsewhere is still fixed, as long as the fix adds none', () => {
    const text = 'kind: icb-constitution\nversion: 1\nicb: {id: nhs-x, name: TODO}\n---\nkey: [unclosed\n';
    const file = analyzeFile('file:///b.yaml', text);
    assert.equal(file.documents[1].yaml.errors.length > 0, true, 'the second document is broken');
    const result = fixAll(text, 'file:///b.yaml', { rules: [todo] });
    assert.equal(result.text, text.replace('TODO', 'Someone'));
  });
});
