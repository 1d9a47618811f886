// Entry point the VS Code extension host loads through --extensionTestsPath: it must export
// run(): Promise<void>, and a rejection makes the host exit non-zero. Bundled by
// scripts/e2e/build.mjs to out/e2e/suite/index.js, next to one bundle per *.test.ts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  // No retries, no grep: every test runs once and any failure fails the run.
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  if (files.length === 0) return Promise.reject(new Error(`no *.test.js next to ${__filename}`));
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      const total = mocha.suite.total();
      // indented so the orchestrator's own closing line stays the only plain "N passed, N failed"
      console.log(`  extension host: ${total - failures} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} of ${total} extension-host tests failed`));
      else if (total === 0) reject(new Error('no tests ran'));
      else resolve();
    });
  });
}
