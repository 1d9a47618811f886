import { strict as assert } from 'node:assert';
import type { Finding, Range } from '../../server/src/core';
import { RuleResultCache, sameSection, WHOLE, type RuleRunKey, type TextChange } from '../../server/src/core/rules/cache';

/**
 * The rule cache (rules/cache.ts) as the editor relies on it between keystrokes: a rule's last
 * findings are given again only while everything it read is the same, and after an edit they are
 * where the text moved them — or recomputed when the edit touched one of them. A stale or misplaced
 * finding is what a user would see. (test/incremental.test.ts checks the whole against fresh checks
 * on random edits; this pins each decision.)
 */
const URI = 'file:///t/c.yaml';
const r = (l1: number, c1: number, l2: number, c2: number): Range => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });
const finding = (range: Range, extra: Partial<Finding> = {}): Finding => ({ uri: URI, documentIndex: 0, ruleId: 'ICS-X-001', severity: 'warning', message: 'm', range, ...extra });

const RULE = {};
const key = (over: Partial<RuleRunKey> = {}): RuleRunKey => ({ rule: RULE, severity: 'warning', framework: 'hca-2022', options: '{}', shape: 'kind,board', ...over });

function cached(findings: Finding[], sections = new Map<string, unknown>([['board', BOARD]]), k = key()): RuleResultCache {
  const cache = new RuleResultCache();
  cache.set('0|ICS-X-001', k, new Set(sections.keys()), sections, findings);
  return cache;
}
const BOARD = { items: [1, 2] };

describe('the rule cache (rules/cache.ts)', () => {
  describe('gives a rule its last findings only while what it read is the same', () => {
    it('same key and sections: the same findings, counted as re-used', () => {
      const f = [finding(r(3, 2, 3, 8))];
      const cache = cached(f);
      assert.equal(cache.get('0|ICS-X-001', key(), new Map([['board', BOARD]])), f);
      assert.equal(cache.stats.reused, 1);
      assert.equal(cache.stats.ran, 1);
      assert.equal(cache.get('0|ICS-X-002', key(), new Map([['board', BOARD]])), undefined, 'another rule');
    });

    for (const [what, over] of [
      ['another rule object', { rule: {} }],
      ['another severity', { severity: 'error' }],
      ['another framework', { framework: 'health-bill-2026' }],
      ['other options', { options: '{"profile":"statutory"}' }],
      ['another shape', { shape: 'kind,board,committees' }],
    ] as [string, Partial<RuleRunKey>][]) {
      it(`${what}: not re-used`, () => {
        const cache = cached([finding(r(3, 2, 3, 8))]);
        assert.equal(cache.get('0|ICS-X-001', key(over), new Map([['board', BOARD]])), undefined);
        assert.equal(cache.stats.reused, 0);
      });
    }

    it('a rule that read the other documents: re-used while they are the same documents, in the same order', () => {
      const a = {};
      const b = {};
      const cache = cached([finding(r(3, 2, 3, 8))], new Map([['board', BOARD]]), key({ others: [a, b] }));
      const sections = new Map([['board', BOARD]]);
      assert.ok(cache.get('0|ICS-X-001', key({ others: [a, b] }), sections));
      assert.equal(cache.get('0|ICS-X-001', key({ others: [a] }), sections), undefined, 'one fewer');
      assert.equal(cache.get('0|ICS-X-001', key({ others: [a, b, {}] }), sections), undefined, 'one more');
      assert.equal(cache.get('0|ICS-X-001', key({ others: [a, {}] }), sections), undefined, 'one changed');
      assert.equal(cache.get('0|ICS-X-001', key({ others: [b, a] }), sections), undefined, 'reordered');
      assert.equal(cache.get('0|ICS-X-001', key(), sections), undefined, 'none now');
    });

    it('a rule that did not read them: re-used whatever the other documents', () => {
      const cache = cached([finding(r(3, 2, 3, 8))]);
      assert.ok(cache.get('0|ICS-X-001', key({ others: [{}] }), new Map([['board', BOARD]])));
    });

    it('a section it read that changed: not re-used; one it did not read may change', () => {
      const cache = cached([finding(r(3, 2, 3, 8))]);
      assert.equal(cache.get('0|ICS-X-001', key(), new Map([['board', { items: [1, 3] }]])), undefined);
      assert.equal(cache.get('0|ICS-X-001', key(), new Map<string, unknown>([['board', undefined]])), undefined);
      assert.ok(cache.get('0|ICS-X-001', key(), new Map<string, unknown>([['board', BOARD], ['committees', {}]])));
    });

    it('a list rebuilt around the same items is the same section; other items, or more or fewer, are not', () => {
      assert.equal(sameSection(BOARD, { items: [1, 2] }), true);
      assert.equal(sameSection(BOARD, BOARD), true);
      assert.equal(sameSection(BOARD, { items: [1, 3] }), false);
      assert.equal(sameSection(BOARD, { items: [2, 1] }), false);
      assert.equal(sameSection(BOARD, { items: [1] }), false);
      assert.equal(sameSection({ items: [1] }, BOARD), false);
      assert.equal(sameSection(BOARD, undefined), false);
      assert.equal(sameSection({ a: 1 }, { a: 1 }), false, 'two maps are the same only if they are one');
    });

    it('a rule that read the whole document is never kept (and a result kept before is dropped)', () => {
      const sections = new Map([['board', BOARD]]);
      const cache = cached([finding(r(3, 2, 3, 8))]);
      cache.set('0|ICS-X-001', key(), new Set([WHOLE, 'board']), sections, [finding(r(4, 2, 4, 8))]);
      assert.equal(cache.get('0|ICS-X-001', key(), sections), undefined);
      assert.equal(cache.stats.ran, 2);
    });

    it('clear() forgets everything', () => {
      const cache = cached([finding(r(3, 2, 3, 8))]);
      cache.clear();
      assert.equal(cache.get('0|ICS-X-001', key(), new Map([['board', BOARD]])), undefined);
    });
  });

  describe('after an edit, findings are where the text moved them', () => {
    /** Line 2, characters 4–6 replaced by two lines of text ending at line 3, character 5. */
    const change: TextChange = { start: { line: 2, character: 4 }, oldEnd: { line: 2, character: 6 }, newEnd: { line: 3, character: 5 } };
    const after = (f: Finding, c = change): Finding | undefined => {
      const cache = cached([f]);
      cache.edited(c);
      return cache.get('0|ICS-X-001', key(), new Map([['board', BOARD]]))?.[0];
    };

    it('before the edit: unchanged (an earlier line, or earlier on the same line)', () => {
      assert.deepEqual(after(finding(r(1, 0, 1, 9)))?.range, r(1, 0, 1, 9));
      assert.deepEqual(after(finding(r(2, 0, 2, 3)))?.range, r(2, 0, 2, 3));
      assert.deepEqual(after(finding(r(0, 9, 2, 3)))?.range, r(0, 9, 2, 3));
    });

    it('after it on its last line: moved to the new end, keeping the distance', () => {
      assert.deepEqual(after(finding(r(2, 8, 2, 12)))?.range, r(3, 7, 3, 11));
      assert.deepEqual(after(finding(r(2, 7, 5, 1)))?.range, r(3, 6, 6, 1));
    });

    it('on later lines: moved by the lines added, same characters', () => {
      assert.deepEqual(after(finding(r(4, 2, 4, 10)))?.range, r(5, 2, 5, 10));
      const shorter: TextChange = { start: { line: 2, character: 0 }, oldEnd: { line: 4, character: 0 }, newEnd: { line: 2, character: 0 } };
      assert.deepEqual(after(finding(r(6, 3, 7, 1)), shorter)?.range, r(4, 3, 5, 1));
    });

    it('inside the edit, or touching it: the result is dropped, so the rule runs again', () => {
      for (const range of [r(2, 4, 2, 5), r(2, 5, 2, 9), r(1, 0, 2, 4), r(2, 6, 2, 9), r(1, 0, 2, 5)]) {
        assert.equal(after(finding(range)), undefined, JSON.stringify(range));
      }
    });

    it('around it: the start stays, the end moves', () => {
      assert.deepEqual(after(finding(r(2, 0, 3, 0)))?.range, r(2, 0, 4, 0));
    });

    it('related locations in this file move too (or drop the result); those in other files stay as they are', () => {
      const moved = after(finding(r(4, 0, 4, 1), { related: [{ message: 'here', range: r(5, 0, 5, 2) }, { message: 'there', range: r(2, 4, 2, 6), uri: 'file:///t/other.yaml' }, { message: 'mine', range: r(6, 0, 6, 2), uri: URI }] }));
      assert.deepEqual(
        moved?.related?.map((x) => [x.message, x.range]),
        [['here', r(6, 0, 6, 2)], ['there', r(2, 4, 2, 6)], ['mine', r(7, 0, 7, 2)]],
      );
      assert.equal(after(finding(r(4, 0, 4, 1), { related: [{ message: 'in the edit', range: r(2, 5, 2, 5) }] })), undefined);
      assert.equal(after(finding(r(4, 0, 4, 1), { related: [{ message: 'in the edit, this file named', range: r(2, 5, 2, 5), uri: URI }] })), undefined);
    });

    it("fixes' edits move too (or drop the result)", () => {
      const fix = (range: Range) => ({ title: 't', safe: true, edits: [{ range, newText: 'x' }] });
      const moved = after(finding(r(4, 0, 4, 1), { fixes: [fix(r(4, 2, 4, 3)), fix(r(0, 0, 0, 1))] }));
      assert.deepEqual(moved?.fixes?.map((f) => f.edits[0].range), [r(5, 2, 5, 3), r(0, 0, 0, 1)]);
      assert.equal(moved?.fixes?.[0].title, 't');
      assert.equal(after(finding(r(4, 0, 4, 1), { fixes: [fix(r(2, 5, 2, 5))] })), undefined);
    });

    it("one rule's finding in the edit drops that rule's result only", () => {
      const cache = new RuleResultCache();
      const sections = new Map([['board', BOARD]]);
      cache.set('0|ICS-X-001', key(), new Set(['board']), sections, [finding(r(8, 0, 8, 1)), finding(r(2, 5, 2, 5))]);
      cache.set('0|ICS-X-002', key(), new Set(['board']), sections, [finding(r(8, 0, 8, 1))]);
      cache.edited(change);
      assert.equal(cache.get('0|ICS-X-001', key(), sections), undefined);
      assert.deepEqual(cache.get('0|ICS-X-002', key(), sections)?.[0].range, r(9, 0, 9, 1));
    });
  });
});
