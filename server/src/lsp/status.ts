import { NotificationType } from 'vscode-languageserver';
import { frameworkFor, type AnalyzedFile, type Finding, type SystemView } from '../core';
import type { FileContext } from './context';
import { STATUS_METHOD, type StatusParams } from './protocol';

export type { StatusParams };

export const STATUS_NOTIFICATION = new NotificationType<StatusParams>(STATUS_METHOD);

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
