import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { check } from '../server/src/api';
import { startHarness, type Harness } from './lsp/harness';

/**
 * The editor and CI must never disagree: the same files with the same `.ics-check.yaml` give the
 * same findings (file, position, rule, severity, message) in the language server and in the CLI.
 */
const SAMPLES = path.join(__dirname, '..', 'samples');
const TODAY = '2026-11-23';
const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];

function workspace(config: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ics-parity-'));
  for (const dir of ['valid', 'flawed']) {
    fs.mkdirSync(path.join(root, dir));
    for (const n of fs.readdirSync(path.join(SAMPLES, dir))) fs.copyFileSync(path.join(SAMPLES, dir, n), path.join(root, dir, n));
  }
  fs.writeFileSync(path.join(root, '.ics-check.yaml'), config);
  return root;
}

describe('the editor and the CLI agree', function () {
  this.timeout(60_000);
  let h: Harness | undefined;
  let root: string | undefined;
  afterEach(async () => {
    await h?.dispose();
    h = undefined;
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  const configs: Record<string, string> = {
    'the default configuration': 'profile: recommended\n',
    'a strict profile, the Health Bill 2026 and rule overrides': 'profile: strict\nframework: health-bill-2026\nrules:\n  ICS-EXEC-002: error\n  ICS-CCPL-016: off\n',
  };
  for (const [label, config] of Object.entries(configs)) {
    it(`on the samples, with ${label}`, async () => {
      root = workspace(config);
      const cli = await check({ files: ['.'], cwd: root, today: TODAY });
      const fromCli = cli.results.flatMap((r) => r.findings.map((f) => `${path.relative(root!, r.filePath)}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.ruleId} ${f.message}`)).sort();

      h = await startHarness({ today: TODAY, workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'ws' }] });
      await h.server.ready();
      const fromEditor: string[] = [];
      for (const r of cli.results) {
        const uri = pathToFileURL(r.filePath).href;
        const published = h.latest(uri) ?? { diagnostics: await h.diagnostics(uri, () => true) };
        for (const d of published.diagnostics) fromEditor.push(`${path.relative(root, r.filePath)}:${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY[d.severity ?? 1]} ${String(d.code)} ${d.message}`);
      }
      fromEditor.sort();
      assert.ok(fromCli.length > 10, 'the flawed samples have findings');
      if (config.includes('ICS-EXEC-002: error')) {
        assert.ok(fromCli.some((x) => x.includes(' error ICS-EXEC-002 ')), 'the override raised ICS-EXEC-002 to an error');
        assert.ok(!fromCli.some((x) => x.split(' ')[2] === 'ICS-CCPL-016'), 'the override turned ICS-CCPL-016 off');
      }
      assert.deepEqual(fromEditor, fromCli);
    });
  }
});
