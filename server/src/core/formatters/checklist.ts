import { countOutcomes, fileRuleOutcomes, type RuleOutcome, type RuleStatus } from '../outcomes';
import { ALL_RULES, ruleById } from '../rules';
import type { Formatter } from './types';
import { displayPath, plural, summarize } from './util';

const ANSI = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', underline: '\x1b[4m', red: '\x1b[31m', green: '\x1b[32m', yellow: '\x1b[33m' };

const MARK: Record<RuleStatus, string> = { passed: '✔', failed: '✖', waived: '~', 'not-applicable': '-' };
const WORD: Record<RuleStatus, string> = { passed: 'passed', failed: 'failed', waived: 'waived', 'not-applicable': 'not applicable' };
const COLOUR: Record<RuleStatus, string> = { passed: ANSI.green, failed: ANSI.red, waived: ANSI.yellow, 'not-applicable': ANSI.dim };

/** The catalogue's order, for listing rules as the catalogue does. */
const ORDER = new Map(ALL_RULES.map((r, i) => [r.meta.id, i]));

/**
 * `--format checklist`: the pass/fail checklist in the terminal, from the rule outcomes the engine
 * works out (../outcomes) — per file, every rule that ran, by catalogue section, passed, failed or
 * waived, with its findings; then the rules that did not run, by reason; then the totals. The
 * reviewer's report (`-f html`) shows the same checklist with the rules' sources.
 */
export const checklist: Formatter = (results, context) => {
  const paint = (codes: string, s: string) => (context.color ? codes + s + ANSI.reset : s);
  const out: string[] = [];
  for (const r of results) {
    if (!r.outcome) continue;
    const rules = fileRuleOutcomes(r.outcome.documents);
    const counts = countOutcomes(rules);
    const doc = r.outcome.documents[0];
    const about = doc ? [doc.kind, doc.profile, doc.framework].filter(Boolean).join(' · ') : '';
    out.push(`${paint(ANSI.underline, displayPath(r.filePath, context.cwd))}${about ? paint(ANSI.dim, `  (${about})`) : ''}`);
    out.push(`  ${plural(counts.passed + counts.failed + counts.waived, 'rule')} ran: ${counts.passed} passed, ${counts.failed} failed, ${counts.waived} waived; ${counts.notApplicable} not applicable`);
    const ran = rules.filter((o) => o.status !== 'not-applicable').sort((a, b) => (ORDER.get(a.ruleId) ?? 0) - (ORDER.get(b.ruleId) ?? 0));
    const bySection = new Map<string, RuleOutcome[]>();
    for (const o of ran) {
      const section = ruleById(o.ruleId)?.meta.section ?? 'Other';
      bySection.set(section, [...(bySection.get(section) ?? []), o]);
    }
    const idWidth = Math.max(0, ...ran.map((o) => o.ruleId.length));
    for (const [section, list] of bySection) {
      out.push('', `  ${paint(ANSI.bold, section)}`);
      for (const o of list) {
        const title = ruleById(o.ruleId)?.meta.title ?? '';
        const what = o.severity === 'information' ? `${o.findings} information` : plural(o.findings, o.severity ?? 'finding');
        const n = o.findings > 0 ? `  (${what}${o.waived > 0 ? `, ${o.waived} waived` : ''})` : o.waived > 0 ? `  (${plural(o.waived, 'finding')} waived)` : '';
        out.push(`    ${paint(COLOUR[o.status], `${MARK[o.status]} ${WORD[o.status].padEnd(6)}`)}  ${o.ruleId.padEnd(idWidth)}  ${title}${paint(ANSI.dim, n)}`);
      }
    }
    const notRun = rules.filter((o) => o.status === 'not-applicable');
    if (notRun.length > 0) {
      out.push('', `  ${paint(ANSI.bold, 'Not applicable')}`);
      const byReason = new Map<string, string[]>();
      for (const o of notRun) byReason.set(o.reason ?? 'did not run', [...(byReason.get(o.reason ?? 'did not run') ?? []), o.ruleId]);
      for (const [why, ids] of byReason) out.push(`    ${paint(ANSI.dim, `${MARK['not-applicable']} ${why[0].toUpperCase()}${why.slice(1)} (${ids.length}): ${ids.join(', ')}`)}`);
    }
    const other = r.findings.filter((f) => !ruleById(f.ruleId));
    if (other.length > 0) {
      const ids = [...new Set(other.map((f) => f.ruleId))].join(', ');
      out.push('', `  Besides the rules: ${plural(other.length, 'finding')} of the format itself (${ids}); \`ics-check\` lists them.`);
    }
    out.push('');
  }
  const s = summarize(results, context);
  const line = `${plural(s.files, 'file')}: ${plural(s.rules.failed, 'rule')} failed, ${s.rules.passed} passed, ${s.rules.waived} waived, ${s.rules.notApplicable} not applicable`;
  out.push(s.rules.failed > 0 ? paint(ANSI.red + ANSI.bold, `✖ ${line}`) : paint(ANSI.green, `✔ ${line}`));
  return out.join('\n') + '\n';
};
