// Fails (exit 1) when a mutated file's mutation score is below its floor.
//   node stryker/check-scores.mjs [report.json] [floors.json]
// Score as Stryker counts it: detected (killed, timed out) over valid mutants (detected, survived,
// no coverage); compile errors, runtime errors and ignored mutants do not count.
import * as fs from 'node:fs';

const reportFile = process.argv[2] ?? 'reports/mutation-ci/mutation.json';
const floorsFile = process.argv[3] ?? new URL('./floors.json', import.meta.url);
const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
const floors = JSON.parse(fs.readFileSync(floorsFile, 'utf8')).floors;

const scores = {};
for (const [file, { mutants }] of Object.entries(report.files)) {
  let detected = 0;
  let valid = 0;
  for (const m of mutants) {
    if (m.status === 'Killed' || m.status === 'Timeout') detected++;
    if (['Killed', 'Timeout', 'Survived', 'NoCoverage'].includes(m.status)) valid++;
  }
  scores[file.replace(/\\/g, '/')] = { detected, valid, score: valid === 0 ? 100 : (100 * detected) / valid };
}

let failed = 0;
for (const [file, floor] of Object.entries(floors)) {
  const s = scores[file];
  if (!s) {
    console.log(`mutation score: ${file}: not in ${reportFile}`);
    failed++;
    continue;
  }
  const ok = s.score >= floor;
  if (!ok) failed++;
  console.log(`mutation score: ${file}: ${s.score.toFixed(2)} % (${s.detected} of ${s.valid} detected), floor ${floor} % ${ok ? 'ok' : 'FAILED'}`);
}
if (failed > 0) {
  console.log(`mutation score: ${failed} file(s) below the floor (raise the tests, or explain the survivor as equivalent)`);
  process.exit(1);
}
