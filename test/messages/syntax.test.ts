import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeFile, applyEdits, checkText, type Finding } from '../../server/src/core';
import { diagnoseSyntax } from '../../server/src/core/yaml/syntax';

/**
 * YAML slips in plain words: each slip gives one finding, on the line of the slip, saying what
 * probably happened and how to put it right, with the repair as a fix — and none of the errors the
 * parser reports after it.
 */
const ROOT = path.resolve(__dirname, '../..');
const VALID = fs.readFileSync(path.join(ROOT, 'samples/valid/constitution.yaml'), 'utf8');

const syntax = (text: string): Finding[] => checkText('file:///w/c.yaml', text).filter((f) => f.ruleId === 'yaml-syntax');

/** The text with its one-line slip replaced. */
function slip(from: string, to: string): string {
  assert.ok(VALID.includes(from), `the sample has ${JSON.stringify(from)}`);
  return VALID.replace(from, to);
}

/** Applies the finding's fix and checks the text then reads as YAML again. */
function repaired(text: string, f: Finding): string {
  assert.ok(f.fixes && f.fixes.length === 1, 'the finding offers the repair');
  const out = applyEdits(text, analyzeFile('file:///w/c.yaml', text).lines, f.fixes[0].edits);
  assert.deepEqual(syntax(out).map((x) => x.message), [], 'the repair makes the file readable');
  return out;
}

describe('YAML syntax errors in plain words', () => {
  it('an unquoted colon in free text: one finding, "put the text in quotes", on the value', () => {
    const text = slip('      title: Chief Executive\n', '      title: Chief Executive: Accountable Officer\n');
    const found = syntax(text);
    assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
    assert.equal(
      found[0].message,
      'The text after `title:` contains a colon followed by a space (“Executive: Accountable”), which YAML reads as the start of another key. Put the text in quotes: `title: "Chief Executive: Accountable Officer"`.',
    );
    const line = text.split('\n').findIndex((l) => l.includes('Accountable Officer'));
    assert.equal(found[0].range.start.line, line);
    assert.match(repaired(text, found[0]), /title: "Chief Executive: Accountable Officer"/);
  });

  it('an unquoted colon inside { }: the same advice', () => {
    const text = slip('{id: dph-northmoor, name: "Director of Public Health, Northmoor County Council"', '{id: dph-northmoor, name: Director: Public Health');
    const found = syntax(text);
    assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
    assert.match(found[0].message, /^The text after `name:` contains a colon followed by a space .*Put the text in quotes: `name: "Director: Public Health"`\.$/);
    repaired(text, found[0]);
  });

  it('a tab: one finding (the parser gives seven), replace it with the right number of spaces', () => {
    const text = slip('      role: chair\n', '\t    role: chair\n');
    const found = syntax(text);
    assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.startsWith('\t'));
    const above = /^\s*(?:- )?([a-z_]+):/.exec(lines[line - 1])![1];
    assert.equal(found[0].message, `Line ${line + 1} is indented with a tab. YAML allows only spaces for indentation: replace the tab with 6 spaces, to line up with \`${above}:\` on line ${line}.`);
    assert.equal(found[0].range.start.line, line);
    assert.equal(repaired(text, found[0]), VALID);
  });

  it('a three-space indent among two-space keys: one finding, line it up', () => {
    const text = 'kind: icb-constitution\nversion: 1\nicb:\n  id: nhs-example\n   name: NHS Example Integrated Care Board\n';
    const found = syntax(text);
    assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
    assert.equal(found[0].message, 'Line 5 is indented by 3 spaces, which does not match the lines around it. Indent it by 2 spaces so that it lines up with `id:` on line 4.');
    assert.equal(found[0].range.start.line, 4);
    assert.equal(repaired(text, found[0]), text.replace('   name', '  name'));
  });

  it('a key indented one space short inside a list item: one finding, not a cascade', () => {
    const text = slip('      title: Chief Executive\n', '     title: Chief Executive\n');
    const found = syntax(text);
    assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
    assert.match(found[0].message, /is indented by 5 spaces, which does not match the lines around it\. Indent it by 6 spaces so that it lines up with `[a-z_]+:` on line \d+\.$/);
    assert.equal(repaired(text, found[0]), VALID);
  });

  it('a duplicate key: one finding naming the first one', () => {
    const text = 'kind: icb-constitution\nversion: 1\nicb:\n  id: nhs-example\n  name: NHS Example Integrated Care Board\n  id: nhs-other\n';
    const found = syntax(text);
    assert.equal(found.length, 1);
    assert.equal(found[0].message, '`id` is given twice in the same place (first on line 4). A key can appear only once in a block: delete one of them, or merge what they say into one.');
    assert.deepEqual(found[0].range, { start: { line: 5, character: 2 }, end: { line: 5, character: 4 } });
  });

  it('a bracket or quotation mark left open: close it', () => {
    const bracket = slip('register_part: RNA}', 'register_part: RNA');
    const b = syntax(bracket);
    assert.equal(b.length, 1);
    assert.match(b[0].message, /^The `\{` on line \d+ is never closed: add `\}` at the end of the line\.$/);
    assert.equal(repaired(bracket, b[0]), VALID);
    const quote = 'kind: icb-constitution\nversion: 1\nicb:\n  id: nhs-example\n  name: "NHS Example Integrated Care Board\n';
    const q = syntax(quote);
    assert.equal(q.length, 1);
    assert.match(q[0].message, /^The quotation mark \(“?"”?\) that opens the text on line 5 is never closed/);
    repaired(quote, q[0]);
  });

  it('merge-conflict markers and a stray character: what they are, on their line', () => {
    const merged = VALID.replace(/^version: (.*)\n/m, '<<<<<<< HEAD\nversion: $1\n=======\nversion: 2\n>>>>>>> theirs\n');
    const m = syntax(merged);
    assert.equal(m.length, 1, m.map((f) => f.message).join('\n'));
    assert.match(m[0].message, /^Lines \d+–\d+ are a merge conflict left in the file .* keep the version you want, and delete the other and the three marker lines\.$/);
    const stray = syntax('x' + VALID);
    assert.equal(stray.length, 1);
    assert.equal(stray[0].range.start.line, 0);
    assert.match(stray[0].message, /^Line 1 \(“x# Constitution of NHS.*…”\) is not a key, a list item or a comment, so YAML cannot read the file from there\. If it is a stray character, delete it; if it is a note, start it with `# `\.$/);
  });

  it('several slips in one file: one finding each, in plain words', () => {
    const text = 'kind: icb-constitution\nversion: 1\nicb:\n  id: x\n   area:\n     local_authorities: []\n  name: NHS X: Y\n\tlegal_name: Z\n  id: dup\n';
    const kinds = diagnoseSyntax(text).map((s) => s.kind);
    assert.deepEqual(kinds, ['indentation', 'unquoted-colon', 'tab', 'duplicate-key']);
  });

  it('what cannot be explained is reported once, not as a cascade', () => {
    const text = 'kind: icb-constitution\nversion: 1\nicb: ]\n  id: x\n  name: y\nboard: [\n';
    const found = syntax(text);
    assert.ok(found.length >= 1 && found.length <= 2, found.map((f) => f.message).join('\n'));
    for (const f of found) assert.doesNotMatch(f.message, /compact mappings|implicit key/i);
  });

  it('a readable file has no slips, and diagnosing stays quick on a long broken file', () => {
    assert.deepEqual(diagnoseSyntax(VALID), []);
    const long = Array.from({ length: 40 }, (_, i) => VALID.replace('icb:\n', `icb:\n`).replace('      title: Chair\n', i % 2 ? '\t title: Chair\n' : '      title: Chair: x\n')).join('---\n');
    const slips = diagnoseSyntax(long);
    assert.ok(slips.length >= 1 && slips.length <= 25);
  });
});
