import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ruleDocsUrl } from '../language/links';
import { citationText, profilesOf } from '../docs';
import { type Finding, type Range, type RuleMeta, type Severity } from '../types';
import { ENGINE_CHECKS } from '../checks';
import type { FileResult, FormatContext, Formatter } from './types';
import { displayPath, summarize, uriToPath } from './util';
import type { WaivedFinding } from '../outcomes';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/**
 * A waived finding's suppression (SARIF 2.1.0 §3.35): in source, with the waiver's reason, owner
 * and expiry. `status` is left out (it then means accepted; drafts of the schema name it `state`).
 */
function suppression(w: WaivedFinding) {
  return {
    kind: 'inSource',
    ...(w.waiver.reason ? { justification: w.waiver.reason } : {}),
    properties: { line: w.waiver.line + 1, ...(w.waiver.owner ? { owner: w.waiver.owner } : {}), ...(w.waiver.expires ? { expires: w.waiver.expires } : {}) },
  };
}

/** Where the engine's own ids are explained. */
export const ENGINE_RULES_HELP = 'https://github.com/ics-constitution-checker/ics-constitution-checker/blob/main/docs/cli.md#findings-that-are-not-catalogue-rules';

function region(r: Range) {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

function ruleDescriptor(m: RuleMeta) {
  return {
    id: m.id,
    name: m.slug,
    shortDescription: { text: m.title },
    fullDescription: { text: m.docs.description },
    help: { text: m.docs.howToFix, markdown: m.docs.howToFix },
    helpUri: ruleDocsUrl(m.id),
    defaultConfiguration: { level: LEVEL[m.severity] },
    properties: {
      tags: ['governance', m.sourceKind],
      severity: m.severity,
      sourceKind: m.sourceKind,
      profiles: profilesOf(m),
      frameworks: m.frameworks,
      citations: m.citations.map((c) => ({ text: citationText(c), instrument: c.instrument, provision: c.provision, url: c.url, confidence: c.confidence })),
    },
  };
}

/**
 * SARIF 2.1.0 for GitHub code scanning and other viewers: every rule that ran, with its help page
 * and citations; every finding with its exact region (1-based lines and UTF-16 columns, end
 * exclusive), related locations and safe fixes.
 */
export const sarif: Formatter = (results, context) => {
  const rules = [
    ...context.rules.map(ruleDescriptor),
    // The engine's own checks have readable ids, so no `name`: SARIF §3.49.7 (and the SARIF
    // Multitool's SARIF1001) wants a name that differs from the id, or none.
    ...ENGINE_CHECKS.map((e) => ({ id: e.id, shortDescription: { text: e.title }, helpUri: ruleDocsUrl(e.id) ?? ENGINE_RULES_HELP, defaultConfiguration: { level: LEVEL[e.level] } })),
  ];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const artifact = (filePath: string) => {
    const shown = displayPath(filePath, context.cwd);
    return path.isAbsolute(shown) ? { uri: pathToFileURL(shown).href } : { uri: encodeURI(shown), uriBaseId: '%SRCROOT%' };
  };
  const location = (filePath: string, range: Range, message?: string, id?: number) => ({
    ...(id !== undefined ? { id } : {}),
    physicalLocation: { artifactLocation: artifact(filePath), region: region(range) },
    ...(message ? { message: { text: message } } : {}),
  });
  const resultOf = (f: Finding, file: FileResult) => {
    const ruleIndex = index.get(f.ruleId);
    const fixes = (f.fixes ?? []).filter((x) => x.edits.length > 0);
    return {
      ruleId: f.ruleId,
      ...(ruleIndex !== undefined ? { ruleIndex } : {}),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [location(file.filePath, f.range)],
      ...(f.related && f.related.length > 0
        ? { relatedLocations: f.related.map((rel, i) => location((rel.uri && uriToPath(rel.uri)) || file.filePath, rel.range, rel.message, i + 1)) }
        : {}),
      ...(fixes.length > 0
        ? {
            fixes: fixes.map((x) => ({
              description: { text: x.title + (x.safe ? '' : ' (review before applying)') },
              artifactChanges: [
                {
                  artifactLocation: artifact(file.filePath),
                  replacements: x.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
                },
              ],
            })),
          }
        : {}),
      properties: { severity: f.severity },
    };
  };
  const summary = summarize(results, context);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: context.tool.name,
            version: context.tool.version,
            semanticVersion: context.tool.version,
            informationUri: context.tool.informationUri,
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(context.cwd).href.replace(/\/?$/, '/') } },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((r) => [...r.findings.map((f) => resultOf(f, r)), ...(r.outcome?.waived ?? []).map((w) => ({ ...resultOf(w.finding, r), suppressions: [suppression(w)] }))]),
        properties: { rules: summary.rules, waived: summary.waived },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
