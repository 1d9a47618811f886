/**
 * What the language server and the VS Code client say to each other beyond LSP itself. Both sides
 * import this file, so the names and shapes cannot drift; it imports nothing, so the client bundle
 * stays free of server code.
 */

/** Custom notification: the status of the active file, sent after every check of an open file. */
export const STATUS_METHOD = 'icsCheck/status';

/** What the editor's status item shows for the active file. */
export interface StatusParams {
  uri: string;
  /** Whether the file is one of ours (the status item hides otherwise). */
  ours: boolean;
  /** Kinds of the documents in the file. */
  kinds: string[];
  profile: string;
  /** The legal framework each document is checked against (usually one). */
  frameworks: string[];
  counts: { error: number; warning: number; information: number; hint: number };
  /** The `.ics-check.yaml` files in force, nearest first. */
  configFiles: string[];
  /** Set when `.ics-check.yaml` excludes the file from checking. */
  ignoredBy?: string;
}

/** The client's command that opens a rule's page; the server's "Show documentation" actions run it. */
export const SHOW_RULE_DOCUMENTATION_COMMAND = 'icsCheck.showRuleDocumentation';

/**
 * Custom request: the preview of a file (the rendered constitution with its findings marked, the
 * checklist, the findings, the waivers) as an HTML fragment, rendered by the server from the text the
 * editor has now. The VS Code client shows it in a webview beside the YAML and asks again as you type.
 */
export const PREVIEW_METHOD = 'icsCheck/preview';

export interface PreviewParams {
  uri: string;
}

export interface PreviewResult {
  uri: string;
  /** The document version the preview was rendered from (undefined for a file not open). */
  version?: number;
  /** The rendered preview: an HTML fragment with no script and no style; elements from the YAML carry `data-uri` and `data-line`. */
  html: string;
  /** The document's title, for the panel. */
  title: string;
  /** False when the file is not one of ours (the fragment then says so). */
  ours: boolean;
}
