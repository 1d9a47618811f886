import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FRAMEWORKS, PROFILES, analyzeFile, checkFiles, type CheckOptions, type Finding, type FrameworkId, type ProfileId } from '../../server/src/core';

/**
 * The v1 documents whose findings are pinned by test/baseline/v1.test.ts: the samples as they were
 * in format v1 (kept in test/fixtures/v1-samples/), every rule fixture, and the schema fixtures.
 * A case is a set of files checked together with one set of options; its findings are written as
 * one line each, `file:line:col-line:col severity rule message`, sorted. The samples' and schema
 * fixtures' lines are kept in full; the rule fixtures' (tens of thousands of lines) are kept as a
 * count and a hash per fixture folder and rule, which is enough to say which rule changed where.
 */
export const ROOT = path.resolve(__dirname, '..', '..');
const TODAY = '2026-11-23';

export interface BaselineCase {
  name: string;
  /** Cases of one group are pinned together by count and hash (rule fixtures: the folder). */
  group?: string;
  files: string[];
  options: CheckOptions;
}

function yamlIn(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir))
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()
    .map((n) => `${dir}/${n}`);
}

export function baselineCases(): BaselineCase[] {
  const cases: BaselineCase[] = [];
  const valid = yamlIn('test/fixtures/v1-samples/valid');
  for (const profile of PROFILES) {
    for (const framework of FRAMEWORKS) cases.push({ name: `v1-samples/valid ${profile} ${framework}`, files: valid, options: { profile, framework, today: TODAY } });
  }
  for (const f of yamlIn('test/fixtures/v1-samples/flawed')) {
    cases.push({ name: `${f} recommended`, files: [f], options: { today: TODAY } });
    cases.push({ name: `${f} strict`, files: [f], options: { profile: 'strict', today: TODAY } });
  }
  cases.push({ name: 'schema fixtures strict', files: yamlIn('test/fixtures/schemas').filter((f) => !f.includes('ics-check-config')), options: { profile: 'strict', today: TODAY } });
  const fixtures = 'test/rules/fixtures';
  for (const rule of fs.readdirSync(path.join(ROOT, fixtures)).sort()) {
    for (const name of fs.readdirSync(path.join(ROOT, fixtures, rule)).filter((n) => /^(pass|fail)/.test(n)).sort()) {
      const rel = `${fixtures}/${rule}/${name}`;
      const files = fs.statSync(path.join(ROOT, rel)).isDirectory() ? yamlIn(rel) : [rel];
      const header = files.map((f) => fs.readFileSync(path.join(ROOT, f), 'utf8')).join('\n');
      if (/^\s*seats:/m.test(header) || /^version: 1\.1/m.test(header)) continue; // format 1.1: not a v1 document
      const framework = /^# framework: (\S+)/m.exec(header)?.[1] as FrameworkId | undefined;
      const profile = (/^# profile: (\S+)/m.exec(header)?.[1] as ProfileId | undefined) ?? 'strict';
      cases.push({ name: rel, group: `${fixtures}/${rule}`, files, options: { framework, profile, today: TODAY } });
    }
  }
  return cases;
}

export function findingLine(f: Finding): string {
  const rel = path.relative(ROOT, f.uri.replace(/^file:\/\//, ''));
  const r = f.range;
  return `${rel}:${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1} ${f.severity} ${f.ruleId} ${f.message}`;
}

export function runCase(c: BaselineCase): string[] {
  const analyzed = c.files.map((f) => analyzeFile('file://' + path.join(ROOT, f), fs.readFileSync(path.join(ROOT, f), 'utf8')));
  return checkFiles(analyzed, c.options).map(findingLine).sort();
}

export interface Baseline {
  /** Full finding lines per case. */
  cases: Record<string, string[]>;
  /** Per group: its cases, and per rule `<count> <hash>` of the group's finding lines of that rule. */
  groups: Record<string, { cases: string[]; rules: Record<string, string> }>;
}

export function ruleOf(line: string): string {
  return line.split(' ')[2];
}

export function digest(lines: string[]): string {
  return `${lines.length} ${createHash('sha1').update(lines.join('\n')).digest('hex').slice(0, 12)}`;
}

/** Runs every case and summarises it as the baseline file stores it. */
export function computeBaseline(cases: BaselineCase[] = baselineCases()): Baseline {
  const out: Baseline = { cases: {}, groups: {} };
  const grouped = new Map<string, { cases: string[]; lines: string[] }>();
  for (const c of cases) {
    const lines = runCase(c);
    if (!c.group) {
      out.cases[c.name] = lines;
      continue;
    }
    const g = grouped.get(c.group) ?? { cases: [], lines: [] };
    g.cases.push(c.name);
    g.lines.push(...lines);
    grouped.set(c.group, g);
  }
  for (const [group, g] of grouped) {
    const byRule = new Map<string, string[]>();
    for (const l of g.lines) byRule.set(ruleOf(l), [...(byRule.get(ruleOf(l)) ?? []), l]);
    out.groups[group] = { cases: g.cases, rules: Object.fromEntries([...byRule.keys()].sort().map((r) => [r, digest(byRule.get(r)!.sort())])) };
  }
  return out;
}
