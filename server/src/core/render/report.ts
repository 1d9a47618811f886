import { analyzeFile, type AnalyzedFile } from '../analyze';
import { buildSystem } from '../engine';
import { citationText } from '../docs';
import { ruleById } from '../rules';
import { ruleDocsUrl } from '../language/links';
import { text } from '../model/query';
import { fileRuleOutcomes, countOutcomes, type RuleOutcome, type WaivedFinding, type DocumentOutcome } from '../outcomes';
import { SEVERITY_ORDER, type Finding, type RuleMeta, type Severity } from '../types';
import type { WaiverState } from '../suppressions';
import { displayPath, rulesOf, summarize, uriToPath } from '../formatters/util';
import type { FileResult, FormatContext, Formatter } from '../formatters/types';
import { boardCompositionTable } from './constitution';
import { governanceDiagram } from './diagram';
import { htmlPage, HtmlWriter } from './html';
import { beyondReportSections } from './beyond';
import { Builder } from './prose';
import { attachFindings, slugger, source, type Block, type DocumentTree, type Inline, type Section, type Table, type TableRow } from './tree';
import { dateText } from './words';
import { catalogueVersion } from '../versions';

/**
 * The reviewer's report (`ics-check … -f html`): one self-contained page for a board secretary,
 * an NHS England reviewer or a lawyer — what was checked (files with their SHA-256, profile, legal
 * framework, date, tool version), the checklist of every rule with its outcome and citation, the
 * board's composition, the governance structure as a diagram, the findings with their lines, and
 * the waivers with the findings they hide. Built as a document tree and written by the same HTML
 * writer as the rendered constitution. Pure: no clock, no file system (the date is the context's).
 */

const STATUS_WORD: Record<RuleOutcome['status'], string> = { passed: 'passed', failed: 'failed', waived: 'waived', 'not-applicable': 'not applicable' };
const SOURCE_ORDER: Record<RuleMeta['sourceKind'], number> = { statute: 0, 'nhse-policy': 1, 'data-check': 2, guidance: 3, heuristic: 4 };
const SOURCE_WORD: Record<RuleMeta['sourceKind'], string> = { statute: 'Law', 'nhse-policy': 'NHS England policy', 'data-check': 'Data check', guidance: 'Guidance', heuristic: 'Heuristic' };
/** What a rule rests on, in the checklist's headings: "Passed: 12 rules resting on the law". */
const SOURCE_PHRASE: Record<RuleMeta['sourceKind'], string> = { statute: 'the law', 'nhse-policy': 'NHS England policy', 'data-check': 'a check of the data', guidance: 'guidance', heuristic: 'a heuristic' };
const KIND_WORD: Record<string, string> = { 'icb-constitution': 'ICB constitution', 'integrated-care-partnership': 'Integrated care partnership', 'place-partnership': 'Place partnership' };
const SEVERITY_WORD: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'information', hint: 'hint' };

function status(r: RuleOutcome): Inline {
  return { kind: 'status', text: STATUS_WORD[r.status], status: r.status };
}

/**
 * A provision as a list of sources shortens it, where a number follows: "Schedule 1B paragraph
 * 3(1)(a)" → "Sch 1B para 3(1)(a)", "section 14Z25" → "s. 14Z25". Words in a provision that
 * describe it ("section heading known") are left as they are.
 */
export function shortProvision(provision: string): string {
  return provision
    .replace(/\bSchedules? (?=\d)/g, 'Sch ')
    .replace(/\bparagraphs (?=\d)/g, 'paras ')
    .replace(/\bparagraph (?=\d)/g, 'para ')
    .replace(/\bsections (?=\d)/g, 'ss. ')
    .replace(/\bsection (?=\d)/g, 's. ')
    .replace(/\bregulations (?=\d)/g, 'regs ')
    .replace(/\bregulation (?=\d)/g, 'reg ');
}

/**
 * The sources the checklist cites, each instrument once under a key (S1, S2 … in the order first
 * cited): a passed rule's row names its provisions after the key, and the report ends with the
 * key. A failed or waived rule's row gives its sources in full.
 */
export class SourceKeys {
  private readonly keys = new Map<string, string>();

  key(instrument: string): string {
    let k = this.keys.get(instrument);
    if (!k) this.keys.set(instrument, (k = `S${this.keys.size + 1}`));
    return k;
  }

  /** "S1 Sch 1B para 3(1)(a), para 3(1)(b); S4 s. 14Z25" — the provisions of one instrument together, after its key. */
  short(meta: RuleMeta): string {
    const byInstrument = new Map<string, string[]>();
    for (const c of meta.citations) byInstrument.set(c.instrument, [...(byInstrument.get(c.instrument) ?? []), shortProvision(c.provision)]);
    return [...byInstrument].map(([instrument, provisions]) => `${this.key(instrument)} ${provisions.join(', ')}`).join('; ');
  }

  get size(): number {
    return this.keys.size;
  }

  /** The key: each instrument in full, under its key. */
  table(): Table {
    return {
      type: 'table',
      caption: 'Sources cited in the checklist',
      header: ['Key', 'Source'],
      widths: [1, 12],
      rows: [...this.keys].map(([instrument, key]) => ({ tone: 'compact', cells: [[{ kind: 'strong', text: key }], [instrument]] })),
    };
  }
}

/**
 * The checklist of one file: a table per catalogue section of the rules that ran, then the rules
 * that did not, by reason. A failed or waived rule gets its requirement and sources in full; a
 * passed rule one compact row, its sources by key (see {@link SourceKeys}).
 */
export function checklistBlocks(result: { uri: string; findings?: readonly Finding[]; outcome?: { documents: DocumentOutcome[] } }, slug: (t: string) => string, label: string, sources = new SourceKeys()): Block[] {
  const rules = result.outcome ? fileRuleOutcomes(result.outcome.documents) : [];
  const counts = countOutcomes(rules);
  const blocks: Block[] = [
    {
      type: 'paragraph',
      content: [`${label}: `, { kind: 'strong', text: `${counts.passed} passed` }, ', ', { kind: 'strong', text: `${counts.failed} failed` }, ', ', { kind: 'strong', text: `${counts.waived} waived` }, `, ${counts.notApplicable} not applicable.`],
    },
  ];
  const other = (result.findings ?? []).filter((f) => !ruleById(f.ruleId));
  if (other.length > 0) {
    const ids = [...new Set(other.map((f) => f.ruleId))];
    blocks.push({ type: 'paragraph', content: [`Besides the rules, the file has ${other.length} finding${other.length === 1 ? '' : 's'} of the format itself (`, ...ids.flatMap((id, i): Inline[] => [i > 0 ? ', ' : '', { kind: 'code', text: id }]), '), listed under Findings.'] });
  }
  const ran = rules.filter((r) => r.status !== 'not-applicable');
  const bySection = new Map<string, RuleOutcome[]>();
  for (const r of ran) {
    const meta = ruleById(r.ruleId)?.meta;
    const section = meta?.section ?? 'Other';
    bySection.set(section, [...(bySection.get(section) ?? []), r]);
  }
  const row = (r: RuleOutcome): TableRow => {
    const meta = ruleById(r.ruleId)!.meta;
    const url = ruleDocsUrl(meta.id);
    const rule: Inline[] = [url ? { kind: 'link', text: meta.id, href: url } : { kind: 'code', text: meta.id }];
    // a passed rule on one line: its requirement, and its sources by key
    if (r.status === 'passed') return { tone: 'status-passed', oneLine: true, cells: [[status(r)], rule, [meta.title], [sources.short(meta)]] };
    // a failed or waived rule in full: its requirement, how many findings, and its sources
    const shown = r.findings > 0 ? `${r.findings} ${r.severity ? SEVERITY_WORD[r.severity] : 'finding'}${r.findings === 1 ? '' : 's'}` : '';
    const hidden = r.waived > 0 ? `${r.waived} waived` : '';
    return {
      tone: `status-${r.status}`,
      cells: [[status(r)], rule, [meta.title, { kind: 'cite', text: `Findings: ${[shown, hidden].filter(Boolean).join(', ')}.` }], [`${SOURCE_WORD[meta.sourceKind]}: ${meta.citations.map(citationText).join('; ')}`]],
    };
  };
  const rows: TableRow[] = [];
  for (const [section, list] of bySection) {
    list.sort((a, b) => SOURCE_ORDER[ruleById(a.ruleId)!.meta.sourceKind] - SOURCE_ORDER[ruleById(b.ruleId)!.meta.sourceKind]);
    // under the section's heading, failed and waived first, in full; then the passed rules under the kind of their source
    rows.push({ heading: true, tone: 'section', cells: [[section]] }, ...list.filter((r) => r.status !== 'passed').map(row));
    const passed = list.filter((r) => r.status === 'passed');
    for (const kind of [...new Set(passed.map((r) => ruleById(r.ruleId)!.meta.sourceKind))]) {
      const group = passed.filter((r) => ruleById(r.ruleId)!.meta.sourceKind === kind);
      rows.push({ heading: true, tone: 'status-passed', cells: [[`Passed: ${group.length} ${group.length === 1 ? 'rule' : 'rules'} resting on ${SOURCE_PHRASE[kind]}`]] });
      rows.push(...group.map(row));
    }
  }
  if (rows.length > 0) blocks.push({ type: 'table', caption: `${label} that ran, by section of the catalogue`, header: ['Outcome', 'Rule', 'Requirement', 'Source'], rows, widths: [1.1, 2.4, 7.6, 3.6] });
  const na = rules.filter((r) => r.status === 'not-applicable');
  if (na.length > 0) {
    const byReason = new Map<string, string[]>();
    for (const r of na) byReason.set(r.reason ?? 'did not run', [...(byReason.get(r.reason ?? 'did not run') ?? []), r.ruleId]);
    blocks.push({
      type: 'section',
      level: 3,
      title: 'Rules not applicable',
      id: slug(`${label} not applicable`),
      blocks: [{ type: 'table', header: ['Why', 'Rules'], rows: [...byReason].map(([why, ids]) => ({ tone: 'status-not-applicable', cells: [[why[0].toUpperCase() + why.slice(1)], [`${ids.length}: ${ids.join(', ')}`]] })), widths: [2, 5] }],
    });
  }
  return blocks;
}

/** The YAML line a finding starts on, trimmed: what the reviewer sees of the source. */
function excerpt(lines: string[] | undefined, f: Finding): Inline[] {
  const line = lines?.[f.range.start.line];
  if (line === undefined) return ['—'];
  const t = line.trim();
  return [{ kind: 'code', text: t.length > 90 ? t.slice(0, 89) + '…' : t || '(blank line)' }];
}

export function findingsTable(findings: readonly Finding[], lines: string[] | undefined): Table {
  const sorted = [...findings].sort((a, b) => a.range.start.line - b.range.start.line || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return {
    type: 'table',
    header: ['Line', 'Severity', 'Rule', 'Finding', 'YAML'],
    widths: [0.8, 1.3, 1.8, 7, 3.5],
    rows: sorted.map((f) => {
      const url = ruleDocsUrl(f.ruleId);
      return {
        tone: `sev-${f.severity}`,
        source: { uri: f.uri, line: f.range.start.line, endLine: f.range.start.line },
        cells: [[String(f.range.start.line + 1)], [f.severity], [url ? { kind: 'link', text: f.ruleId, href: url } : { kind: 'code', text: f.ruleId }], [f.message], excerpt(lines, f)],
      };
    }),
  };
}

/**
 * The waiver register of a file — every suppression comment, with its rules, reason, owner, expiry
 * and where it stands (as `ics-check --waivers` lists it) — and the findings the waivers hide.
 */
export function waiversBlocks(waived: readonly WaivedFinding[], fileLabel: string, register: readonly WaiverState[] = [], uri = waived[0]?.finding.uri): Block[] {
  const comments: { line: number; ruleIds: string[]; reason?: string; owner?: string; expires?: string; status: string; note?: string; uri?: string }[] = register.length > 0
    ? register.map((w) => ({ line: w.range.start.line, ruleIds: w.ruleIds, reason: w.reason, owner: w.owner, expires: w.expires, status: w.status, note: w.note }))
    : [...new Map(waived.map((w) => [w.waiver.line, { ...w.waiver }])).values()];
  if (comments.length === 0 && waived.length === 0) return [];
  const rows: TableRow[] = comments.map((w) => ({
    ...(uri ? { source: { uri, line: w.line, endLine: w.line } } : {}),
    cells: [
      [`${fileLabel}:${w.line + 1}`],
      [w.ruleIds.join(', ') || '—'],
      w.reason ? [w.reason] : [{ kind: 'missing', text: 'no reason given' }],
      w.owner ? [w.owner] : [{ kind: 'missing', text: 'no owner' }],
      w.expires ? [dateText(w.expires)] : [{ kind: 'missing', text: 'no expiry' }],
      [w.status, ...(w.note ? [` (${w.note})`] : [])],
      [String(waived.filter((x) => x.waiver.line === w.line).length)],
    ],
  }));
  const findingRows: TableRow[] = waived.map((w) => ({
    tone: 'status-waived',
    source: { uri: w.finding.uri, line: w.finding.range.start.line, endLine: w.finding.range.start.line },
    cells: [[{ kind: 'status', text: 'waived', status: 'waived' }], [String(w.finding.range.start.line + 1)], [{ kind: 'code', text: w.finding.ruleId }], [w.finding.message], [w.waiver.reason ?? '—']],
  }));
  return [
    { type: 'table', caption: `Waivers in ${fileLabel}`, header: ['Comment', 'Rules', 'Reason', 'Owner', 'Expires', 'Status', 'Hides'], rows, widths: [2.5, 2, 4, 2.5, 1.8, 1.8, 0.9] },
    ...(findingRows.length > 0 ? [{ type: 'table', caption: `Findings waived in ${fileLabel}`, header: ['Outcome', 'Line', 'Rule', 'Finding', 'Waiver'], rows: findingRows, widths: [1.4, 0.8, 1.8, 7, 3] } as Table] : []),
  ];
}

interface FileView {
  result: FileResult;
  label: string;
  analyzed?: AnalyzedFile;
  lines?: string[];
}

function fileViews(results: readonly FileResult[], context: FormatContext): FileView[] {
  return results.map((r) => {
    const t = r.output ?? r.text;
    return { result: r, label: displayPath(r.filePath, context.cwd), analyzed: t !== undefined ? analyzeFile(r.uri, t) : undefined, lines: t?.split(/\r?\n/) };
  });
}

function describe(v: FileView): { kind: string; name: string; formatVersion: string; version: string } {
  const doc = v.analyzed?.documents.find((d) => d.typed);
  const t = doc?.typed;
  const kind = doc?.kind ? KIND_WORD[doc.kind] : v.analyzed?.documents.some((d) => d.broken) ? 'Unreadable YAML' : '—';
  let name = '—';
  let version = '—';
  if (t?.kind === 'icb-constitution') {
    name = text(t.model.icb?.name) ?? text(t.model.icb?.id) ?? '—';
    const latest = t.model.version_control?.items.at(-1);
    if (latest) version = `${text(latest.version) ?? '?'}${text(latest.date) ? ` (${dateText(text(latest.date)!)})` : ''}`;
  } else if (t) name = text(t.model.name) ?? '—';
  const formatVersion = t ? String(t.model.version?.value ?? '—') : '—';
  return { kind, name, formatVersion, version };
}

/** The report as a document tree. */
export function reportTree(results: readonly FileResult[], context: FormatContext): DocumentTree {
  const slug = slugger();
  const sources = new SourceKeys();
  const views = fileViews(results, context);
  const s = summarize(results, context);
  const today = context.today;
  const icbNames = views.map(describe).filter((d) => d.kind === KIND_WORD['icb-constitution']).map((d) => d.name);
  const sections: Section[] = [];

  // 1. What was checked
  const profiles = new Set<string>();
  const frameworks = new Set<string>();
  for (const v of views) for (const d of v.result.outcome?.documents ?? []) {
    profiles.add(d.profile);
    if (d.framework) frameworks.add(d.framework);
  }
  const checked: Block[] = [
    {
      type: 'table',
      header: ['What', ''],
      widths: [2, 6],
      rows: [
        { cells: [['Integrated care board'], [icbNames.join('; ') || '—']] },
        { cells: [['Profile'], [[...profiles].join(', ') || '—']] },
        { cells: [['Legal framework'], [[...frameworks].join(', ') || '—']] },
        { cells: [['Checked on'], [today ? dateText(today) : '—']] },
        { cells: [['Tool'], [`${context.tool.name} ${context.tool.version} (ICS Constitution Checker), ${context.rules.length} rules enabled`]] },
        // The same identity as `ics-check --version`: two reports with the same fingerprint checked with the same rules.
        { cells: [['Rule catalogue'], [`${catalogueVersion().rules} rules, fingerprint ${catalogueVersion().fingerprint}`]] },
      ],
    },
    {
      type: 'table',
      caption: 'Files',
      header: ['File', 'Kind', 'Name', 'Format', 'Constitution version', 'SHA-256'],
      widths: [3, 2.2, 3.5, 1, 2.2, 4],
      rows: views.map((v) => {
        const d = describe(v);
        return { cells: [[{ kind: 'code', text: v.label }], [d.kind], [d.name], [d.formatVersion], [d.version], v.result.sha256 ? [{ kind: 'code', text: v.result.sha256 }] : ['—']] };
      }),
    },
  ];
  if ((context.skipped ?? []).length > 0) checked.push({ type: 'paragraph', content: [`Not checked: ${context.skipped!.map((x) => `${displayPath(x.filePath, context.cwd)} (${x.reason})`).join('; ')}.`] });
  sections.push({ type: 'section', level: 1, title: 'What was checked', id: slug('What was checked'), blocks: checked });

  // 2. Summary
  sections.push({
    type: 'section',
    level: 1,
    title: 'Summary',
    id: slug('Summary'),
    blocks: [
      {
        type: 'table',
        header: ['', 'Passed', 'Failed', 'Waived', 'Not applicable'],
        widths: [3, 1.5, 1.5, 1.5, 2],
        rows: [
          ...views.map((v) => {
            const c = countOutcomes(rulesOf(v.result));
            return { cells: [[{ kind: 'code', text: v.label } as Inline], [String(c.passed)], [String(c.failed)], [String(c.waived)], [String(c.notApplicable)]] };
          }),
          { tone: 'total', cells: [[{ kind: 'strong', text: 'Rules, all files' }], [{ kind: 'strong', text: String(s.rules.passed) }], [{ kind: 'strong', text: String(s.rules.failed) }], [{ kind: 'strong', text: String(s.rules.waived) }], [{ kind: 'strong', text: String(s.rules.notApplicable) }]] },
        ],
      },
      {
        type: 'paragraph',
        content: [
          s.problems === 0 ? 'No findings' : `${s.problems} finding${s.problems === 1 ? '' : 's'}: ${s.error} error${s.error === 1 ? '' : 's'}, ${s.warning} warning${s.warning === 1 ? '' : 's'}, ${s.information} information, ${s.hint} hint${s.hint === 1 ? '' : 's'}`,
          s.waived > 0 ? `; ${s.waived} more waived (listed under Waivers)` : '',
          '. Errors rest on the law, warnings on NHS England policy, information on good practice from guidance, hints on heuristics.',
        ],
      },
    ],
  });

  // 3. Checklist
  sections.push({
    type: 'section',
    level: 1,
    title: 'Checklist',
    id: slug('Checklist'),
    blocks: [
      {
        type: 'paragraph',
        content: [
          'Every rule of the catalogue, for each file: passed (it ran and found nothing), failed, waived (every finding hidden by a waiver), or not applicable (another kind of document, another legal framework, or not in the profile). Under each section of the catalogue the failed and waived rules come first, in full, with their findings and sources; then the passed rules, grouped by the kind of source they rest on, each on one row with its sources named by key (S1, S2 …, each set out under ',
          { kind: 'link', text: 'Sources', href: '#sources' },
          ' at the end). Printed, a passed rule takes one line, and what does not fit ends in “…”: the rule’s page, linked from its id, gives it in full.',
        ],
      },
      ...views.map((v): Section => ({ type: 'section', level: 2, title: v.label, id: slug(`checklist ${v.label}`), blocks: checklistBlocks(v.result, slug, 'Rules', sources) })),
    ],
  });

  // 4–5. Composition and structure, per ICB
  const analyzed = views.map((v) => v.analyzed).filter((a): a is AnalyzedFile => a !== undefined);
  const system = buildSystem(analyzed);
  const composition: Block[] = [];
  const structure: Block[] = [];
  for (const icb of system.icbs) {
    const id = text(icb.model.icb?.id);
    const name = text(icb.model.icb?.name) ?? id ?? 'ICB';
    const table = boardCompositionTable(icb.uri, icb.model);
    if (table) composition.push({ ...table, caption: `Composition of the board of ${name}` });
    else composition.push({ type: 'paragraph', content: [`${name}: `, { kind: 'missing', text: 'the board’s members are not stated' }] });
    const places = id ? system.places.filter((p) => text(p.model.icb) === id) : [];
    const icps = id ? system.icps.filter((p) => text(p.model.icb) === id) : [];
    structure.push({ ...governanceDiagram(icb.model, places, icps, icb.uri, system), title: `Governance structure of ${name}` });
  }
  if (composition.length > 0) sections.push({ type: 'section', level: 1, title: 'Board composition', id: slug('Board composition'), blocks: composition });
  if (structure.length > 0) sections.push({ type: 'section', level: 1, title: 'Governance structure', id: slug('Governance structure'), blocks: structure });

  // 6. Beyond the board, per ICB: what the constitution delegates, reserves and maps, its standing orders, duties and officers
  const beyond = system.icbs.flatMap((icb): Section[] => {
    const name = text(icb.model.icb?.name) ?? text(icb.model.icb?.id) ?? 'ICB';
    const b = new Builder(icb.uri);
    const { sections: parts, about } = beyondReportSections(b, icb.model);
    for (const s of parts) s.id = slug(`${name} ${s.title}`);
    // the findings on the lines these parts are about, marked where they are (all of them are also under Findings)
    const within = (f: Finding) => about.some((loc) => {
      const s = source(icb.uri, loc)!;
      return f.range.start.line >= s.line && f.range.start.line <= s.endLine;
    });
    attachFindings({ title: name, subtitle: [], sections: parts }, (results.find((r) => r.uri === icb.uri)?.findings ?? []).filter(within));
    return [{ type: 'section', level: 2, title: name, id: slug(`beyond ${name}`), blocks: parts.length > 0 ? parts : [{ type: 'paragraph', content: [{ kind: 'missing', text: 'The constitution states none of these arrangements.' }] }] }];
  });
  if (beyond.length > 0) {
    sections.push({
      type: 'section',
      level: 1,
      title: 'Beyond the board',
      id: slug('Beyond the board'),
      blocks: [{ type: 'paragraph', content: ['For each ICB, what its constitution says of delegation and joint working, the matters reserved to the board and the decisions it delegates, the functions and decisions map, the standing orders, the statutory duties and reporting, the named officers and the health and wellbeing boards — each row and paragraph linked to its line, with the findings on those lines.'] }, ...beyond],
    });
  }

  // 7. Findings
  const findingBlocks: Block[] = [];
  for (const v of views) {
    if (v.result.findings.length === 0) continue;
    findingBlocks.push({ type: 'section', level: 2, title: v.label, id: slug(`findings ${v.label}`), blocks: [findingsTable(v.result.findings, v.lines)] });
  }
  if (findingBlocks.length === 0) findingBlocks.push({ type: 'paragraph', content: ['No findings.'] });
  sections.push({ type: 'section', level: 1, title: 'Findings', id: slug('Findings'), blocks: findingBlocks });

  // 8. Waivers
  const waiverBlocks: Block[] = views.flatMap((v) => waiversBlocks(v.result.outcome?.waived ?? [], v.label, v.result.waivers, v.result.uri));
  sections.push({
    type: 'section',
    level: 1,
    title: 'Waivers',
    id: slug('Waivers'),
    blocks: waiverBlocks.length > 0 ? [{ type: 'paragraph', content: ['Findings the governance team has considered and accepted, with the suppression comment that records each decision: its reason, owner and expiry, and where it stands (active; expired — it no longer hides its findings; inactive — its rule did not run; unused, malformed, no reason). Then the findings the waivers hide.'] }, ...waiverBlocks] : [{ type: 'paragraph', content: ['No suppression comment, and no finding waived.'] }],
  });

  // 9. The sources the checklist names by key
  if (sources.size > 0) sections.push({ type: 'section', level: 1, title: 'Sources', id: slug('Sources'), blocks: [{ type: 'paragraph', content: ['The sources the checklist cites, each under its key. Each rule’s page (linked from its id) gives the provisions with their addresses and how far each was read.'] }, sources.table()] });

  return {
    title: icbNames.length === 1 ? `Review of the constitution of ${icbNames[0]}` : icbNames.length > 1 ? `Review of ${icbNames.length} ICB constitutions` : 'Review of constitution files',
    subtitle: [[`Checked by ${context.tool.name} ${context.tool.version}${today ? ` on ${dateText(today)}` : ''}: ${s.files} file${s.files === 1 ? '' : 's'}, ${s.rules.passed} rules passed, ${s.rules.failed} failed, ${s.rules.waived} waived.`]],
    sections,
  };
}

const REPORT_CSS = `
tr.compact td { padding: .05rem .4rem; line-height: 1.3; }
tr.one-line td { padding: .1rem .4rem; line-height: 1.3; } tr.one-line .badge { font-size: .8em; min-width: 0; }
tr.one-line td:nth-child(4) { color: var(--muted); font-size: .92em; }
@media print {
  table { font-size: 8pt; } th, td { padding: .12rem .35rem; }
  tr.compact td, tr.one-line td, tr.one-line td:nth-child(4) { font-size: 7.5pt; }
  tr.one-line td { max-width: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; padding-top: 0; padding-bottom: 0; }
  tr.one-line td:nth-child(-n+2) { text-overflow: clip; }
  tr.heading th { font-size: 8pt; }
}
td code { word-break: break-all; } td:nth-child(2) a, td:nth-child(3) code { white-space: nowrap; word-break: normal; }
table { font-size: .86em; }
tr.status-failed td:first-child, tr.sev-error td:nth-child(2) { font-weight: 600; }
tr.sev-error td:nth-child(2) { color: var(--error); } tr.sev-warning td:nth-child(2) { color: var(--warning); }
tr.total td { border-top: 2px solid var(--fg); }
header .subtitle { font-size: 1.05em; }
`;

/** The reviewer's report as one self-contained HTML page (`-f html`). */
export const htmlReport: Formatter = (results, context) => {
  const tree = reportTree(results, context);
  const fileName = (uri: string) => {
    const p = uriToPath(uri);
    return p ? displayPath(p, context.cwd) : uri;
  };
  const w = new HtmlWriter({ fileRef: fileName, fileName });
  return htmlPage(tree.title, w.document(tree), REPORT_CSS);
};

