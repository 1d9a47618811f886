// Per-file mutation scores of one or more Stryker JSON reports, and optionally the survivors:
//   node stryker/report.mjs reports/mutation/mutation.json [more.json …] [--survivors] [--min 80]
// A file in several reports is taken from the last one given (the newest run). The score is
// Stryker's: detected (killed, timed out) over valid (detected, survived, no coverage).
// --min N exits 1 when the total over all files is below N %.
import * as fs from 'node:fs';

const args = process.argv.slice(2);
const survivors = args.includes('--survivors');
const minAt = args.indexOf('--min');
const min = minAt >= 0 ? Number(args[minAt + 1]) : undefined;
const reports = args.filter((a, i) => !a.startsWith('--') && (minAt < 0 || i !== minAt + 1));
if (reports.length === 0) {
  console.error('usage: node stryker/report.mjs REPORT.json [REPORT.json …] [--survivors] [--min N]');
  process.exit(2);
}

const files = new Map();
for (const r of reports) {
  for (const [file, entry] of Object.entries(JSON.parse(fs.readFileSync(r, 'utf8')).files)) files.set(file.replace(/\\/g, '/'), entry);
}

const DETECTED = new Set(['Killed', 'Timeout']);
const VALID = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);
let detected = 0;
let valid = 0;
for (const [file, { mutants, source }] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
  const d = mutants.filter((m) => DETECTED.has(m.status)).length;
  const v = mutants.filter((m) => VALID.has(m.status)).length;
  const s = mutants.filter((m) => m.status === 'Survived').length;
  const nc = mutants.filter((m) => m.status === 'NoCoverage').length;
  detected += d;
  valid += v;
  const score = v === 0 ? 100 : (100 * d) / v;
  console.log(`${score.toFixed(2).padStart(6)} %  ${String(d).padStart(4)} of ${String(v).padEnd(4)}  survived ${String(s).padStart(3)}  no coverage ${String(nc).padStart(3)}  ${file}`);
  if (survivors) {
    const lines = source.split('\n');
    for (const m of mutants.filter((x) => x.status === 'Survived' || x.status === 'NoCoverage')) {
      const l = m.location.start.line;
      console.log(`         ${m.status === 'Survived' ? 'survived' : 'no cover'} ${l}:${m.location.start.column} ${m.mutatorName} → ${JSON.stringify(m.replacement ?? '').slice(0, 70)}  | ${lines[l - 1].trim().slice(0, 100)}`);
    }
  }
}
const total = valid === 0 ? 100 : (100 * detected) / valid;
console.log(`${total.toFixed(2).padStart(6)} %  ${String(detected).padStart(4)} of ${String(valid).padEnd(4)}  total over ${files.size} files`);
if (min !== undefined && total < min) process.exit(1);
