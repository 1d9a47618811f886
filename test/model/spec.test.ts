import { strict as assert } from 'node:assert';
import { parseDocument, type Node } from 'yaml';
import { build, list, map, ModelMemo, type Spec } from '../../server/src/core/model/spec';
import { instrumentRoot, noteRead, rawSections, tracking, WHOLE } from '../../server/src/core/model/reads';
import { LineIndex } from '../../server/src/core/yaml/lineIndex';

/**
 * How the model is read from YAML (model/spec.ts): what a value of each kind accepts, what is
 * skipped, and where each node is (the ranges every finding points at); and how a root notes the
 * sections a rule reads (model/reads.ts), which the rule cache relies on.
 */
function built<S extends Spec>(spec: S, yaml: string, memo?: ModelMemo) {
  const doc = parseDocument(yaml);
  return build(spec, doc.contents as Node, new LineIndex(yaml), undefined, memo) as unknown;
}
const value = (spec: Spec, yaml: string) => (built(map({ v: spec }), `v: ${yaml}\n`) as { v?: { value: unknown } }).v?.value;

describe('the model builder (model/spec.ts)', () => {
  it('reads text from strings, numbers and booleans, never from null, a list or a map', () => {
    assert.equal(value('string', 'Jo'), 'Jo');
    assert.equal(value('string', '7012345'), '7012345');
    assert.equal(value('string', 'true'), 'true');
    for (const none of ['', '~', '[a]', '{a: 1}']) assert.equal(value('string', none), undefined, none);
  });

  it('reads numbers, and numbers written as text; not infinities, NaN, other text or lists', () => {
    assert.equal(value('number', '12'), 12);
    assert.equal(value('number', '-1.5'), -1.5);
    assert.equal(value('number', '"12"'), 12);
    assert.equal(value('number', '" -3.25 "'), -3.25);
    for (const none of ['"1e3"', '"12a"', '"a12"', '"1."', '"1.5.2"', '.inf', '-.inf', '.nan', '1e999', 'twelve', '[1]', '~']) assert.equal(value('number', none), undefined, none);
  });

  it('reads booleans only from booleans; `any` takes a scalar or the JSON of a node', () => {
    assert.equal(value('boolean', 'false'), false);
    assert.equal(value('boolean', '"true"'), undefined);
    assert.equal(value('boolean', '[true]'), undefined);
    assert.equal(value('any', 'x'), 'x');
    assert.deepEqual(value('any', '{title: Director}'), { title: 'Director' });
    assert.deepEqual(value('any', '[a, 1]'), ['a', 1]);
  });

  it('keeps the items of a list that fit, skips the rest; a list is not a map and a map not a list', () => {
    const m = built(map({ l: list('number'), m: map({ a: 'string' }) }), 'l: [1, x, 3]\nm: [a]\n') as { l: { items: { value: number }[] }; m?: unknown };
    assert.deepEqual(m.l.items.map((i) => i.value), [1, 3]);
    assert.equal('m' in m, false, 'a field that does not fit is absent, not undefined');
    assert.equal((built(map({ l: list('number') }), 'l: {a: 1}\n') as { l?: unknown }).l, undefined);
    assert.equal(built(map({}), '- a\n'), undefined);
    assert.equal(built(list('string'), 'a: 1\n'), undefined);
  });

  it('reads only the keys of the spec: not `loc`, not a field of Object.prototype, nor a key that is not text', () => {
    const m = built(map({ a: 'string', loc: 'string' }), 'a: x\nloc: here\ntoString: y\n__proto__: z\n? [k]\n: v\n7: seven\nb: other\n') as Record<string, unknown>;
    assert.deepEqual(Object.keys(m).sort(), ['a', 'loc']);
    assert.equal((m.loc as { range: unknown }).range !== undefined, true, 'loc is the position');
    assert.equal(Object.getPrototypeOf(m), null);
  });

  it('knows where a value, its key and its first line are', () => {
    const yaml = 'board:\n  members:\n    - id: jo\n      name: Jo\n    - [x]\n';
    const m = built(map({ board: map({ members: list(map({ id: 'string', name: 'string' })) }) }), yaml) as {
      board: { loc: { keyRange: unknown; headRange: unknown; range: unknown }; members: { items: { loc: { range: unknown; keyRange?: unknown; headRange: unknown }; id: { loc: { range: unknown; keyRange: unknown; headRange: unknown } } }[] } };
    };
    const r = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });
    assert.deepEqual(m.board.loc.keyRange, r(0, 0, 0, 5));
    assert.deepEqual(m.board.loc.headRange, r(0, 0, 0, 5), 'a value under a key: its key');
    const jo = m.board.members.items[0];
    assert.equal(m.board.members.items.length, 1, 'a list is not a member');
    assert.equal(jo.loc.keyRange, undefined);
    assert.deepEqual(jo.loc.headRange, r(2, 6, 2, 12), 'a list item map: its first key and value');
    assert.deepEqual(jo.id.loc.range, r(2, 10, 2, 12));
    assert.deepEqual(jo.id.loc.keyRange, r(2, 6, 2, 8));
    const nested = built(map({ l: list(map({ a: map({ b: 'string' }) })) }), 'l:\n  - a:\n      b: c\n') as { l: { items: { loc: { headRange: unknown } }[] } };
    assert.deepEqual(nested.l.items[0].loc.headRange, r(1, 4, 1, 5), 'its first key, when the value is not a scalar');
    const root = built(map({ a: 'string' }), 'a: x\n') as { loc: { headRange: unknown } };
    assert.deepEqual(root.loc.headRange, r(0, 0, 0, 4));
  });

  it('a memo returns the model it built for a node and spec, and moves its positions with the node', () => {
    const yaml = 'a: x\nb: {c: y}\n';
    const doc = parseDocument(yaml);
    const lines = new LineIndex(yaml);
    const memo = new ModelMemo();
    const spec = map({ a: 'string', b: map({ c: 'string' }) });
    const first = build(spec, doc.contents as Node, lines, undefined, memo) as { b: { loc: { range: { start: { line: number } }; keyRange: { start: { line: number } }; headRange: { end: { line: number } } } } };
    assert.equal(build(spec, doc.contents as Node, lines, undefined, memo), first, 'the same model');
    const other = map({ a: 'string' });
    const second = build(other, doc.contents as Node, lines, undefined, memo);
    assert.notEqual(second, first, 'another spec, another model');
    assert.equal(build(other, doc.contents as Node, lines, undefined, memo), second);
    assert.equal(build(spec, doc.contents as Node, lines, undefined, memo), first, 'both kept');
    const third = map({ c: 'string' });
    const bNode = (doc.contents as unknown as { items: { value: Node }[] }).items[1].value;
    const t = build(third, bNode, lines, undefined, memo);
    assert.equal(build(third, bNode, lines, undefined, memo), t);
    memo.moved([bNode], 3);
    assert.equal(first.b.loc.range.start.line, 4, 'every model of the node moves, under each spec');
    assert.equal((t as { loc: { range: { start: { line: number }; end: { line: number } } } }).loc.range.start.line, 4);
    memo.moved([bNode], -3);
    assert.equal((t as { loc: { range: { start: { line: number } } } }).loc.range.start.line, 1);
    assert.equal(first.b.loc.keyRange.start.line, 1, 'the key moves with it');
    const rootMoved = new ModelMemo();
    const m = build(spec, doc.contents as Node, lines, undefined, rootMoved) as { loc: { range: { start: { line: number }; end: { line: number } }; headRange: { start: { line: number }; end: { line: number } } } };
    rootMoved.moved([doc.contents as Node], 2);
    assert.deepEqual([m.loc.range.start.line, m.loc.range.end.line, m.loc.headRange.start.line, m.loc.headRange.end.line], [2, 4, 2, 2], 'each position once, even when ranges share one');
    assert.equal(build(spec, null, lines), undefined);
  });
});

describe('reads of a root\'s sections (model/reads.ts)', () => {
  it('notes each section a rule reads, the whole document for `loc`, and passes them to the tracking around it', () => {
    const model: Record<string, unknown> = { board: 1, loc: 'L' };
    instrumentRoot(model, ['board', 'committees']);
    assert.deepEqual(Object.keys(model), ['board', 'loc'], 'an absent section is not enumerable');
    const outer = tracking(() => {
      const inner = tracking(() => [model.board, model.committees]);
      assert.deepEqual(inner.result, [1, undefined]);
      assert.deepEqual([...inner.reads].sort(), ['board', 'committees']);
      return model.loc;
    });
    assert.equal(outer.result, 'L');
    assert.deepEqual([...outer.reads].sort(), [WHOLE, 'board', 'committees']);
    assert.deepEqual([...rawSections(model)!.entries()], [['board', 1], ['committees', undefined], ['loc', 'L']]);
    assert.equal(rawSections({}), undefined);
    noteRead('outside');
    assert.equal(model.board, 1, 'read outside any tracking');
    const after = tracking(() => noteRead('x'));
    assert.deepEqual([...after.reads], ['x']);
  });

  it('a tracking that throws still restores the one around it', () => {
    const outer = tracking(() => {
      assert.throws(() => tracking(() => { noteRead('a'); throw new Error('x'); }));
      noteRead('b');
    });
    assert.deepEqual([...outer.reads].sort(), ['a', 'b']);
  });
});
