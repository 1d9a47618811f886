// Checks what `npm run package` produced: the files the extension needs are in the .vsix, and
// nothing that should not ship (node_modules, sources, tests, samples' test copies) is.
// Usage: node scripts/e2e/check-vsix.mjs out/ics-constitution-checker.vsix
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';

const vsix = process.argv[2];
if (!vsix) { console.error('usage: check-vsix.mjs <file.vsix>'); process.exit(2); }
// a .vsix is a zip; python3's zipfile lists it without extra packages
const names = execFileSync('python3', ['-c', 'import sys,zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', vsix],
  { encoding: 'utf8' }).trim().split('\n');
const size = statSync(vsix).size;
const problems = [];
for (const need of ['extension/package.json', 'extension/dist/client.js', 'extension/dist/server.js', 'extension/dist/cli.js', 'extension/dist/api.js']) {
  if (!names.includes(need)) problems.push(`missing ${need}`);
}
if (!names.some((n) => /^extension\/schemas\/.+\.json$/.test(n))) problems.push('no schemas/*.json');
if (!names.some((n) => /^extension\/readme\.md$/i.test(n))) problems.push('no README');
const forbidden = [/\/node_modules\//, /^extension\/(server|client)\/src\//, /^extension\/test\//, /^extension\/out\//,
  /^extension\/scripts\//, /^extension\/test-results\//, /\.ts$/, /^extension\/\.ci\//, /\.vsix$/];
for (const n of names) if (forbidden.some((re) => re.test(n))) problems.push(`should not ship: ${n}`);
const MAX = 5 * 1024 * 1024;
if (size > MAX) problems.push(`${(size / 1048576).toFixed(1)} MB is over ${MAX / 1048576} MB`);
console.log(`${vsix}: ${names.length} entries, ${(size / 1024).toFixed(0)} KB`);
for (const n of names) console.log('  ' + n);
if (problems.length) { console.log('NOT OK - ' + problems.join('\n NOT OK - ')); process.exit(1); }
console.log('ok - the .vsix holds dist/, schemas/, package.json and README, and no node_modules, sources or tests');
