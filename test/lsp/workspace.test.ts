import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WorkspaceEdit } from 'vscode-languageserver-protocol';
import { ruleById } from '../../server/src/core';
import { startHarness, type Harness } from './harness';
import { CONSTITUTION, PLACE, PLACE_NEEDS_ICB_RULE, positionOf } from './fixtures';

/** A workspace on disk: a constitution without a chair, a place file, and files that must be left alone. */
function makeWorkspace(): { root: string; uri: (rel: string) => string; write: (rel: string, text: string) => void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ics-ws-'));
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };
  write('constitution.yaml', CONSTITUTION.replace('role: chair', 'role: non_executive'));
  write('places/south-town.yaml', PLACE.replace('name: South Town', 'name: South Town\nreports_to: [audit]'));
  write('.github/workflows/ci.yaml', 'name: ci\non: [push]\n');
  write('node_modules/pkg/constitution.yaml', CONSTITUTION.replace('role: chair', 'role: non_executive'));
  write('drafts/old.yaml', CONSTITUTION.replace('role: chair', 'role: non_executive'));
  write('.ics-check.yaml', 'ignore: [drafts]\n');
  return { root, uri: (rel) => pathToFileURL(path.join(root, rel)).href, write };
}

describe('language server: the workspace', () => {
  let h: Harness;
  let ws: ReturnType<typeof makeWorkspace>;
  beforeEach(() => {
    ws = makeWorkspace();
  });
  afterEach(async () => {
    await h?.dispose();
    fs.rmSync(ws.root, { recursive: true, force: true });
  });

  const start = (rules = [ruleById('ICS-BOARD-001')!, PLACE_NEEDS_ICB_RULE]) => startHarness({ rules, workspaceFolders: [{ uri: pathToFileURL(ws.root).href, name: 'ws' }] });

  it('publishes problems of closed files, and leaves ignored, excluded and foreign files alone', async () => {
    h = await start();
    const diags = await h.diagnostics(ws.uri('constitution.yaml'), () => true);
    assert.equal(diags.filter((d) => d.code === 'ICS-BOARD-001').length, 1);
    assert.equal(h.latest(ws.uri('constitution.yaml'))?.version, undefined, 'a closed file has no version');
    await h.server.ready();
    assert.deepEqual(h.latest(ws.uri('places/south-town.yaml'))?.diagnostics ?? [], [], 'the place file’s ICB is in the workspace');
    assert.equal(h.latest(ws.uri('drafts/old.yaml')), undefined, '.ics-check.yaml ignores drafts/');
    assert.equal(h.latest(ws.uri('node_modules/pkg/constitution.yaml')), undefined, 'node_modules is excluded');
    assert.equal(h.latest(ws.uri('.github/workflows/ci.yaml')), undefined, 'not ours');
  });

  it('a change in one file re-checks the closed files of the same ICB', async () => {
    h = await start();
    const place = ws.uri('places/south-town.yaml');
    const icb = ws.uri('constitution.yaml');
    await h.diagnostics(icb, () => true);
    await h.server.ready();
    const text = fs.readFileSync(path.join(ws.root, 'constitution.yaml'), 'utf8');
    await h.open(icb, text);
    await h.diagnostics(icb);
    // The ICB changes its id: the (closed) place file now names an ICB that is not there.
    await h.replace(icb, text.replace('id: nhs-example', 'id: nhs-elsewhere'));
    const broken = await h.diagnostics(place, (p) => p.diagnostics.some((d) => d.code === 'ICS-TEST-002'));
    assert.match(broken[0].message, /No ICB with the id `nhs-example`/);
    await h.replace(icb, text);
    const mended = await h.diagnostics(place, (p) => p.diagnostics.every((d) => d.code !== 'ICS-TEST-002'));
    assert.deepEqual(mended, []);
  });

  it('watches files: a new file on disk is checked, a deleted one is cleared and its dependents re-checked', async () => {
    h = await start();
    await h.diagnostics(ws.uri('constitution.yaml'), () => true);
    await h.server.ready();
    ws.write('places/north.yaml', PLACE.replace('south-town', 'north').replace('South Town', 'North'));
    await h.client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('places/north.yaml'), type: 1 }] });
    const north = await h.diagnostics(ws.uri('places/north.yaml'), () => true);
    assert.deepEqual(north, []);
    fs.rmSync(path.join(ws.root, 'constitution.yaml'));
    await h.client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('constitution.yaml'), type: 3 }] });
    const cleared = await h.diagnostics(ws.uri('constitution.yaml'), (p) => p.diagnostics.length === 0);
    assert.deepEqual(cleared, []);
    const orphan = await h.diagnostics(ws.uri('places/north.yaml'), (p) => p.diagnostics.length > 0);
    assert.equal(orphan[0].code, 'ICS-TEST-002');
  });

  it('renaming a committee id from the constitution edits the closed place file that reports to it, and nothing else', async () => {
    h = await start();
    await h.diagnostics(ws.uri('constitution.yaml'), () => true);
    await h.server.ready();
    const icb = ws.uri('constitution.yaml');
    const text = fs.readFileSync(path.join(ws.root, 'constitution.yaml'), 'utf8');
    await h.open(icb, text);
    const edit = await h.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: icb }, position: positionOf(text, 'id: audit', 0, 5), newName: 'audit-and-risk' });
    const placeText = fs.readFileSync(path.join(ws.root, 'places/south-town.yaml'), 'utf8');
    assert.deepEqual(Object.keys(edit.changes!).sort(), [icb, ws.uri('places/south-town.yaml')].sort());
    assert.deepEqual(edit.changes![ws.uri('places/south-town.yaml')], [{ range: { start: positionOf(placeText, 'audit'), end: positionOf(placeText, 'audit', 0, 5) }, newText: 'audit-and-risk' }]);
    assert.deepEqual(
      edit.changes![icb].map((e) => e.range.start),
      [positionOf(text, 'audit')],
      'the committee’s own id; `type: audit` is not a reference',
    );
  });

  it('editing .ics-check.yaml shows its problems as you type, and applies its settings to the other files', async () => {
    h = await start();
    const icb = ws.uri('constitution.yaml');
    await h.diagnostics(icb, () => true);
    await h.server.ready();
    const config = ws.uri('.ics-check.yaml');
    await h.open(config, 'ignore: [drafts]\n');
    await h.replace(config, 'ignore: [drafts]\nrules:\n  ICS-BOARD-001: of\n');
    const problems = await h.diagnostics(config);
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /must be one of off, error/);
    assert.equal(problems[0].range.start.line, 2);
    await h.replace(config, 'ignore: [drafts]\nrules:\n  ICS-BOARD-001: "off"\n');
    assert.deepEqual(await h.diagnostics(config), []);
    const off = await h.diagnostics(icb, (p) => p.diagnostics.every((d) => d.code !== 'ICS-BOARD-001'));
    assert.deepEqual(off, []);
  });

  it('turning workspace diagnostics off clears the closed files’ problems; on again brings them back', async () => {
    h = await start();
    const icb = ws.uri('constitution.yaml');
    await h.diagnostics(icb, () => true);
    await h.server.ready();
    h.settings.workspaceDiagnostics = false;
    await h.client.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual(await h.diagnostics(icb, (p) => p.diagnostics.length === 0), []);
    h.settings.workspaceDiagnostics = true;
    await h.client.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const back = await h.diagnostics(icb, (p) => p.diagnostics.length > 0);
    assert.equal(back.filter((d) => d.code === 'ICS-BOARD-001').length, 1);
  });
});
