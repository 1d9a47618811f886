import * as path from 'node:path';
import type { Finding, Range } from '../../server/src/core';
import { loadFixtures, runFixture } from './fixture-harness';

/**
 * What each rule says on its failing fixtures, written out as a table a reviewer can read, as
 * ESLint's RuleTester pins each message, location and fix `output`: per finding its severity,
 * range (1-based line:column, as editors show them), message and related locations; per fix its
 * title, whether `--fix` and fix-all may apply it unattended (`safe`), and its edits.
 * test/rules/expected/<RULE-ID>.txt holds the table; `npx tsx test/rules/expected/update.ts` writes
 * it anew after a deliberate change (review the diff).
 */
export const EXPECTED = path.join(__dirname, 'expected');

function at(r: Range): string {
  return `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
}

function byPlace(a: Finding, b: Finding): number {
  return a.uri.localeCompare(b.uri) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.message.localeCompare(b.message);
}

/** The table of one rule: every failing fixture, with what the rule reports on it. */
export function expectedTable(ruleId: string): string {
  const out: string[] = [`# ${ruleId}: findings and fixes on its failing fixtures (test/rules/expected.ts)`];
  for (const f of loadFixtures(ruleId).filter((x) => !x.expectPass)) {
    out.push('', `## ${f.name}`);
    const several = f.files.length > 1;
    const mine = runFixture(f)
      .filter((x) => x.ruleId === ruleId)
      .sort(byPlace);
    for (const finding of mine) {
      const file = several ? `${path.basename(finding.uri)} ` : '';
      out.push(`${finding.severity} ${file}${at(finding.range)} ${finding.message}`);
      for (const r of finding.related ?? []) out.push(`  related ${r.uri && r.uri !== finding.uri ? path.basename(r.uri) + ' ' : ''}${at(r.range)} ${r.message}`);
      for (const fix of finding.fixes ?? []) {
        out.push(`  fix (${fix.safe ? 'safe' : 'not safe'}) ${fix.title}`);
        for (const e of fix.edits) out.push(`    ${at(e.range)} ${JSON.stringify(e.newText)}`);
      }
    }
  }
  return out.join('\n') + '\n';
}
