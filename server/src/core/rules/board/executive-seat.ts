import { capitalise } from '../../model/query';
import { executivePositions } from '../../model/composition';
import { addToBoard, board, roleAnchor, unusedBoardId } from '../positions';
import type { Fix } from '../../types';
import type { RuleContext } from '../framework';
import { boardAnchor } from './util';

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
 * Reports a board with no executive position (member, or seat in format 1.1) for `seat.fn`. A
 * member or seat that has the function but not `role: executive` is pointed at (its role is the
 * likely mistake); otherwise the fix adds a placeholder executive (or executive seat) to the board.
 */
export function checkExecutiveSeat(ctx: RuleContext, seat: ExecutiveSeat): void {
  const icb = ctx.icb!;
  const c = board(ctx);
  if (executivePositions(c, seat.fn).length > 0) return;

  const misplaced = c.positions.filter((p) => p.function === seat.fn);
  if (misplaced.length > 0) {
    for (const p of misplaced) {
      const role = p.role;
      const declared = p.declared('role');
      const fixes: Fix[] = [];
      if (declared && role !== 'chief_executive' && role !== 'chair') {
        fixes.push({ title: `Make ${p.label} an executive ${p.kind === 'seat' ? 'seat' : 'member'}`, safe: false, edits: [ctx.editor.replaceScalar(declared.loc.node, 'executive')] });
      }
      ctx.report({
        message: `${capitalise(p.label)} has \`function: ${seat.fn}\` but ${role ? `\`role: ${role}\`` : 'no role'}, so the board has no executive ${seat.seat}. ${POLICY_SOURCE}: the ${seat.seat} sits on the board as an executive member (\`role: executive\`).`,
        at: roleAnchor(p),
        related: p.declared('function') ? [{ message: 'function declared here', at: p.declared('function')!.loc }] : undefined,
        fixes,
      });
    }
    return;
  }

  const entry = { id: unusedBoardId(icb, seat.idBase), name: 'TODO', role: 'executive', ...seat.placeholder };
  const edit = addToBoard(ctx, [entry]);
  ctx.report({
    message: `The board has no executive ${seat.seat} (${seat.alsoCalled}): no ${c.seated ? 'seat' : 'member'} has \`role: executive\` with \`function: ${seat.fn}\`. ${POLICY_SOURCE}. ${POLICY_DRIFT}.`,
    at: boardAnchor(ctx),
    fixes: edit ? [{ title: `Add an executive ${seat.seat} ${c.seated ? 'seat ' : ''}to the board${c.seated ? '' : ' (name to fill in)'}`, safe: false, edits: [edit] }] : undefined,
  });
}
