import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import { AnalysisCache, analyzeFile, type AnalyzedFile } from '../server/src/core/analyze';
import { buildSystem, checkFileInSystem, checkFiles } from '../server/src/core/engine';
import { defineRule } from '../server/src/core/rules/framework';
import { ruleById } from '../server/src/core/rules';
import { generateConstitution } from '../scripts/bench/generate';

const ROOT = path.join(__dirname, '..');
const TODAY = '2026-01-15';
const samples = ['valid', 'flawed'].flatMap((dir) => fs.readdirSync(path.join(ROOT, 'samples', dir)).map((n) => fs.readFileSync(path.join(ROOT, 'samples', dir, n), 'utf8')));

/** What a typist or a paste does to a constitution, including the things that break YAML. */
const SNIPPETS = [
  '', '', 'x', 'e', ' ', '  ', '\n', '\n\n', '- ', ': ', '#', '# note\n', '"', "'", '[', ']', '{', '}', ',', '\t', '&a ', '*a', '---\n', '...\n', '%YAML 1.2\n',
  'TODO', 'chiar', 'role: chair', '  - id: new-member\n    name: New Member\n    role: non_executive\n', '\n  - id: w-x\n    name: W\n', 'extra_key: 1\n', 'board:\n', '|\n  block text\n', '\r\n',
];

type Edit =
  | { at: number; remove: number; insert: string }
  | { line: number; op: 'delete' | 'duplicate' | 'indent' | 'outdent' | 'blank' | 'comment' }
  | { line: number; typed: string; keep: number };
const anywhere = fc.record({ at: fc.nat(), remove: fc.oneof(fc.constant(0), fc.nat({ max: 3 }), fc.nat({ max: 200 })), insert: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 6 })) });
const lineOp = fc.record({ line: fc.nat(), op: fc.constantFrom('delete' as const, 'duplicate' as const, 'indent' as const, 'outdent' as const, 'blank' as const, 'comment' as const) });
/** Typing in a value: most keystrokes leave the YAML valid and change one section. */
const typing = fc.record({ line: fc.nat(), typed: fc.stringMatching(/^[a-z _-]{0,8}$/), keep: fc.nat() });
const edit: fc.Arbitrary<Edit> = fc.oneof({ arbitrary: typing, weight: 6 }, { arbitrary: lineOp, weight: 3 }, { arbitrary: anywhere, weight: 2 });

function apply(text: string, e: Edit): string {
  if ('at' in e) {
    const at = e.at % (text.length + 1);
    return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
  }
  const lines = text.split('\n');
  const i = e.line % lines.length;
  if ('typed' in e) {
    // Retype the end of a plain value (`key: value`), on this line or the next that has one.
    for (let k = 0; k < lines.length; k++) {
      const j = (i + k) % lines.length;
      const m = /^( *(- )?[a-z_]+: )([^\s[{|>"'&*#!%@`-].*)$/.exec(lines[j]);
      if (!m) continue;
      const cut = m[1].length + 1 + (e.keep % m[3].length);
      lines[j] = lines[j].slice(0, cut) + e.typed;
      break;
    }
  } else if (e.op === 'delete') lines.splice(i, 1);
  else if (e.op === 'duplicate') lines.splice(i, 0, lines[i]);
  else if (e.op === 'indent') lines[i] = '  ' + lines[i];
  else if (e.op === 'outdent') lines[i] = lines[i].replace(/^ {1,2}/, '');
  else if (e.op === 'blank') lines.splice(i, 0, '');
  else lines.splice(i, 0, `${/^ */.exec(lines[i])![0]}# a comment`);
  return lines.join('\n');
}

/** The same YAML tree: node kinds, ranges and values. */
function sameTree(a: unknown, b: unknown, at = '$'): string | undefined {
  if (a === null || a === undefined || b === null || b === undefined) return a == b ? undefined : `${at}: ${String(a)} / ${String(b)}`;
  const x = a as { constructor: unknown; range?: unknown; value?: unknown; items?: unknown[]; key?: unknown };
  const y = b as typeof x;
  if (x.constructor !== y.constructor) return `${at}: different kinds of node`;
  if (isPair(x)) return sameTree(x.key, y.key, `${at}.key`) ?? sameTree(x.value, y.value, `${at}.value`);
  if (JSON.stringify(x.range) !== JSON.stringify(y.range)) return `${at}: range ${JSON.stringify(x.range)} / ${JSON.stringify(y.range)}`;
  if (isScalar(x)) return Object.is(x.value, y.value) ? undefined : `${at}: ${String(x.value)} / ${String(y.value)}`;
  if (isMap(x) || isSeq(x)) {
    if (x.items!.length !== y.items!.length) return `${at}: ${x.items!.length} / ${y.items!.length} items`;
    for (let i = 0; i < x.items!.length; i++) {
      const d = sameTree(x.items![i], y.items![i], `${at}[${i}]`);
      if (d) return d;
    }
  }
  return undefined;
}

/** The typed models as data: values and positions, without the YAML nodes they point to. */
const modelsOf = (f: AnalyzedFile) => JSON.stringify(f.documents.map((d) => d.typed), (k, v: unknown) => (k === 'node' || k === 'pair' ? undefined : v));

function assertSameAsFresh(incremental: AnalyzedFile, text: string, cache?: AnalysisCache): void {
  const fresh = analyzeFile('file:///x/constitution.yaml', text);
  assert.equal(incremental.documents.length, fresh.documents.length);
  incremental.documents.forEach((d, i) => assert.equal(sameTree(d.yaml.contents, fresh.documents[i].yaml.contents), undefined, 'the YAML tree'));
  assert.equal(modelsOf(incremental), modelsOf(fresh), 'the models');
  // Checked as the language server checks an open file: rules whose inputs did not change give their last findings.
  const expected = checkFiles([fresh], { today: TODAY });
  assert.deepEqual(checkFileInSystem(incremental, buildSystem([incremental]), { today: TODAY }, cache?.rules), expected, 'the findings');
}

/** How many of the checked versions were parsed incrementally, re-using units of the one before. */
const tally = { incremental: 0, all: 0 };

function run(start: string, edits: Edit[]): void {
  const cache = new AnalysisCache();
  let text = start;
  assertSameAsFresh(analyzeFile('file:///x/constitution.yaml', text, {}, cache), text, cache);
  for (const e of edits) {
    text = apply(text, e);
    assertSameAsFresh(analyzeFile('file:///x/constitution.yaml', text, {}, cache), text, cache);
    tally.all++;
    if (cache.parser.stats.incremental && cache.parser.stats.kept > 0) tally.incremental++;
  }
}

describe('incremental analysis: after every edit, the same as a fresh full check', () => {
  it('random edits to the samples', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(fc.nat({ max: samples.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 8 }), (i, edits) => run(samples[i], edits)),
      { numRuns: 40 },
    );
  });

  it('random edits to a generated 1,000-line constitution', function () {
    this.timeout(120_000);
    const big = generateConstitution(1000);
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => run(big, edits)),
      { numRuns: 8 },
    );
  });

  it('most of those edits were checked incrementally (the property is not only about full parses)', () => {
    assert.ok(tally.incremental > tally.all / 3, `${tally.incremental} of ${tally.all}`);
  });

  it('after an edit in one committee, the rules that do not read the committees are not run again', () => {
    const cache = new AnalysisCache();
    const uri = 'file:///x/constitution.yaml';
    const text = samples[0];
    const first = analyzeFile(uri, text, {}, cache);
    checkFileInSystem(first, buildSystem([first]), { today: TODAY }, cache.rules);
    const ran = cache.rules.stats.ran;
    const at = text.indexOf('    type: audit');
    assert.ok(at > 0);
    const edited = text.slice(0, at) + '    type: audti' + text.slice(at + '    type: audit'.length);
    const second = analyzeFile(uri, edited, {}, cache);
    const findings = checkFileInSystem(second, buildSystem([second]), { today: TODAY }, cache.rules);
    assert.deepEqual(findings, checkFiles([analyzeFile(uri, edited)], { today: TODAY }));
    const again = cache.rules.stats.ran - ran;
    assert.ok(again > 0 && again < ran / 2, `${again} of ${ran} rules ran again`);
    assert.ok(cache.rules.stats.reused >= ran - again, `${cache.rules.stats.reused} re-used`);
  });

  it('a finding placed in a section its rule does not read is worked out again when that section changes', () => {
    // A rule that reads the board only, and asks for a key of another section: where the finding
    // sits and the YAML it shows come from `publication`, which the placement reads (rules/placement.ts).
    const rule = defineRule({
      meta: { ...ruleById('ICS-AREA-003')!.meta, id: 'ICS-TEST-001' },
      check(ctx) {
        if (ctx.icb?.board) ctx.report({ message: 'Record the address in `publication.annual_accounts`.', at: ctx.documentAnchor });
      },
    });
    const uri = 'file:///x/constitution.yaml';
    const before = 'kind: icb-constitution\nversion: 1\nicb: {id: nhs-x, name: NHS X Integrated Care Board}\nboard:\n  members: []\npublication:\n  constitution_url: https://example.org/c\n';
    const after = before.replace('  constitution_url: https://example.org/c\n', '    constitution_url: https://example.org/c\n    registers_of_interests: https://example.org/r\n');
    const cache = new AnalysisCache();
    const options = { today: TODAY, rules: [rule] };
    const first = analyzeFile(uri, before, {}, cache);
    const [f1] = checkFileInSystem(first, buildSystem([first]), options, cache.rules).filter((f) => f.ruleId === 'ICS-TEST-001');
    assert.equal(f1.message, 'Record the address in `annual_accounts`.\n\npublication:\n  annual_accounts: https://TODO');
    const second = analyzeFile(uri, after, {}, cache);
    assert.equal(cache.parser.stats.incremental, true);
    const [f2] = checkFileInSystem(second, buildSystem([second]), options, cache.rules).filter((f) => f.ruleId === 'ICS-TEST-001');
    // In the document's new indentation, on the same key: as a fresh check has it.
    assert.equal(f2.message, 'Record the address in `annual_accounts`.\n\npublication:\n    annual_accounts: https://TODO');
    assert.deepEqual([f2], checkFiles([analyzeFile(uri, after)], options).filter((f) => f.ruleId === 'ICS-TEST-001'));
  });

  it('a comment indented as a list\'s items, after its last item, belongs to the list (found by the property above)', () => {
    // The list ends after such a comment in a full parse (its node's end), though its value ends at the last item.
    const before = ['kind: icb-constitution', 'collaboratives:', '  - {name: A}', '  - {name: B}', '', '# ----', 'next: 1', ''].join('\n');
    const after = before.replace('\n# ----', '\n  # ----');
    const cache = new AnalysisCache();
    analyzeFile('file:///x/constitution.yaml', before, {}, cache);
    const edited = analyzeFile('file:///x/constitution.yaml', after, {}, cache);
    assert.equal(cache.parser.stats.incremental, true);
    assertSameAsFresh(edited, after);
    const list = (edited.documents[0].yaml.contents as { items: { value: { range: number[] } }[] }).items[1].value;
    assert.deepEqual(list.range, [after.indexOf('  - {name: A}') + 2, after.indexOf('\n\n') + 1, after.indexOf('# ----') + '# ----\n'.length]);
  });

  it('an edit inside one list item re-parses that item only; an edit that breaks the YAML is parsed in full', () => {
    const cache = new AnalysisCache();
    const text = samples[0];
    analyzeFile('file:///x/constitution.yaml', text, {}, cache);
    const at = text.indexOf('role: chair');
    const edited = text.slice(0, at) + 'role: chiar' + text.slice(at + 'role: chair'.length);
    assertSameAsFresh(analyzeFile('file:///x/constitution.yaml', edited, {}, cache), edited);
    assert.equal(cache.parser.stats.incremental, true);
    assert.equal(cache.parser.stats.parsed, 1);
    assert.ok(cache.parser.stats.kept > 10, String(cache.parser.stats.kept));
    const broken = edited.replace('role: chiar', 'role: [chiar');
    assertSameAsFresh(analyzeFile('file:///x/constitution.yaml', broken, {}, cache), broken);
    assert.equal(cache.parser.stats.incremental, false);
  });
});
