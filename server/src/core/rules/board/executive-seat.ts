import { boardMembers, executivesWithFunction, memberLabel, text } from '../../model/query';
import type { Fix } from '../../types';
import type { RuleContext } from '../framework';
import { boardAnchor, unusedId } from './util';

/** What ICS-EXEC-001..003 need to know about the executive seat they look for. */
export interface ExecutiveSeat {
  /** The `function:` value of the seat. */
  fn: 'finance' | 'medical' | 'nursing';
  /** The seat in words: "director of finance". */
  seat: string;
  /** Local titles people use for it. */
  alsoCalled: string;
  /** The member a fix inserts, without its id. */
  placeholder: Record<string, unknown>;
  idBase: string;
}

export const POLICY_SOURCE =
  'NHS England policy, as set out in constitutions built on its model (Hertfordshire and West Essex ICB constitution, paragraph 2.1.5), expects three executive members — finance, medical and nursing — on top of the statutory minimum';

export const POLICY_DRIFT =
  'NHS England said in 2025 it will no longer prescribe board composition, but a constitution without the seat still needs its agreement';

/**
 * Reports a board with no executive member for `seat.fn`. A member who has the function but not
 * `role: executive` is pointed at (their role is the likely mistake); otherwise the fix adds a
 * placeholder executive to the board.
 */
export function checkExecutiveSeat(ctx: RuleContext, seat: ExecutiveSeat): void {
  const icb = ctx.icb!;
  if (executivesWithFunction(icb, seat.fn).length > 0) return;

  const misplaced = boardMembers(icb).filter((m) => text(m.function) === seat.fn);
  if (misplaced.length > 0) {
    for (const m of misplaced) {
      const role = text(m.role);
      const fixes: Fix[] = [];
      if (m.role && role !== 'chief_executive' && role !== 'chair') {
        fixes.push({ title: `Make ${memberLabel(m)} an executive member`, safe: false, edits: [ctx.editor.replaceScalar(m.role.loc.node, 'executive')] });
      }
      ctx.report({
        message: `${memberLabel(m)} has \`function: ${seat.fn}\` but ${role ? `\`role: ${role}\`` : 'no role'}, so the board has no executive ${seat.seat}. ${POLICY_SOURCE}: the ${seat.seat} sits on the board as an executive member (\`role: executive\`).`,
        at: m.role?.loc ?? m.loc,
        related: m.function ? [{ message: 'function declared here', at: m.function.loc }] : undefined,
        fixes,
      });
    }
    return;
  }

  const member = { id: unusedId(icb, seat.idBase), name: 'TODO', role: 'executive', ...seat.placeholder };
  const edit = ctx.editor.addAtPath(['board', 'members'], [member]);
  ctx.report({
    message: `The board has no executive ${seat.seat} (${seat.alsoCalled}): no member has \`role: executive\` with \`function: ${seat.fn}\`. ${POLICY_SOURCE}. ${POLICY_DRIFT}.`,
    at: boardAnchor(ctx),
    fixes: edit ? [{ title: `Add an executive ${seat.seat} to the board (name to fill in)`, safe: false, edits: [edit] }] : undefined,
  });
}
