import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startHarness, type Harness } from '../lsp/harness';
import { PREVIEW_METHOD, type PreviewResult } from '../../server/src/lsp/protocol';
import { ROOT } from '../cli/helpers';

/**
 * The editor's preview is rendered by the language server (`icsCheck/preview`) from the text the
 * editor has now: the VS Code client only displays it. Over real JSON-RPC, as the client asks.
 */
describe('icsCheck/preview (the server renders the preview)', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.dispose();
    h = undefined;
  });

  const folder = pathToFileURL(path.join(ROOT, 'samples/valid')).href;
  const constitution = `${folder}/constitution.yaml`;
  const text = fs.readFileSync(path.join(ROOT, 'samples/valid/constitution.yaml'), 'utf8');

  it('renders the open constitution with its place file and partnership, its checklist and diagram; then follows the edits', async () => {
    h = await startHarness({ workspaceFolders: [{ uri: folder, name: 'valid' }] });
    // the workspace scan has read the place file once its (empty) diagnostics are out
    await h.diagnostics(`${folder}/south-northmoor.place.yaml`, () => true);
    await h.server.ready();
    await h.open(constitution, text);
    const first = await h.request<PreviewResult>(PREVIEW_METHOD, { uri: constitution });
    assert.equal(first.ours, true);
    assert.equal(first.title, 'NHS Northmoor and Castlebridge Integrated Care Board');
    assert.equal(first.version, h.version(constitution));
    const html = first.html;
    assert.ok(!/<script|<style|<link|<img/i.test(html), 'a fragment: no script, style or resource');
    assert.match(html, /<h1>NHS Northmoor and Castlebridge Integrated Care Board<\/h1>/);
    assert.match(html, /<svg class="diagram"/);
    assert.match(html, /<g class="box box-place" data-uri="[^"]*south-northmoor\.place\.yaml" data-line="\d+"/, 'the place kept in its own file, from the workspace');
    assert.match(html, /<h2>Checklist<\/h2>/);
    assert.match(html, /Rules on constitution\.yaml: <strong>\d+ passed<\/strong>, <strong>0 failed<\/strong>/);
    const lines = text.split('\n');
    const row = /<tr data-uri="([^"]+)" data-line="(\d+)"[^>]*><td>Chief Finance Officer<\/td>/.exec(html);
    assert.ok(row);
    assert.equal(row[1], constitution);
    assert.equal(lines[Number(row[2])].trim(), '- id: chief-finance-officer', 'the row of a seat points at the seat');

    // typing: the next preview shows the new text and marks the new finding
    // (the chair's holder renamed, and the chair's seat made an ordinary seat)
    const edited = text
      .replace('{id: jane-smith, name: Jane Smith, seat: chair}', '{id: jane-smith, name: Jane Smythe, seat: chair}')
      .replace('    - id: chair\n      title: Chair\n      role: chair\n', '    - id: chair\n      title: Chair\n      role: other\n');
    assert.ok(!edited.includes('Jane Smith,') && !edited.includes('title: Chair\n      role: chair'), 'both edits apply to the sample');
    await h.replace(constitution, edited);
    const second = await h.request<PreviewResult>(PREVIEW_METHOD, { uri: constitution });
    assert.equal(second.version, h.version(constitution));
    assert.match(second.html, /<td>Chair<\/td><td>member<\/td><td>1<\/td><td>Jane Smythe<\/td>/);
    assert.ok(!second.html.includes('<td>1</td><td>Jane Smith</td>'), 'the composition no longer has the old name');
    assert.match(second.html, /<aside class="finding sev-error" data-uri="[^"]+" data-line="\d+"[^>]*><span class="sev">Error<\/span> <a class="rule" [^>]*>ICS-BOARD-001<\/a>/);
    assert.match(second.html, /<span class="badge failed">failed<\/span><\/td><td><a [^>]*>ICS-BOARD-001<\/a>/);
  });

  it('a YAML file that is not ours gets a note, and a broken draft still renders', async () => {
    h = await startHarness();
    const other = 'file:///tmp/ics-preview/other.yaml';
    await h.open(other, 'name: not a constitution\n');
    const r = await h.request<PreviewResult>(PREVIEW_METHOD, { uri: other });
    assert.equal(r.ours, false);
    assert.match(r.html, /other\.yaml is not an ICB constitution, partnership or place file/);
    const broken = 'file:///tmp/ics-preview/broken.yaml';
    await h.open(broken, 'kind: icb-constitution\nversion: 1\nicb:\n  id: nhs-broken\n  name: NHS Broken ICB\nboard:\n  members:\n    - {id: a, name: Ann, role: chair\n');
    const b = await h.request<PreviewResult>(PREVIEW_METHOD, { uri: broken });
    assert.equal(b.ours, true);
    assert.match(b.html, /<h1>NHS Broken ICB<\/h1>/);
    assert.match(b.html, /yaml-syntax/);
  });
});
