import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { defineRule, type Rule } from '../../server/src/core/rules/framework';
import { ruleById } from '../../server/src/core';
import { startHarness, type Harness } from './harness';
import { CONSTITUTION, NOT_OURS, positionOf } from './fixtures';

const URI = 'file:///work/nhs-example/constitution.yaml';

function on(diags: Diagnostic[], line: number): Diagnostic[] {
  return diags.filter((d) => d.range.start.line === line);
}

describe('language server: diagnostics', () => {
  let h: Harness;
  afterEach(async () => h?.dispose());

  it('publishes findings for an opened constitution, each with code, source, link and range', async () => {
    h = await startHarness();
    const text = CONSTITUTION.replace(/    - id: jane-smith\n      name: Jane Smith\n      role: chair\n      independent: true\n/, '');
    await h.open(URI, text);
    const diags = await h.diagnostics(URI);
    const chair = diags.find((d) => d.code === 'ICS-BOARD-001');
    assert.ok(chair, `expected ICS-BOARD-001 among ${diags.map((d) => d.code).join(', ')}`);
    assert.equal(chair.source, 'ics-check');
    assert.equal(chair.severity, 1);
    assert.equal(chair.codeDescription?.href, 'https://github.com/ics-constitution-checker/ics-constitution-checker/blob/main/docs/rules/ICS-BOARD-001.md');
    assert.match(chair.message, /Schedule 1B paragraph 3\(1\)\(a\)/);
    // Underlines the `members:` key of the board.
    assert.deepEqual(chair.range.start, positionOf(text, 'members:'));
    const data = chair.data as { version: number; fixes: { title: string; safe: boolean }[] };
    assert.equal(data.version, 1);
    assert.ok(data.fixes.some((f) => /chair/i.test(f.title) && typeof f.safe === 'boolean'));
  });

  it('a misspelt role gives exactly one diagnostic on it, suggesting the right word, and no "no chair"', async () => {
    h = await startHarness();
    const text = CONSTITUTION.replace('role: chair', 'role: chiar');
    await h.open(URI, text);
    const diags = await h.diagnostics(URI);
    const at = positionOf(text, 'chiar');
    // Diagnostics whose range covers the word `chiar` (others may underline the `role` key or the member).
    const onTypo = diags.filter((d) => d.range.start.line <= at.line && d.range.end.line >= at.line && (d.range.start.line < at.line || d.range.start.character <= at.character) && (d.range.end.line > at.line || d.range.end.character > at.character));
    assert.equal(onTypo.length, 1, JSON.stringify(onTypo));
    assert.deepEqual(onTypo[0].range, { start: at, end: { line: at.line, character: at.character + 5 } });
    assert.match(onTypo[0].message, /did you mean `chair`/);
    const fixes = (onTypo[0].data as { fixes: { edits: { newText: string }[] }[] }).fixes;
    assert.equal(fixes[0].edits[0].newText, 'chair');
    assert.equal(diags.filter((d) => d.code === 'ICS-BOARD-001').length, 0);
  });

  it('re-checks after each edit: deleting the chair gives ICS-BOARD-001, restoring it clears it', async () => {
    h = await startHarness();
    await h.open(URI, CONSTITUTION);
    const first = await h.diagnostics(URI);
    assert.equal(first.filter((d) => d.code === 'ICS-BOARD-001').length, 0);

    const roleAt = positionOf(CONSTITUTION, 'role: chair');
    await h.change(URI, [{ range: { start: roleAt, end: { line: roleAt.line, character: roleAt.character + 'role: chair'.length } }, text: 'role: non_executive' }]);
    const second = await h.diagnostics(URI);
    const missing = second.filter((d) => d.code === 'ICS-BOARD-001');
    assert.equal(missing.length, 1);
    assert.match(missing[0].message, /Schedule 1B paragraph 3\(1\)\(a\)/);

    await h.replace(URI, CONSTITUTION);
    const third = await h.diagnostics(URI);
    assert.equal(third.filter((d) => d.code === 'ICS-BOARD-001').length, 0);
  });

  it('only the newest version is published when edits come faster than the debounce', async () => {
    h = await startHarness({ debounceMs: 500 });
    await h.open(URI, CONSTITUTION);
    await h.diagnostics(URI);
    const seen: number[] = [];
    h.onPublish((p) => {
      if (p.uri === URI && p.version !== undefined) seen.push(p.version);
    });
    let text = CONSTITUTION;
    for (let i = 0; i < 5; i++) {
      text = text.replace('Pat Lee', `Pat Lee${i}`).replace(`Pat Lee${i - 1}`, `Pat Lee${i}`);
      await h.replace(URI, text);
    }
    const last = h.version(URI);
    await h.diagnostics(URI, (p) => p.version === last);
    assert.deepEqual(seen, [last], 'intermediate versions must not be published');
  });

  it('broken YAML gives a syntax diagnostic, and the server still answers afterwards', async () => {
    h = await startHarness();
    const broken = CONSTITUTION.replace('  name: NHS Example Integrated Care Board', '  name: [NHS Example');
    await h.open(URI, broken);
    const diags = await h.diagnostics(URI);
    const syntax = diags.filter((d) => d.code === 'yaml-syntax');
    assert.equal(syntax.length, 1, JSON.stringify(diags));
    assert.equal(syntax[0].severity, 1);
    // In plain words, on the line of the slip, with the repair as a quick fix.
    assert.equal(syntax[0].message, 'The `[` on line 5 is never closed: add `]` at the end of the line.');
    assert.equal(syntax[0].range.start.line, 4);
    assert.equal((syntax[0].data as { fixes: { edits: { newText: string }[] }[] }).fixes[0].edits[0].newText, ']');
    const symbols = await h.request<unknown[] | null>('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] },
    });
    assert.ok(Array.isArray(symbols));
    // And it recovers when the YAML is mended.
    await h.replace(URI, CONSTITUTION);
    const after = await h.diagnostics(URI);
    assert.equal(after.filter((d) => d.code === 'yaml-syntax').length, 0);
  });

  it('leaves YAML that is not a constitution alone', async () => {
    h = await startHarness();
    const uri = 'file:///work/.github/workflows/ci.yaml';
    await h.open(uri, NOT_OURS);
    const diags = await h.diagnostics(uri);
    assert.deepEqual(diags, []);
    // A document that only looks like ours by a misspelt kind is ours (the kind itself is the finding).
    await h.replace(uri, 'kind: icb-constitutoin\nversion: 1\n');
    const typo = await h.diagnostics(uri);
    assert.equal(typo.length, 1);
    assert.match(typo[0].message, /did you mean `icb-constitution`/);
  });

  it('a rule that throws is reported as an internal error; other rules still run and the server keeps serving', async () => {
    const boom: Rule = defineRule({
      meta: { ...ruleById('ICS-BOARD-001')!.meta, id: 'ICS-TEST-999', slug: 'throws', title: 'Throws' },
      check() {
        throw new Error('kaboom');
      },
    });
    h = await startHarness({ rules: [boom, ruleById('ICS-BOARD-001')!] });
    const text = CONSTITUTION.replace('role: chair', 'role: non_executive');
    await h.open(URI, text);
    const diags = await h.diagnostics(URI);
    const internal = diags.filter((d) => d.code === 'internal-error');
    assert.equal(internal.length, 1);
    assert.match(internal[0].message, /ICS-TEST-999 failed.*kaboom/);
    assert.equal(diags.filter((d) => d.code === 'ICS-BOARD-001').length, 1, 'the other rule still reports');
    await h.replace(URI, CONSTITUTION);
    const after = await h.diagnostics(URI);
    assert.equal(after.filter((d) => d.code === 'ICS-BOARD-001').length, 0, 'the edit was checked');
    assert.equal(on(after, 0).filter((d) => d.code === 'internal-error').length, 1);
  });

  it('a request that fails is answered empty and logged; the server keeps serving', async () => {
    h = await startHarness();
    await h.open(URI, CONSTITUTION);
    await h.diagnostics(URI);
    // Malformed params: no context.
    const result = await h.request<unknown>('textDocument/codeAction', { textDocument: { uri: URI }, range: null });
    assert.deepEqual(result, []);
    assert.ok(h.logs.some((l) => /textDocument\/codeAction failed/.test(l)), h.logs.join('\n'));
    await h.replace(URI, CONSTITUTION.replace('role: chair', 'role: non_executive'));
    const diags = await h.diagnostics(URI);
    assert.equal(diags.filter((d) => d.code === 'ICS-BOARD-001').length, 1);
  });

  it('settings: a rule turned off in icsCheck.rules disappears after didChangeConfiguration', async () => {
    h = await startHarness();
    const text = CONSTITUTION.replace('role: chair', 'role: non_executive');
    await h.open(URI, text);
    const before = await h.diagnostics(URI);
    assert.equal(before.filter((d) => d.code === 'ICS-BOARD-001').length, 1);
    h.settings.rules = { 'ICS-BOARD-001': 'off' };
    await h.client.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const after = await h.diagnostics(URI, (p) => p.diagnostics.every((d) => d.code !== 'ICS-BOARD-001'));
    assert.equal(after.filter((d) => d.code === 'ICS-BOARD-001').length, 0);
    h.settings.rules = { 'ICS-BOARD-001': 'warning' };
    await h.client.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const warned = await h.diagnostics(URI, (p) => p.diagnostics.some((d) => d.code === 'ICS-BOARD-001'));
    assert.equal(warned.find((d) => d.code === 'ICS-BOARD-001')?.severity, 2);
  });

  it('sends the status of an open file: kind, profile, framework and counts', async () => {
    h = await startHarness({ settings: { profile: 'statutory', framework: 'health-bill-2026' } });
    await h.open(URI, CONSTITUTION.replace('role: chair', 'role: non_executive'));
    const diags = await h.diagnostics(URI);
    const status = await h.status(URI);
    assert.equal(status.ours, true);
    assert.deepEqual(status.kinds, ['icb-constitution']);
    assert.equal(status.profile, 'statutory');
    assert.deepEqual(status.frameworks, ['health-bill-2026']);
    const counts = status.counts as Record<string, number>;
    assert.equal(counts.error, diags.filter((d) => d.severity === 1).length);
    assert.ok(counts.error >= 1);
    assert.equal(counts.hint, 0, 'the statutory profile runs no heuristics');
    const other = 'file:///work/other.yaml';
    await h.open(other, NOT_OURS);
    assert.equal((await h.status(other)).ours, false);
  });

  it('a check that fails as a whole gives one diagnostic saying so, and the next edit is checked again', async () => {
    // A malformed rule breaks the engine outside any one rule's guard.
    const malformed = { meta: { ...ruleById('ICS-BOARD-001')!.meta, appliesTo: undefined }, check() {} } as unknown as Rule;
    h = await startHarness({ rules: [malformed] });
    await h.open(URI, CONSTITUTION);
    const diags = await h.diagnostics(URI);
    assert.equal(diags.length, 1);
    assert.equal(diags[0].code, 'internal-error');
    assert.match(diags[0].message, /could not be checked/);
    assert.ok(h.logs.some((l) => /checking .* failed/.test(l)));
    const hover = await h.request('textDocument/hover', { textDocument: { uri: URI }, position: positionOf(CONSTITUTION, 'role: chair', 0, 2) });
    assert.ok(hover, 'other requests are still answered');
    await h.replace(URI, CONSTITUTION + '# edited\n');
    assert.equal((await h.diagnostics(URI))[0].code, 'internal-error');
  });
});
