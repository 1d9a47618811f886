import assert from 'node:assert/strict';
import type { CompletionItem, DocumentSymbol, FoldingRange, Hover, InlayHint, Location, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { startHarness, type Harness } from './harness';
import { CONSTITUTION, PARTNERSHIP, PLACE, positionOf } from './fixtures';

const ICB = 'file:///work/nhs-example/constitution.yaml';
const ICP = 'file:///work/nhs-example/partnership.yaml';
const PLACE_URI = 'file:///work/nhs-example/places/south-town.yaml';

const hoverText = (h: Hover | null) => (h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '');

describe('language server: hover, completion, navigation, outline', () => {
  let h: Harness;
  afterEach(async () => h?.dispose());

  async function openAll(icb = CONSTITUTION, place = PLACE.replace('name: South Town', 'name: South Town\nreports_to: [audit, icb-board]')) {
    h = await startHarness();
    await h.open(ICB, icb);
    await h.open(ICP, PARTNERSHIP);
    await h.open(PLACE_URI, place);
    await Promise.all([h.diagnostics(ICB), h.diagnostics(ICP), h.diagnostics(PLACE_URI)]);
    return { icb, place };
  }

  describe('hover', () => {
    it('on a member id where it is used: the member’s card, with every use', async () => {
      await openAll();
      const hover = await h.request<Hover>('textDocument/hover', { textDocument: { uri: ICB }, position: positionOf(CONSTITUTION, 'deputy_chair: lay-1', 0, 16) });
      const md = hoverText(hover);
      assert.match(md, /\*\*Pat Lee\*\* — non-executive member/);
      assert.match(md, /Board member id `lay-1`/);
      assert.match(md, /Used as: .*deputy chair.*chair of Audit and Risk Committee.*conflicts of interest guardian/);
      assert.deepEqual(hover.range, { start: positionOf(CONSTITUTION, 'lay-1', 1), end: positionOf(CONSTITUTION, 'lay-1', 1, 5) });
    });

    it('on a key: its title and description from the schema', async () => {
      await openAll();
      const md = hoverText(await h.request<Hover>('textDocument/hover', { textDocument: { uri: ICB }, position: positionOf(CONSTITUTION, 'deputy_chair', 0, 3) }));
      assert.match(md, /\*\*Deputy chair\*\*|deputy chair/i);
      assert.match(md, /non-executive member who is deputy chair/);
    });

    it('on an enum value: what that value means', async () => {
      await openAll();
      const md = hoverText(await h.request<Hover>('textDocument/hover', { textDocument: { uri: ICB }, position: positionOf(CONSTITUTION, 'role: chief_executive', 0, 8) }));
      assert.match(md, /`chief_executive` — The chief executive, appointed by the chair/);
    });

    it('on a finding: the rule, its source with link and confidence, and how to fix', async () => {
      const text = CONSTITUTION.replace('role: chair', 'role: non_executive');
      h = await startHarness();
      await h.open(ICB, text);
      const diags = await h.diagnostics(ICB);
      const chair = diags.find((d) => d.code === 'ICS-BOARD-001')!;
      const md = hoverText(await h.request<Hover>('textDocument/hover', { textDocument: { uri: ICB }, position: chair.range.start }));
      assert.match(md, /\*\*ICS-BOARD-001\*\* — The board includes a chair — exactly one\./);
      assert.match(md, /\[Schedule 1B paragraph 3\(1\)\(a\)\]\(https:\/\/www\.legislation\.gov\.uk\/ukpga\/2006\/41\/schedule\/1B\/part\/1\) — verified/);
      assert.match(md, /\*\*How to fix:\*\* Add one board member with `role: chair`/);
      assert.match(md, /docs\/rules\/ICS-BOARD-001\.md/);
    });

    it('on a suppression comment: what it suppresses, its reason, owner and expiry', async () => {
      const text = CONSTITUTION.replace('  members:\n    - id: jane-smith', '  # ics-check-disable-next-line ICS-BOARD-001 -- chair being recruited (owner: Head of Governance, expires: 2026-06-30)\n  members:\n    - id: jane-smith');
      h = await startHarness();
      await h.open(ICB, text);
      await h.diagnostics(ICB);
      const md = hoverText(await h.request<Hover>('textDocument/hover', { textDocument: { uri: ICB }, position: positionOf(text, 'ics-check-disable', 0, 3) }));
      assert.match(md, /\*\*Suppression\*\* of `ICS-BOARD-001` — The board includes a chair/);
      assert.match(md, /Reason: chair being recruited/);
      assert.match(md, /Owner: Head of Governance/);
      assert.match(md, /Expires: 2026-06-30/);
    });

    it('on the ICB id in a place file: the ICB from the other file', async () => {
      const { place } = await openAll();
      const md = hoverText(await h.request<Hover>('textDocument/hover', { textDocument: { uri: PLACE_URI }, position: positionOf(place, 'nhs-example', 0, 2) }));
      assert.match(md, /\*\*NHS Example Integrated Care Board\*\* \(ICB `nhs-example`\)/);
    });
  });

  describe('completion', () => {
    const labels = (items: CompletionItem[] | { items: CompletionItem[] }) => (Array.isArray(items) ? items : items.items).map((i) => i.label);

    it('enum values with their descriptions after `role: `', async () => {
      const text = CONSTITUTION.replace('role: chair', 'role: ');
      h = await startHarness();
      await h.open(ICB, text);
      const items = await h.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: ICB }, position: positionOf(text, 'role: ', 0, 6) });
      assert.deepEqual(labels(items), ['chair', 'chief_executive', 'executive', 'non_executive', 'partner', 'other']);
      const chair = items.find((i) => i.label === 'chair')!;
      assert.match(JSON.stringify(chair.documentation), /appointed by NHS England/);
    });

    it('member ids with names and roles where an id is expected, without those already listed', async () => {
      const text = CONSTITUTION.replace('members: [lay-1, jane-smith]', 'members: [lay-1, ]');
      h = await startHarness();
      await h.open(ICB, text);
      const items = await h.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: ICB }, position: positionOf(text, 'members: [lay-1, ]', 0, 17) });
      assert.deepEqual(labels(items), ['jane-smith', 'amir-khan', 'ruth-ode']);
      assert.equal(items[0].detail, 'Jane Smith — chair');
    });

    it('keys not already present, with their titles', async () => {
      const text = CONSTITUTION.replace('      role: chief_executive\n', '      role: chief_executive\n      \n');
      h = await startHarness();
      await h.open(ICB, text);
      const pos = { line: positionOf(text, 'role: chief_executive').line + 1, character: 6 };
      const items = await h.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: ICB }, position: pos });
      const keys = labels(items);
      assert.ok(keys.includes('employment') && keys.includes('appointment'), keys.join(','));
      assert.ok(!keys.includes('id') && !keys.includes('name') && !keys.includes('role'), 'keys already there are not offered');
      assert.equal(items.find((i) => i.label === 'employment')?.detail, 'Employment');
      assert.equal(items.find((i) => i.label === 'employment')?.textEdit && 'newText' in items.find((i) => i.label === 'employment')!.textEdit! ? (items.find((i) => i.label === 'employment')!.textEdit as { newText: string }).newText : '', 'employment: ${1|employee,secondee,none|}');
    });

    it('snippets for a new board member by role, indented to the list', async () => {
      const text = CONSTITUTION.replace('  deputy_chair', '    \n  deputy_chair');
      h = await startHarness();
      await h.open(ICB, text);
      const pos = { line: positionOf(text, '  deputy_chair').line - 1, character: 4 };
      const items = await h.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: ICB }, position: pos });
      const chair = items.find((i) => i.label === 'Board member: chair');
      assert.ok(chair, labels(items).join(', '));
      const newText = (chair.textEdit as { newText: string }).newText;
      assert.match(newText, /^- id: \$\{1:chair\}\n      name: \$\{2:TODO\}\n      role: chair\n/);
      assert.equal(chair.insertTextFormat, 2);
    });

    it('ICB ids from the other files after `icb: ` in a place file', async () => {
      await openAll();
      const text = PLACE.replace('icb: nhs-example', 'icb: ');
      await h.replace(PLACE_URI, text);
      const items = await h.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: PLACE_URI }, position: positionOf(text, 'icb: ', 0, 5) });
      assert.deepEqual(labels(items), ['nhs-example']);
      assert.equal(items[0].detail, 'NHS Example Integrated Care Board');
    });

    it('a whole new document in an empty file', async () => {
      h = await startHarness();
      const uri = 'file:///work/new.yaml';
      await h.open(uri, '');
      const items = await h.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 0 } });
      assert.deepEqual(labels(items), ['New ICB constitution', 'New integrated care partnership', 'New place partnership']);
    });

    it('nothing in YAML that is not ours', async () => {
      h = await startHarness();
      const uri = 'file:///work/ci.yaml';
      await h.open(uri, 'name: ci\nruns-on: \n');
      const items = await h.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 9 } });
      assert.deepEqual(items, []);
    });
  });

  describe('definition, references, rename', () => {
    it('definition of a member id goes to the member’s `id:`', async () => {
      await openAll();
      const defs = await h.request<Location[]>('textDocument/definition', { textDocument: { uri: ICB }, position: positionOf(CONSTITUTION, 'guardian: lay-1', 0, 11) });
      assert.deepEqual(defs, [{ uri: ICB, range: { start: positionOf(CONSTITUTION, 'lay-1'), end: positionOf(CONSTITUTION, 'lay-1', 0, 5) } }]);
    });

    it('definition of `icb:` in a partnership file goes to the ICB in another file', async () => {
      await openAll();
      const defs = await h.request<Location[]>('textDocument/definition', { textDocument: { uri: ICP }, position: positionOf(PARTNERSHIP, 'nhs-example', 0, 1) });
      assert.deepEqual(defs, [{ uri: ICB, range: { start: positionOf(CONSTITUTION, 'nhs-example'), end: positionOf(CONSTITUTION, 'nhs-example', 0, 11) } }]);
    });

    it('references of a committee include a place file’s reports_to', async () => {
      const { place } = await openAll();
      const refs = await h.request<Location[]>('textDocument/references', { textDocument: { uri: ICB }, position: positionOf(CONSTITUTION, 'id: audit', 0, 5), context: { includeDeclaration: true } });
      assert.deepEqual(
        refs.map((r) => [r.uri, r.range.start]),
        [
          [ICB, positionOf(CONSTITUTION, 'audit')],
          [PLACE_URI, positionOf(place, 'audit')],
        ],
      );
    });

    it('renaming a member id edits every reference in the file and nothing else', async () => {
      await openAll();
      const prepared = await h.request<{ range: unknown; placeholder: string }>('textDocument/prepareRename', { textDocument: { uri: ICB }, position: positionOf(CONSTITUTION, 'chair: lay-1', 0, 8) });
      assert.equal(prepared.placeholder, 'lay-1');
      const edit = await h.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: ICB }, position: positionOf(CONSTITUTION, 'chair: lay-1', 0, 8), newName: 'pat-lee' });
      assert.deepEqual(Object.keys(edit.changes!), [ICB]);
      await h.applyEdit(edit);
      const expected = CONSTITUTION.replace(/\blay-1\b/g, 'pat-lee');
      assert.equal(h.text(ICB), expected);
    });

    it('renaming the ICB id updates the partnership and place files too', async () => {
      const { place } = await openAll();
      const edit = await h.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: ICB }, position: positionOf(CONSTITUTION, 'id: nhs-example', 0, 5), newName: 'nhs-exampleshire' });
      assert.deepEqual(Object.keys(edit.changes!).sort(), [ICB, ICP, PLACE_URI].sort());
      await h.applyEdit(edit);
      assert.equal(h.text(ICB), CONSTITUTION.replace('id: nhs-example', 'id: nhs-exampleshire'));
      assert.equal(h.text(ICP), PARTNERSHIP.replace('icb: nhs-example', 'icb: nhs-exampleshire'));
      assert.equal(h.text(PLACE_URI), place.replace('icb: nhs-example', 'icb: nhs-exampleshire'));
    });

    it('refuses a name that is not an id, or one already taken', async () => {
      await openAll();
      const at = positionOf(CONSTITUTION, 'chair: lay-1', 0, 8);
      await assert.rejects(h.request('textDocument/rename', { textDocument: { uri: ICB }, position: at, newName: 'Pat Lee' }), /is not an id/);
      await assert.rejects(h.request('textDocument/rename', { textDocument: { uri: ICB }, position: at, newName: 'ruth-ode' }), /already a board member with the id `ruth-ode`/);
    });
  });

  describe('outline, folding, inlay hints', () => {
    it('document symbols: the board by role, committees, places', async () => {
      await openAll();
      const symbols = await h.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: ICB } });
      assert.equal(symbols.length, 1);
      assert.equal(symbols[0].name, 'NHS Example Integrated Care Board');
      const names = symbols[0].children!.map((s) => s.name);
      assert.ok(names.includes('Board') && names.includes('Committees') && names.includes('Places'), names.join(','));
      const board = symbols[0].children!.find((s) => s.name === 'Board')!;
      assert.deepEqual(
        board.children!.map((g) => [g.name, g.children!.map((m) => m.name)]),
        [
          ['Chair', ['Jane Smith']],
          ['Chief executive', ['Amir Khan']],
          ['Executive members', ['Ruth Ode']],
          ['Non-executive members', ['Pat Lee']],
        ],
      );
      assert.deepEqual(symbols[0].children!.find((s) => s.name === 'Committees')!.children!.map((c) => c.name), ['Audit and Risk Committee']);
    });

    it('folding ranges for the board, its members and each committee', async () => {
      await openAll();
      const folds = await h.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: ICB } });
      const line = (s: string) => positionOf(CONSTITUTION, s).line;
      assert.ok(folds.some((f) => f.startLine === line('board:') && f.endLine === line('minimum_members: 3')), JSON.stringify(folds));
      assert.ok(folds.some((f) => f.startLine === line('- id: jane-smith') && f.endLine === line('independent: true')));
      assert.ok(folds.some((f) => f.startLine === line('- id: audit') && f.endLine === line('members: [lay-1, jane-smith]')));
      assert.ok(!folds.some((f) => f.startLine === 0), 'no fold of the whole document');
    });

    it('inlay hints: who an id is, and the quorum as a share of the voting members', async () => {
      await openAll();
      const hints = await h.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: ICB }, range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } } });
      const at = (needle: string, occurrence = 0) => hints.filter((x) => x.position.line === positionOf(CONSTITUTION, needle, occurrence).line).map((x) => x.label);
      assert.deepEqual(at('deputy_chair: lay-1'), ['Pat Lee, non-executive member']);
      assert.deepEqual(at('minimum_members: 3'), ['of 4 voting board members (75%)']);
      assert.deepEqual(at('members: [lay-1, jane-smith]'), ['Pat Lee, non-executive member', 'Jane Smith, chair']);
      h.settings.inlayHints = { enabled: false };
      await h.client.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const off = await h.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: ICB }, range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } } });
      assert.deepEqual(off, []);
    });
  });
});
