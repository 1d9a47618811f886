import { NotificationType } from 'vscode-languageserver';
import { frameworkFor, type AnalyzedFile, type Finding, type SystemView } from '../core';
import type { FileContext } from './server';

/** What the editor's status item shows for the active file. Sent after every check of an open file. */
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

export const STATUS_NOTIFICATION = new NotificationType<StatusParams>('icsCheck/status');

export function statusFor(uri: string, file: AnalyzedFile, context: FileContext, findings: Finding[], system: SystemView): StatusParams {
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of findings) counts[f.severity]++;
  const kinds = [...new Set(file.documents.map((d) => d.kind).filter((k): k is NonNullable<typeof k> => k !== undefined))];
  const frameworks = [...new Set(file.documents.filter((d) => d.kind).map((d) => frameworkFor(d, system, context.options)))];
  return {
    uri,
    ours: file.ours,
    kinds,
    profile: context.options.profile ?? 'recommended',
    frameworks,
    counts,
    configFiles: context.config?.chain.map((c) => c.path) ?? [],
    ignoredBy: context.ignoredBy,
  };
}
