// Writes test/rules/expected/<RULE-ID>.txt anew from the rules as they are: run after a deliberate
// change to a rule's messages, locations or fixes, then review the diff (`git diff test/rules/expected`).
//   npx tsx test/rules/expected/update.ts [RULE-ID ...]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ALL_RULES } from '../../../server/src/core';
import { EXPECTED, expectedTable } from '../expected';

const only = process.argv.slice(2);
const ids = ALL_RULES.map((r) => r.meta.id).filter((id) => only.length === 0 || only.includes(id));
const known = new Set(ids);
for (const name of fs.readdirSync(EXPECTED)) {
  if (name.endsWith('.txt') && only.length === 0 && !known.has(name.slice(0, -4))) fs.rmSync(path.join(EXPECTED, name));
}
let changed = 0;
for (const id of ids) {
  const file = path.join(EXPECTED, `${id}.txt`);
  const text = expectedTable(id);
  if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) continue;
  fs.writeFileSync(file, text);
  changed++;
}
console.log(`${changed} of ${ids.length} table(s) written in ${path.relative(process.cwd(), EXPECTED)}`);
