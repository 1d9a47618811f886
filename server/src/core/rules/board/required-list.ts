import { firstLoc, values } from '../../model/query';
import type { RuleContext } from '../framework';
import { listText } from './util';

/**
 * ICS-ELIG-001/002: `appointments.<key>` must hold every one of `required`. One finding lists
 * what is missing; its fix appends the missing values.
 */
export function checkRequiredList(
  ctx: RuleContext,
  key: 'eligibility' | 'disqualifications',
  required: Record<string, string>,
  message: (missing: string[]) => string,
  fixTitle: string,
): void {
  const icb = ctx.icb!;
  const list = icb.appointments?.[key];
  const have = new Set(values(list));
  const missing = Object.keys(required).filter((k) => !have.has(k));
  if (missing.length === 0) return;
  const edit = ctx.editor.addAtPath(['appointments', key], missing);
  ctx.report({
    message: message(missing.map((k) => required[k])),
    at: firstLoc(list, icb.appointments) ?? ctx.documentAnchor,
    fixes: edit ? [{ title: `${fixTitle}: ${listText(missing.map((k) => `\`${k}\``))}`, safe: false, edits: [edit] }] : undefined,
  });
}
