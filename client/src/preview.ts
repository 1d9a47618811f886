import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PREVIEW_METHOD, type PreviewParams, type PreviewResult } from '../../server/src/lsp/protocol';
import { DOCUMENT_CSS } from '../../server/src/core/render/styles';

/**
 * "ICS: Open Preview to the Side": a webview beside the YAML that shows the constitution as a
 * document, the checklist and the governance diagram, modelled on VS Code's Markdown preview. The
 * language server renders (the `icsCheck/preview` request); this panel only displays the HTML it
 * gets, asks again as you type, follows the active YAML editor, and turns a click on a paragraph,
 * a diagram box or a finding into "reveal this line". Strict Content-Security-Policy with a nonce,
 * no remote resource, the theme's colours through VS Code's CSS variables.
 */

/** Maps the document's colours onto the theme's (light, dark and high contrast alike). */
const THEME_CSS = `
body { --fg: var(--vscode-editor-foreground); --bg: var(--vscode-editor-background); --muted: var(--vscode-descriptionForeground);
  --rule: var(--vscode-editorWidget-border, var(--vscode-panel-border, rgba(128,128,128,.45))); --head-bg: var(--vscode-editorWidget-background);
  --link: var(--vscode-textLink-foreground); --accent: var(--vscode-textLink-foreground);
  --error: var(--vscode-editorError-foreground); --warning: var(--vscode-editorWarning-foreground); --info: var(--vscode-editorInfo-foreground); --hint: var(--vscode-descriptionForeground);
  --error-bg: var(--vscode-inputValidation-errorBackground, transparent); --warning-bg: var(--vscode-inputValidation-warningBackground, transparent);
  --info-bg: var(--vscode-inputValidation-infoBackground, transparent); --hint-bg: var(--vscode-editorWidget-background);
  --pass: var(--vscode-testing-iconPassed, var(--vscode-charts-green)); --pass-bg: transparent;
  --mark: var(--vscode-editor-findMatchHighlightBackground); --box-bg: var(--vscode-editorWidget-background); --box-stroke: var(--vscode-charts-blue);
  --place-bg: var(--vscode-editorWidget-background); --place-stroke: var(--vscode-charts-green); --icp-bg: var(--vscode-editorWidget-background); --icp-stroke: var(--vscode-charts-purple);
  --arr-bg: var(--vscode-editorWidget-background); --arr-stroke: var(--vscode-charts-orange);
  font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); max-width: 56rem; padding: 0 1.2rem 2rem; }
mark.placeholder { color: inherit; }
body.vscode-high-contrast aside.finding, body.vscode-high-contrast .badge, body.vscode-high-contrast mark.placeholder { outline: 1px solid var(--vscode-contrastBorder); }
p[data-line], li[data-line], tr[data-line], aside[data-line], svg .box[data-line] { cursor: pointer; }
p[data-line]:hover, li[data-line]:hover, tr[data-line]:hover, aside[data-line]:hover { outline: 1px dashed var(--vscode-focusBorder); outline-offset: 2px; }
svg .box[data-line]:hover rect { stroke-width: 3; }
.ics-selected { outline: 2px solid var(--vscode-focusBorder); }
hr { border: none; border-top: 1px solid var(--rule); margin: 2rem 0; }
`;

function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (let i = 0; i < 32; i++) out += chars.charAt(Math.floor(Math.random() * chars.length));
  return out;
}

/** The webview's page: styles and a small script, both by nonce; the content arrives by message. */
function shell(webview: vscode.Webview, n: string): string {
  const csp = [`default-src 'none'`, `img-src ${webview.cspSource} data:`, `style-src 'nonce-${n}'`, `script-src 'nonce-${n}'`].join('; ');
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style nonce="${n}">${DOCUMENT_CSS}${THEME_CSS}</style>
</head>
<body>
<main id="ics-preview" aria-live="polite"><p class="note">Rendering…</p></main>
<script nonce="${n}">
(function () {
  const vscode = acquireVsCodeApi();
  const main = document.getElementById('ics-preview');
  window.addEventListener('message', (event) => {
    const m = event.data;
    if (!m || m.type !== 'update') return;
    const y = window.scrollY;
    main.innerHTML = m.html;
    main.dataset.version = String(m.version ?? '');
    window.scrollTo(0, y);
  });
  document.addEventListener('click', (event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    if (target.closest('a[href]')) return;
    const el = target.closest('[data-line]');
    if (!el) return;
    event.preventDefault();
    document.querySelectorAll('.ics-selected').forEach((x) => x.classList.remove('ics-selected'));
    el.classList.add('ics-selected');
    vscode.postMessage({ type: 'reveal', uri: el.getAttribute('data-uri'), line: Number(el.getAttribute('data-line')) });
  });
  vscode.postMessage({ type: 'ready' });
})();
</script>
</body>
</html>`;
}

export interface PreviewState {
  uri: string;
  html: string;
  version?: number;
}

export class PreviewPanel implements vscode.Disposable {
  static readonly viewType = 'icsCheck.preview';
  private panel: vscode.WebviewPanel | undefined;
  private uri: vscode.Uri | undefined;
  private timer: NodeJS.Timeout | undefined;
  private ready = false;
  private last: PreviewState | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private requestSeq = 0;

  constructor(private readonly client: () => LanguageClient | undefined, private readonly log: (m: string) => void) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.panel && e.document.languageId === 'yaml' && e.contentChanges.length > 0) this.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (!this.panel || !editor || editor.document.languageId !== 'yaml' || editor.document.uri.toString() === this.uri?.toString()) return;
        this.uri = editor.document.uri;
        this.schedule(0);
      }),
    );
  }

  /** The last content sent to the webview (extension tests read it). */
  state(): PreviewState | undefined {
    return this.last;
  }

  visible(): boolean {
    return this.panel !== undefined;
  }

  /** Opens the preview of a document beside its editor, or shows it for this document if open. */
  show(uri: vscode.Uri, column: vscode.ViewColumn | undefined): void {
    this.uri = uri;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(PreviewPanel.viewType, 'Preview', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, enableFindWidget: true, localResourceRoots: [] });
      this.ready = false;
      this.panel.webview.html = shell(this.panel.webview, nonce());
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.last = undefined;
      });
      this.panel.webview.onDidReceiveMessage((m: { type?: string; uri?: string; line?: number }) => {
        if (m?.type === 'ready') {
          this.ready = true;
          this.schedule(0);
        } else if (m?.type === 'reveal' && typeof m.line === 'number') {
          void this.reveal(m.uri ? vscode.Uri.parse(m.uri) : this.uri, m.line, column);
        }
      });
    } else {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    }
    this.schedule(0);
  }

  private schedule(delay = 250): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  private async refresh(): Promise<void> {
    const client = this.client();
    if (!this.panel || !this.uri || !client || !this.ready) return;
    const seq = ++this.requestSeq;
    try {
      const params: PreviewParams = { uri: this.uri.toString() };
      const result = await client.sendRequest<PreviewResult | null>(PREVIEW_METHOD, params);
      if (!result || seq !== this.requestSeq || !this.panel) return;
      this.panel.title = `Preview ${result.title}`;
      this.last = { uri: result.uri, html: result.html, version: result.version };
      await this.panel.webview.postMessage({ type: 'update', html: result.html, version: result.version });
    } catch (err) {
      this.log(`Preview of ${this.uri.toString()} failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /** Shows a line of a YAML file in the editor beside the preview, and selects it. */
  private async reveal(uri: vscode.Uri | undefined, line: number, column: vscode.ViewColumn | undefined): Promise<void> {
    if (!uri) return;
    const doc = await vscode.workspace.openTextDocument(uri);
    const existing = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === doc.uri.toString());
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: existing?.viewColumn ?? column ?? vscode.ViewColumn.One, preserveFocus: false });
    const at = Math.max(0, Math.min(line, doc.lineCount - 1));
    const text = doc.lineAt(at);
    const range = new vscode.Range(at, text.firstNonWhitespaceCharacterIndex, at, text.text.length);
    editor.selection = new vscode.Selection(range.start, range.start);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
