// Writes docs/rules/<ID>.md for every rule and docs/rules/README.md (the index), from rule metadata.
// Run with `npm run docs`; a test fails when the committed pages differ from what this writes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ALL_RULES, NOT_IMPLEMENTED } from '../server/src/core';
import { ruleMarkdown, rulesIndexMarkdown } from '../server/src/core/docs';
import { ENGINE_CHECKS, engineCheckMarkdown } from '../server/src/core/checks';

const dir = path.join(__dirname, '..', 'docs', 'rules');
fs.mkdirSync(dir, { recursive: true });
const wanted = new Set<string>(['README.md']);
for (const rule of ALL_RULES) {
  const name = `${rule.meta.id}.md`;
  wanted.add(name);
  fs.writeFileSync(path.join(dir, name), ruleMarkdown(rule));
}
for (const check of ENGINE_CHECKS) {
  const name = `${check.id}.md`;
  wanted.add(name);
  fs.writeFileSync(path.join(dir, name), engineCheckMarkdown(check));
}
fs.writeFileSync(path.join(dir, 'README.md'), rulesIndexMarkdown(ALL_RULES, NOT_IMPLEMENTED));
for (const name of fs.readdirSync(dir)) if (name.endsWith('.md') && !wanted.has(name)) fs.unlinkSync(path.join(dir, name));
console.log(`docs/rules: ${ALL_RULES.length} rule pages, ${ENGINE_CHECKS.length} engine check pages and an index`);
