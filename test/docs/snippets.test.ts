import { strict as assert } from 'node:assert';
import { isMap, isSeq, parseDocument, type YAMLSeq } from 'yaml';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeFile, applyEdits, checkFiles, FRAMEWORKS, PROFILES, type Finding } from '../../server/src/core';
import { COMMITTEE_CHAIR_RULE_SNIPPET, COMMITTEE_SNIPPET, MEMBER_SNIPPETS, NEW_DOCUMENT_SNIPPETS, PLACE_SNIPPET, SEAT_SNIPPETS, completionsAt, expandSnippet, type Snippet } from '../../server/src/core/language';

/**
 * Every snippet the editor offers is a test, as the documentation's examples are: a new document is
 * clean of all but the placeholders it leaves to fill in; an entry (a member, a seat, a committee, a
 * place), inserted by completion where it goes, gets no finding of its own but its placeholders.
 */
const ROOT = path.resolve(__dirname, '../..');
const V1 = fs.readFileSync(path.join(ROOT, 'test/fixtures/v1-samples/valid/constitution.yaml'), 'utf8');
const SEATS = fs.readFileSync(path.join(ROOT, 'samples/valid/constitution.yaml'), 'utf8');
const TODAY = '2026-11-23';

const check = (files: { name: string; text: string }[], profile: (typeof PROFILES)[number] = 'recommended', framework: (typeof FRAMEWORKS)[number] = 'hca-2022'): Finding[] =>
  checkFiles(files.map((f) => analyzeFile(`file:///snippets/${f.name}`, f.text)), { profile, framework, today: TODAY });
const show = (fs_: Finding[]) => fs_.map((f) => `${f.uri.split('/').pop()}:${f.range.start.line + 1} ${f.ruleId}: ${f.message.split('\n')[0]}`);

/** Inserts a snippet by completion at the `|` in `text`; returns the new text and the lines it took. */
function insert(snippet: Snippet, textWithBar: string): { text: string; from: number; to: number } {
  const at = textWithBar.indexOf('|');
  const text = textWithBar.slice(0, at) + textWithBar.slice(at + 1);
  const file = analyzeFile('file:///snippets/c.yaml', text);
  const position = file.lines.positionAt(at);
  const item = completionsAt(file, position, { files: [file] }).find((c) => c.label === snippet.label);
  assert.ok(item, `${snippet.label} is offered there`);
  const newText = expandSnippet(item.insertText);
  const out = applyEdits(file.text, file.lines, [{ range: item.range, newText }]);
  return { text: out, from: position.line, to: position.line + newText.split('\n').length - 1 };
}

/** The line before which a list's new entry goes: the line after the list's last line. */
function atEndOf(text: string, key: string, indent: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l === key);
  assert.ok(start >= 0, `the sample has ${key}`);
  let end = start + 1;
  while (end < lines.length && (lines[end].trim() === '' || lines[end].startsWith(indent + ' ') || lines[end].startsWith(indent + '-') || lines[end].startsWith(indent + '#'))) end++;
  while (lines[end - 1].trim() === '') end--;
  return [...lines.slice(0, end), indent + '|', ...lines.slice(end)].join('\n');
}

/**
 * The sample without the entries the snippet would duplicate (the chair, when the snippet adds a
 * chair): the same role, function, sector or type. The snippet's entry then takes their place, and
 * what named them names the snippet's entry.
 */
function without(text: string, list: string, snippet: Snippet, indent: string): string {
  // What completion inserts there (a seat holder's seat is chosen from the document's seats).
  const { text: inserted, from, to } = insert(snippet, atEndOf(text, list, indent));
  const item = inserted.split('\n').slice(from, to + 1).map((l) => l.slice(indent.length)).join('\n').replace(/^- /, '  ');
  const entry = parseDocument(item).toJS() as Record<string, unknown>;
  const doc = parseDocument(text);
  const path = list.trim() === 'members:' ? ['board', 'members'] : list.trim() === 'seats:' ? ['board', 'seats'] : [list.trim().replace(/:$/, '')];
  const seq = doc.getIn(path) as YAMLSeq | undefined;
  assert.ok(isSeq(seq), `${path.join('.')} is a list`);
  const same = (item: unknown) => {
    const m = (isMap(item) ? item.toJSON() : {}) as Record<string, unknown>;
    const keys = ['role', 'function', 'sector', 'type', 'seat'].filter((k) => entry[k] !== undefined);
    return keys.length > 0 && keys.every((k) => m[k] === entry[k]);
  };
  let out = text;
  for (const item of [...seq.items].filter(same).slice(0, 1)) {
    const id = String((item as { get(k: string): unknown }).get('id'));
    const [start, , end] = (item as { range: [number, number, number] }).range;
    const lineStart = out.lastIndexOf('\n', start) + 1;
    out = out.slice(0, lineStart) + out.slice(out.indexOf('\n', end - 1) + 1);
    if (entry.id) out = out.replace(new RegExp(`\\b${id}\\b`, 'g'), String(entry.id));
  }
  return out;
}

describe('editor snippets', () => {
  it('the new documents, checked together: only placeholders, under every profile and both frameworks', () => {
    const files = NEW_DOCUMENT_SNIPPETS.map((s, i) => ({ name: `new-${i}.yaml`, text: expandSnippet(s.body) }));
    for (const profile of PROFILES) {
      for (const framework of FRAMEWORKS) assert.deepEqual(show(check(files, profile, framework).filter((f) => f.ruleId !== 'placeholder')), [], `${profile} ${framework}`);
    }
    for (const [i, s] of NEW_DOCUMENT_SNIPPETS.entries()) {
      assert.match(s.detail, /TODO/, `${s.label}: the detail says what is left to fill in`);
      assert.ok(check([files[i]]).some((f) => f.ruleId === 'placeholder') || !/TODO/.test(files[i].text), s.label);
    }
  });

  const entries: { snippet: Snippet; base: string; list: string; indent: string }[] = [
    ...MEMBER_SNIPPETS.filter((s) => !/seat/.test(s.label)).map((snippet) => ({ snippet, base: V1, list: '  members:', indent: '    ' })),
    ...MEMBER_SNIPPETS.filter((s) => /seat/.test(s.label)).map((snippet) => ({ snippet, base: SEATS, list: '  members:', indent: '    ' })),
    ...SEAT_SNIPPETS.map((snippet) => ({ snippet, base: SEATS, list: '  seats:', indent: '    ' })),
    { snippet: COMMITTEE_SNIPPET, base: V1, list: 'committees:', indent: '  ' },
    { snippet: COMMITTEE_CHAIR_RULE_SNIPPET, base: SEATS, list: 'committees:', indent: '  ' },
    { snippet: PLACE_SNIPPET, base: V1, list: 'places:', indent: '  ' },
  ];
  for (const { snippet, base, list, indent } of entries) {
    it(`${snippet.label}: inserted where it goes, it gets no finding of its own but its placeholders`, () => {
      const { text, from, to } = insert(snippet, atEndOf(without(base, list, snippet, indent), list, indent));
      const found = check([{ name: 'c.yaml', text }]);
      assert.deepEqual(show(found.filter((f) => f.ruleId === 'schema' || f.ruleId === 'yaml-syntax')), [], `${snippet.label}:\n${text.split('\n').slice(from, to + 1).join('\n')}`);
      const own = found.filter((f) => f.range.start.line >= from && f.range.start.line <= to && f.ruleId !== 'placeholder');
      assert.deepEqual(show(own), [], `${snippet.label}:\n${text.split('\n').slice(from, to + 1).join('\n')}`);
    });
  }
});
