import { PROFILE_SOURCES } from './profiles';
import { ENGINE_CHECKS } from './checks';
import type { NotImplemented, Rule } from './rules/framework';
import { PROFILES, type Citation, type ProfileId, type RuleMeta } from './types';
import { CONSIDERED, SEED_ASKS, SEEDS, type SeedAsk } from './seed-asks';

/**
 * Rule documentation, generated from each rule's metadata: `docs/rules/<ID>.md` and its index.
 * The CLI's `--explain` and the editor's "Show documentation" show the same text.
 */

const CONFIDENCE: Record<Citation['confidence'], string> = {
  V: 'read in the source (paraphrased)',
  I: 'inferred from a reliable secondary citation; the exact wording was not read',
  U: 'not confirmed: the source was not read',
};

const SOURCE_KIND: Record<RuleMeta['sourceKind'], string> = {
  statute: 'the law (statute)',
  'nhse-policy': 'NHS England policy',
  'data-check': "a data check: the document's own consistency",
  guidance: 'good practice from guidance',
  heuristic: 'a heuristic',
};

/** The profiles a rule runs in. */
export function profilesOf(meta: RuleMeta): ProfileId[] {
  return PROFILES.filter((p) => PROFILE_SOURCES[p].includes(meta.sourceKind));
}

export function citationText(c: Citation): string {
  return `${c.instrument}, ${c.provision}`;
}

export function ruleMarkdown(rule: Rule): string {
  const m = rule.meta;
  const lines = [
    `# ${m.id}: ${m.title}`,
    '',
    `| | |`,
    `|---|---|`,
    `| Severity | ${m.severity} (source: ${SOURCE_KIND[m.sourceKind]}) |`,
    `| Profiles | ${profilesOf(m).join(', ')} |`,
    `| Legal frameworks | ${m.frameworks.join(', ')} |`,
    `| Applies to | ${m.appliesTo.join(', ')}${m.crossDocument ? ' (checks the other files of the system too)' : ''} |`,
    `| Quick fix | ${m.fixable ? 'yes' : 'no'} |`,
    `| Catalogue section | ${m.section} |`,
    '',
    '## What it checks',
    '',
    m.docs.description,
    '',
    '## Why',
    '',
    m.docs.rationale,
    '',
    '### Sources',
    '',
    ...m.citations.map((c) => `- [${citationText(c)}](${c.url}) — confidence ${c.confidence}: ${CONFIDENCE[c.confidence]}.`),
    '',
    ...(m.docs.changes?.length ? ['## What changed', '', ...m.docs.changes.map((c) => `- ${c}`), ''] : []),
    '## Incorrect',
    '',
    '```yaml',
    m.docs.incorrect.trimEnd(),
    '```',
    '',
    '## Correct',
    '',
    '```yaml',
    m.docs.correct.trimEnd(),
    '```',
    '',
    '## How to fix',
    '',
    m.docs.howToFix,
    '',
    '## Turning it off',
    '',
    'In `.ics-check.yaml`:',
    '',
    '```yaml',
    'rules:',
    `  ${m.id}: off`,
    '```',
    '',
    `or on one line of a document: \`# ics-check-disable-next-line ${m.id} -- <reason>\`.`,
    '',
  ];
  return lines.join('\n');
}

export function rulesIndexMarkdown(rules: readonly Rule[], notImplemented: readonly NotImplemented[], seedAsks: readonly SeedAsk[] = SEED_ASKS): string {
  const bySection = new Map<string, Rule[]>();
  for (const r of rules) {
    if (!bySection.has(r.meta.section)) bySection.set(r.meta.section, []);
    bySection.get(r.meta.section)!.push(r);
  }
  const count = (sev: string) => rules.filter((r) => r.meta.severity === sev).length;
  const out = [
    '# Rules',
    '',
    `ICS Constitution Checker has ${rules.length} rules: ${count('error')} errors (the law), ${count('warning')} warnings (NHS England policy and data checks), ${count('information')} information (good practice) and ${count('hint')} hints (heuristics).`,
    'A rule whose source has not been read is shipped no higher than information.',
    'This page is generated from the rules themselves (`npm run docs`).',
    '',
  ];
  for (const [section, list] of bySection) {
    out.push(`## ${section}`, '', '| Rule | Severity | Profiles | Requirement | Source | Fix |', '|---|---|---|---|---|---|');
    for (const r of list) {
      const m = r.meta;
      const source = m.citations.map((c) => `[${citationText(c)}](${c.url}) (${c.confidence})`).join('; ');
      out.push(`| [${m.id}](${m.id}.md) | ${m.severity} | ${profilesOf(m).join(', ')} | ${m.title} | ${source} | ${m.fixable ? 'yes' : ''} |`);
    }
    out.push('');
  }
  out.push('## Checks of the engine', '', 'Findings that do not come from a catalogue rule carry one of these ids; they run under every profile.', '', '| Id | Severity | What it checks |', '|---|---|---|');
  for (const c of ENGINE_CHECKS) out.push(`| [${c.id}](${c.id}.md) | ${c.severity} | ${c.title} |`);
  out.push('');
  out.push('## Rules of the catalogue not implemented', '', 'These catalogue rules cannot be checked from the format as it stands, for the reason given.', '', '| Rule | Requirement | Why not |', '|---|---|---|');
  for (const n of notImplemented) out.push(`| ${n.id} | ${n.title} | ${n.reason} |`);
  out.push('');
  out.push(
    '## The seeds\' asks',
    '',
    'What the documents this product was created from ask for, and the rules that check each ask — or why none can.',
    '',
    ...SEEDS.map((s) => `- ${s.id}: ${s.title}`),
    '',
    '| Seeds | Ask | Rules | Notes |',
    '|---|---|---|---|',
  );
  for (const a of seedAsks) {
    const links = a.rules.length ? a.rules.map((id) => `[${id}](${id}.md)`).join(', ') : 'none';
    out.push(`| ${a.seeds.join(', ')} | ${a.ask} | ${links} | ${a.note ?? ''} |`);
  }
  out.push('', '### Considered and not made rules', '', '| Requirement | Why not |', '|---|---|');
  for (const c of CONSIDERED) out.push(`| ${c.requirement} | ${c.why} |`);
  out.push('');
  return out.join('\n');
}
