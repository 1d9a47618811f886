import type { Severity } from '../types';
import type { Formatter } from './types';
import { byPosition, displayPath, messageText } from './util';

/** GitLab's code quality severities (a subset of Code Climate's). */
const SEVERITY: Record<Severity, 'major' | 'minor' | 'info'> = { error: 'major', warning: 'minor', information: 'info', hint: 'info' };

/** FNV-1a, 64 bits, as 16 hex digits: a stable identity for a finding (not a security check). */
function fingerprint(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const byte of Buffer.from(text, 'utf8')) {
    h ^= BigInt(byte);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

/**
 * GitLab's code quality report (`artifacts:reports:codequality`): a JSON array of Code Climate
 * issues, shown in the merge request widget and its diff. The fingerprint is made of the file,
 * the rule and the message (and a counter for repeats), not the line, so a finding that moves
 * with an edit above it is not reported as new.
 */
export const gitlab: Formatter = (results, context) => {
  const issues: unknown[] = [];
  for (const r of results) {
    const file = displayPath(r.filePath, context.cwd);
    const seen = new Map<string, number>();
    for (const f of [...r.findings].sort(byPosition)) {
      // The message without the YAML it shows: the YAML quotes the lines around the addition, which
      // may change without the finding changing.
      const text = messageText(f.message);
      const key = `${file}\u0000${f.ruleId}\u0000${text}`;
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      issues.push({
        type: 'issue',
        check_name: f.ruleId,
        description: `${f.ruleId}: ${text}`,
        categories: ['Bug Risk'],
        severity: SEVERITY[f.severity],
        fingerprint: fingerprint(`${key}\u0000${n}`),
        location: { path: file, lines: { begin: f.range.start.line + 1, end: f.range.end.line + 1 } },
      });
    }
  }
  return JSON.stringify(issues, null, 2) + '\n';
};
