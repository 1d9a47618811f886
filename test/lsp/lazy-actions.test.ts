import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { DEFAULT_CAPABILITIES, startHarness, type Harness } from './harness';
import { CONSTITUTION, SAFE_FIX_RULE, positionOf } from './fixtures';

const URI = 'file:///work/nhs-example/constitution.yaml';

/** A client that resolves an action's edit later, as VS Code does. */
const RESOLVING = {
  ...DEFAULT_CAPABILITIES,
  textDocument: { ...DEFAULT_CAPABILITIES.textDocument, codeAction: { ...DEFAULT_CAPABILITIES.textDocument!.codeAction, resolveSupport: { properties: ['edit'] } } },
};

async function actionsFor(h: Harness, diagnostics: Diagnostic[], only?: string[], range = diagnostics[0]?.range): Promise<CodeAction[]> {
  return h.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: URI }, range, context: { diagnostics, only } });
}
const resolve = (h: Harness, a: CodeAction) => h.request<CodeAction>('codeAction/resolve', a);

describe('language server: code actions resolved on demand', () => {
  let h: Harness;
  afterEach(async () => h?.dispose());

  it('announces codeAction/resolve', async () => {
    h = await startHarness({ capabilities: RESOLVING });
    assert.deepEqual((h.init.capabilities.codeActionProvider as { resolveProvider?: boolean }).resolveProvider, true);
  });

  it('fix-all comes without its edit and resolves to every safe fix; then there is nothing left to offer', async () => {
    h = await startHarness({ capabilities: RESOLVING, rules: [SAFE_FIX_RULE] });
    await h.open(URI, CONSTITUTION);
    await h.diagnostics(URI);
    const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const offered = (await actionsFor(h, [], ['source.fixAll'], whole)).find((a) => a.kind === 'source.fixAll.icsCheck');
    assert.ok(offered, 'fix-all is offered');
    assert.equal(offered.edit, undefined, 'the edit is not computed for the list');
    const resolved = await resolve(h, offered);
    assert.ok(resolved.edit, JSON.stringify(resolved));
    await h.applyEdit(resolved.edit);
    assert.equal(h.text(URI).replace('  decision_making: consensus\n', ''), CONSTITUTION, 'only the safe fix was applied');
    await h.diagnostics(URI);
    assert.deepEqual(await actionsFor(h, [], ['source.fixAll'], whole), []);
  });

  it('a quick fix and a suppression resolve to the same edits as when computed at once', async () => {
    const text = CONSTITUTION.replace('role: chair', 'role: chiar');
    const eager = await startHarness();
    await eager.open(URI, text);
    const eagerDiags = (await eager.diagnostics(URI)).filter((d) => d.range.start.line === positionOf(text, 'chiar').line);
    const eagerActions = await actionsFor(eager, eagerDiags);
    await eager.dispose();

    h = await startHarness({ capabilities: RESOLVING });
    await h.open(URI, text);
    const diags = (await h.diagnostics(URI)).filter((d) => d.range.start.line === positionOf(text, 'chiar').line);
    const lazy = await actionsFor(h, diags);
    assert.deepEqual(
      lazy.map((a) => a.title),
      eagerActions.map((a) => a.title),
    );
    for (const [i, a] of lazy.entries()) {
      if (!eagerActions[i].edit) continue;
      assert.equal(a.edit, undefined, `${a.title}: no edit in the list`);
      assert.deepEqual((await resolve(h, a)).edit, eagerActions[i].edit, a.title);
    }
  });

  it('an action resolved after the text changed comes back without an edit', async () => {
    h = await startHarness({ capabilities: RESOLVING });
    const text = CONSTITUTION.replace('role: chair', 'role: chiar');
    await h.open(URI, text);
    const diags = (await h.diagnostics(URI)).filter((d) => /chiar/.test(d.message));
    const fix = (await actionsFor(h, diags)).find((a) => a.title === 'Change to `chair`');
    assert.ok(fix);
    await h.change(URI, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# draft\n' }]);
    assert.equal((await resolve(h, fix)).edit, undefined);
  });
});
