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
