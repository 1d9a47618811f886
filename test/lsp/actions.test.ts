import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { startHarness, type Harness } from './harness';
import { CONSTITUTION, SAFE_FIX_RULE, positionOf } from './fixtures';

const URI = 'file:///work/nhs-example/constitution.yaml';

async function actionsFor(h: Harness, diagnostics: Diagnostic[], only?: string[], range = diagnostics[0]?.range): Promise<CodeAction[]> {
  return h.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: URI }, range, context: { diagnostics, only } });
}

describe('language server: code actions', () => {
  let h: Harness;
  afterEach(async () => h?.dispose());

  it('offers a diagnostic’s own fix; applying it clears the diagnostic', async () => {
    h = await startHarness();
    const text = CONSTITUTION.replace('role: chair', 'role: chiar');
    await h.open(URI, text);
    const diags = await h.diagnostics(URI);
    const typo = diags.filter((d) => d.range.start.line === positionOf(text, 'chiar').line);
    const actions = await actionsFor(h, typo);
    const fix = actions.find((a) => a.title === 'Change to `chair`');
    assert.ok(fix?.edit, actions.map((a) => a.title).join(' | '));
    await h.applyEdit(fix.edit!);
    assert.match(h.text(URI), /role: chair\n/);
    const after = await h.diagnostics(URI);
    assert.equal(after.filter((d) => /chiar/.test(d.message)).length, 0);
  });

  it('offers no edits for a diagnostic computed for an older version of the text', async () => {
    h = await startHarness();
    const text = CONSTITUTION.replace('role: chair', 'role: chiar');
    await h.open(URI, text);
    const diags = await h.diagnostics(URI);
    const typo = diags.filter((d) => /chiar/.test(d.message));
    // The user types before asking for the fix: the diagnostic is now stale.
    await h.change(URI, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# draft\n' }]);
    const actions = await actionsFor(h, typo);
    assert.equal(actions.filter((a) => a.edit).length, 0, actions.map((a) => a.title).join(' | '));
  });

  it('"Suppress ICS-X on this line" inserts a directive at the line’s indentation, which then asks for a reason', async () => {
    h = await startHarness();
    const text = CONSTITUTION.replace('role: chair', 'role: non_executive');
    await h.open(URI, text);
    const diags = await h.diagnostics(URI);
    const missing = diags.filter((d) => d.code === 'ICS-BOARD-001');
    const actions = await actionsFor(h, missing);
    const suppress = actions.find((a) => a.title === 'Suppress ICS-BOARD-001 on this line');
    assert.ok(suppress?.edit);
    const docs = actions.find((a) => a.title === 'Show documentation for ICS-BOARD-001');
    assert.equal(docs?.command?.command, 'icsCheck.server.openRuleDocumentation');
    assert.deepEqual(docs?.command?.arguments, ['ICS-BOARD-001']);
    await h.applyEdit(suppress.edit!);
    const line = missing[0].range.start.line;
    assert.equal(h.text(URI).split('\n')[line], '  # ics-check-disable-next-line ICS-BOARD-001 -- TODO: reason');
    const after = await h.diagnostics(URI);
    assert.equal(after.filter((d) => d.code === 'ICS-BOARD-001').length, 0, 'the finding is suppressed');
    assert.equal(after.filter((d) => d.code === 'suppression' && /Nothing to suppress/.test(d.message)).length, 0, 'the directive lands on the finding’s line');
  });

  it('uses the client’s own command for documentation when the client says it has one', async () => {
    h = await startHarness({ initializationOptions: { clientCommands: ['icsCheck.showRuleDocumentation'] } });
    await h.open(URI, CONSTITUTION.replace('role: chair', 'role: non_executive'));
    const diags = (await h.diagnostics(URI)).filter((d) => d.code === 'ICS-BOARD-001');
    const actions = await actionsFor(h, diags);
    assert.equal(actions.find((a) => a.command)?.command?.command, 'icsCheck.showRuleDocumentation');
  });

  it('source.fixAll.icsCheck applies every safe fix; asked again, it has nothing to do', async () => {
    h = await startHarness({ rules: [SAFE_FIX_RULE] });
    const text = CONSTITUTION;
    await h.open(URI, text);
    await h.diagnostics(URI);
    const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const first = await actionsFor(h, [], ['source.fixAll'], whole);
    const fixAll = first.find((a) => a.kind === 'source.fixAll.icsCheck');
    assert.ok(fixAll?.edit, JSON.stringify(first));
    await h.applyEdit(fixAll.edit!);
    assert.match(h.text(URI), /\n  decision_making: consensus\n/);
    assert.equal(h.text(URI).replace('  decision_making: consensus\n', ''), text, 'nothing else changed');
    const after = await h.diagnostics(URI);
    assert.equal(after.filter((d) => d.code === 'ICS-TEST-001').length, 0);
    const second = await actionsFor(h, [], ['source.fixAll'], whole);
    assert.deepEqual(second, []);
  });

  it('"Fix all ICS problems in this file" is offered next to a safely fixable diagnostic', async () => {
    h = await startHarness({ rules: [SAFE_FIX_RULE] });
    await h.open(URI, CONSTITUTION);
    const diags = (await h.diagnostics(URI)).filter((d) => d.code === 'ICS-TEST-001');
    const actions = await actionsFor(h, diags);
    const all = actions.find((a) => /^Fix all ICS problems in this file/.test(a.title));
    assert.ok(all?.edit, actions.map((a) => a.title).join(' | '));
    assert.equal(all.kind, 'quickfix');
  });

  it('answers nothing for YAML that is not ours', async () => {
    h = await startHarness();
    const uri = 'file:///work/other.yaml';
    await h.open(uri, 'name: ci\non: [push]\n');
    await h.diagnostics(uri);
    const actions = await h.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } });
    assert.deepEqual(actions, []);
  });

  it('a client that sends diagnostics back without their data still gets the fixes', async () => {
    h = await startHarness();
    const text = CONSTITUTION.replace('role: chair', 'role: chiar');
    await h.open(URI, text);
    const typo = (await h.diagnostics(URI)).filter((d) => /chiar/.test(d.message));
    const rebuilt = typo.map(({ range, message, source, severity, code }) => ({ range, message, source, severity, code }));
    const actions = await actionsFor(h, rebuilt);
    assert.ok(actions.some((a) => a.title === 'Change to `chair`' && a.edit), actions.map((a) => a.title).join(' | '));
  });
});
