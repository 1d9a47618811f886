// Writes test/baseline/v1-findings.json: the findings of every v1 case (test/baseline/cases.ts) as
// the rules stand. Run it on main's rules (not on a branch that changes them on purpose), e.g.
//   git worktree add /tmp/base main && cp -r test/baseline test/fixtures/v1-samples /tmp/base/test/…
//   (cd /tmp/base && npx tsx test/baseline/generate.ts) && cp /tmp/base/test/baseline/v1-findings.json test/baseline/
// test/baseline/v1.test.ts then checks that the branch gives exactly these findings, except the
// differences it lists with their reasons.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { computeBaseline } from './cases';

const out = computeBaseline();
const file = path.join(__dirname, 'v1-findings.json');
fs.writeFileSync(file, JSON.stringify(out, null, 1) + '\n');
console.log(`${Object.keys(out.cases).length} cases and ${Object.keys(out.groups).length} fixture folders → ${path.relative(process.cwd(), file)}`);
