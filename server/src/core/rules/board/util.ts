import type { BoardMember, IcbConstitution } from '../../model/kinds';
import type { Loc } from '../../model/spec';
import { committeesOfType, firstLoc, text } from '../../model/query';
import type { RuleContext } from '../framework';
import { unusedBoardId } from '../positions';

/** Small helpers shared by the §2–3 rules (board composition, roles, eligibility). */

/** The path of a board member from the document root, for fixes that add a key to the member. */
export function memberPath(icb: IcbConstitution, m: BoardMember): (string | number)[] | undefined {
  const seq = icb.board?.members?.loc.node as { items?: unknown[] } | undefined;
  const index = seq?.items?.indexOf(m.loc.node) ?? -1;
  return index < 0 ? undefined : ['board', 'members', index];
}

/** An id based on `base` that no board member, seat or participant uses yet. */
export function unusedId(icb: IcbConstitution, base: string, taken: Set<string> = new Set()): string {
  return unusedBoardId(icb, base, taken);
}

/** Where to point when something is missing from the board: its seats (format 1.1) or member list, the board, or the `kind:` line. */
export function boardAnchor(ctx: RuleContext): Loc | RuleContext['documentAnchor'] {
  const icb = ctx.icb!;
  return firstLoc(icb.board?.seats, icb.board?.members, icb.board) ?? ctx.documentAnchor;
}

/** The audit committee chairs named in the document, with the committee they chair. */
export function auditChairs(icb: IcbConstitution): { id: string; loc: Loc; committee: string }[] {
  const out: { id: string; loc: Loc; committee: string }[] = [];
  for (const c of committeesOfType(icb, 'audit')) {
    const id = text(c.chair);
    if (id && c.chair) out.push({ id, loc: c.chair.loc, committee: text(c.name) ?? text(c.id) ?? 'the audit committee' });
  }
  return out;
}

/** "a, b and c" */
export function listText(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** The whole-system wording for an approver NHS England would be replaced by under the Health Bill 2026. */
export function nhsEnglandOrSuccessor(ctx: RuleContext): string {
  return ctx.framework === 'health-bill-2026' ? 'the Secretary of State (who would take over NHS England’s functions under the Health Bill 2026)' : 'NHS England';
}

