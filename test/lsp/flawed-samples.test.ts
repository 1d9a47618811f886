import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { isMap, isPair, isScalar, parseDocument, visit } from 'yaml';
import { analyzeFile, checkFiles } from '../../server/src/core';
import { startHarness, type Harness } from './harness';

/**
 * Drafting the flawed samples to completion in the editor, as a governance officer would: take
 * every quick fix offered, fill in the placeholders the fixes leave, and no error is left; fix-all
 * twice changes nothing the second time.
 */
const FLAWED = path.join(__dirname, '..', '..', 'samples', 'flawed');
/** Drafts whose problem no quick fix can mend (see below). */
const NO_QUICK_FIX = new Set(['bad-registration-number.yaml', 'coi-2017-guidance.yaml']);
const TODAY = '2026-11-23';

/** What a person types in place of each placeholder: a valid number for the regulator, else text. */
function fillPlaceholders(text: string): string {
  const doc = parseDocument(text);
  const edits: { start: number; end: number; value: string }[] = [];
  visit(doc, {
    Scalar(key, node, path) {
      if (key === 'key' || typeof node.value !== 'string' || !/^TODO\b/.test(node.value) || !node.range) return;
      const parent = path[path.length - 1];
      const map = path[path.length - 2];
      const field = isPair(parent) && isScalar(parent.key) ? String(parent.key.value) : '';
      const regulator = isMap(map) ? String(map.get('regulator') ?? '') : '';
      const value = field === 'number' ? ({ GMC: '"7099999"', NMC: '09A9999Z', HCPC: 'PH999999', GPhC: '"2099999"' } as Record<string, string>)[regulator] ?? 'X1' : 'Filled in by the governance team';
      edits.push({ start: node.range[0], end: node.range[1], value });
    },
  });
  let out = text;
  for (const e of edits.sort((x, y) => y.start - x.start)) out = out.slice(0, e.start) + e.value + out.slice(e.end);
  return out;
}

async function quickFixes(h: Harness, uri: string, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
  const actions: CodeAction[] = [];
  for (const d of diagnostics) {
    const got = await h.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
    // The rule's own fixes: not suppressions, not "fix all", not documentation.
    actions.push(...got.filter((a) => a.edit && a.diagnostics?.some((x) => x.code === d.code) && !/^(Suppress|Fix all)/.test(a.title)));
  }
  return actions;
}

describe('flawed samples, drafted to completion in the editor', function () {
  this.timeout(120_000);
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.dispose();
    h = undefined;
  });

  const samples = fs.readdirSync(FLAWED).filter((n) => n.endsWith('.yaml') && n !== 'yaml-syntax-error.yaml');
  for (const name of samples) {
    it(`${name}: every offered fix, then the placeholders filled, leaves no error`, async () => {
      h = await startHarness({ debounceMs: 0, today: TODAY });
      const uri = 'file://' + path.join(FLAWED, name);
      await h.open(uri, fs.readFileSync(path.join(FLAWED, name), 'utf8'));
      let diagnostics = await h.diagnostics(uri);
      const tried = new Set<string>();
      const applied: string[] = [];
      for (let round = 0; round < 60; round++) {
        const fixes = (await quickFixes(h, uri, diagnostics)).filter((a) => !tried.has(`${a.title}@${JSON.stringify(a.diagnostics?.[0]?.range)}`));
        if (fixes.length === 0) break;
        tried.add(`${fixes[0].title}@${JSON.stringify(fixes[0].diagnostics?.[0]?.range)}`);
        applied.push(fixes[0].title);
        await h.applyEdit(fixes[0].edit!);
        diagnostics = await h.diagnostics(uri);
      }
      // A wrong registration number has no quick fix: only the regulator's register knows the right one.
      // A policy on superseded guidance has none either: the policy must be revised, not the key.
      if (!NO_QUICK_FIX.has(name)) assert.ok(applied.length > 0, 'the draft offers quick fixes');
      const filled = fillPlaceholders(h.text(uri));
      const findings = checkFiles([analyzeFile(uri, filled)], { today: TODAY });
      const errors = findings.filter((f) => f.severity === 'error' || f.ruleId === 'placeholder');
      assert.deepEqual(errors.map((f) => `${f.range.start.line + 1}: ${f.ruleId} ${f.message}`), [], filled);
    });

    it(`${name}: fix-all twice changes nothing the second time`, async () => {
      h = await startHarness({ debounceMs: 0, today: TODAY });
      const uri = 'file://' + path.join(FLAWED, name);
      await h.open(uri, fs.readFileSync(path.join(FLAWED, name), 'utf8'));
      await h.diagnostics(uri);
      const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      const ask = () => h!.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: whole, context: { diagnostics: [], only: ['source.fixAll'] } });
      const first = (await ask()).find((a) => a.kind === 'source.fixAll.icsCheck');
      if (first?.edit) {
        await h.applyEdit(first.edit);
        await h.diagnostics(uri);
      }
      const second = (await ask()).filter((a) => a.kind === 'source.fixAll.icsCheck' && a.edit);
      assert.deepEqual(second, [], 'fix-all found more to do the second time');
    });
  }
});
