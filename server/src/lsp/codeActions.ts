import { SHOW_RULE_DOCUMENTATION_COMMAND } from './protocol';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { isCatalogueRuleId } from '../core/language/links';
import { fixAllEdit, suppressionEdit } from '../core/language/actions';
import { DIAGNOSTIC_SOURCE, readDiagnosticData, type DiagnosticData } from './convert';
import type { ServerView } from './context';
import { uriKey } from './uris';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.icsCheck`;
/** The client-side command (VS Code extension): opens docs/rules/<ID>.md inside the editor. */
/** The server-side command, for other editors: asks the client to open the rule's page. */
export const SERVER_SHOW_DOCS_COMMAND = 'icsCheck.server.openRuleDocumentation';
export const SERVER_FIX_ALL_COMMAND = 'icsCheck.server.fixAll';

export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND];

export function showDocsCommand(server: ServerView, ruleId: string): Command {
  const command = server.clientCommands.has(SHOW_RULE_DOCUMENTATION_COMMAND) ? SHOW_RULE_DOCUMENTATION_COMMAND : SERVER_SHOW_DOCS_COMMAND;
  return { title: `Show documentation for ${ruleId}`, command, arguments: [ruleId] };
}

/**
 * Quick fixes from each diagnostic's own fixes (only when the diagnostic was computed for the
 * document's current version), "suppress on this line", "show documentation", and fix-all.
 */
async function fromCurrentFindings(server: ServerView, key: string, d: Diagnostic, version: number): Promise<DiagnosticData | undefined> {
  if (typeof d.code !== 'string') return undefined;
  const findings = await server.findingsFor(key);
  const same = (a: Diagnostic['range'], b: Diagnostic['range']) => a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
  const f = findings.find((x) => x.ruleId === d.code && same(x.range, d.range) && x.message === d.message);
  return f ? { ruleId: f.ruleId, version, fixes: f.fixes ?? [] } : undefined;
}

/**
 * What an action left for `codeAction/resolve` carries: which edit to compute, for which version
 * of which document. Clients that can resolve an action's edit (VS Code does) get the list of
 * actions at once and the edits only for the action the user picks: fix-all re-checks the file
 * until no safe fix is left, and a suppression reads every directive of the file.
 */
export type LazyActionData = { uri: string; version: number } & ({ action: 'fix'; fix: number } | { action: 'suppress'; ruleId: string; line: number } | { action: 'fixAll' });

function resolvesEdits(server: ServerView): boolean {
  return server.capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true;
}

export async function codeActions(server: ServerView, params: CodeActionParams): Promise<CodeAction[]> {
  const doc = server.documents.get(params.textDocument.uri);
  if (!doc) return [];
  const key = uriKey(doc.uri);
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
  const out: CodeAction[] = [];
  const file = server.sync(key);
  if (!file?.analyzed.ours) return [];
  const lazy = resolvesEdits(server);
  const later = (data: LazyActionData) => ({ data });

  if (wants(CodeActionKind.QuickFix)) {
    const ours = params.context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    const suppressed = new Set<string>();
    for (const d of ours) {
      // Clients that do not send `data` back (or rebuild diagnostics, like Neovim 0.7) still get the
      // fixes: the finding with the same rule, range and message in the current text carries them.
      const data = readDiagnosticData(d) ?? (await fromCurrentFindings(server, key, d, doc.version));
      if (!data) continue;
      // A diagnostic from an older version of the text: its edits would land in the wrong place.
      if (data.version !== undefined && data.version !== doc.version) continue;
      data.fixes.forEach((fix, i) => {
        out.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: i === 0 && fix.safe,
          ...(lazy ? later({ uri: doc.uri, version: doc.version, action: 'fix', fix: i }) : { edit: { changes: { [doc.uri]: fix.edits } } }),
        });
      });
      if (isCatalogueRuleId(data.ruleId)) {
        const line = d.range.start.line;
        const id = `${data.ruleId}@${line}`;
        if (!suppressed.has(id)) {
          suppressed.add(id);
          out.push({
            title: `Suppress ${data.ruleId} on this line`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [d],
            ...(lazy
              ? later({ uri: doc.uri, version: doc.version, action: 'suppress', ruleId: data.ruleId, line })
              : { edit: { changes: { [doc.uri]: [suppressionEdit(file.analyzed.text, file.analyzed.lines, line, data.ruleId)] } } }),
          });
        }
        out.push({ title: `Show documentation for ${data.ruleId}`, kind: CodeActionKind.QuickFix, diagnostics: [d], command: showDocsCommand(server, data.ruleId) });
      }
    }
  }

  const wantsFixAll = wants(FIX_ALL_KIND) || wants(CodeActionKind.QuickFix);
  if (wantsFixAll) {
    const hasFixable = only?.some((o) => FIX_ALL_KIND.startsWith(o)) || params.context.diagnostics.some((d: Diagnostic) => (readDiagnosticData(d)?.fixes ?? []).some((f) => f.safe));
    if (hasFixable && lazy) {
      // Whether there is anything to fix, and how much, from the findings already known; the edit on resolve.
      const safe = (await server.findingsFor(key)).filter((f) => f.fixes?.some((x) => x.safe)).length;
      if (safe > 0 && server.documents.get(doc.uri)?.version === doc.version) {
        const data = later({ uri: doc.uri, version: doc.version, action: 'fixAll' });
        if (only && wants(FIX_ALL_KIND)) out.push({ title: 'Fix all safely fixable ICS problems', kind: FIX_ALL_KIND, ...data });
        if (!only || only.includes(CodeActionKind.QuickFix)) {
          out.push({ title: `Fix all ICS problems in this file (${safe} safe fix${safe === 1 ? '' : 'es'})`, kind: CodeActionKind.QuickFix, ...data });
        }
      }
    } else if (hasFixable) {
      const context = await server.contextFor(key);
      const others = server.project.ours().filter((f) => f.uri !== key).map((f) => f.analyzed);
      const result = fixAllEdit(file.analyzed, others, context.options);
      if (result && server.documents.get(doc.uri)?.version === doc.version) {
        const edit = { changes: { [doc.uri]: [result.edit] } };
        if (only && wants(FIX_ALL_KIND)) out.push({ title: 'Fix all safely fixable ICS problems', kind: FIX_ALL_KIND, edit });
        if (!only || only.includes(CodeActionKind.QuickFix)) {
          out.push({ title: `Fix all ICS problems in this file (${result.applied.length} safe fix${result.applied.length === 1 ? '' : 'es'})`, kind: CodeActionKind.QuickFix, edit });
        }
      }
    }
  }
  return out;
}

/**
 * `codeAction/resolve`: computes the edit of an action offered without one. An action for a version
 * of the document that is no longer current comes back without an edit (it would land in the
 * wrong place); the editor then does nothing.
 */
export async function resolveCodeAction(server: ServerView, action: CodeAction): Promise<CodeAction> {
  const data = action.data as Partial<LazyActionData> | undefined;
  if (!data || typeof data.uri !== 'string' || typeof data.version !== 'number') return action;
  const doc = server.documents.get(data.uri);
  if (!doc || doc.version !== data.version) return action;
  const key = uriKey(doc.uri);
  const file = server.sync(key);
  if (!file?.analyzed.ours) return action;
  let edits: TextEdit[] | undefined;
  if (data.action === 'fix' && typeof data.fix === 'number') {
    const d = action.diagnostics?.[0];
    const diagnosticData = d ? (readDiagnosticData(d) ?? (await fromCurrentFindings(server, key, d, doc.version))) : undefined;
    if (diagnosticData && (diagnosticData.version === undefined || diagnosticData.version === doc.version)) edits = diagnosticData.fixes[data.fix]?.edits;
  } else if (data.action === 'suppress' && typeof data.ruleId === 'string' && typeof data.line === 'number') {
    edits = [suppressionEdit(file.analyzed.text, file.analyzed.lines, data.line, data.ruleId)];
  } else if (data.action === 'fixAll') {
    const context = await server.contextFor(key);
    const others = server.project.ours().filter((f) => f.uri !== key).map((f) => f.analyzed);
    const result = fixAllEdit(file.analyzed, others, context.options);
    if (result) edits = [result.edit];
  }
  if (!edits || server.documents.get(doc.uri)?.version !== doc.version) return action;
  return { ...action, edit: { changes: { [doc.uri]: edits } } };
}
