import { text } from '../../model/query';
import { positionsWithRole, type Holder, type BoardPosition } from '../../model/composition';
import { board } from '../positions';
import type { Fix, TextEdit } from '../../types';
import type { RuleContext } from '../framework';
import { auditChairs, boardAnchor } from './util';

/** What ICS-NED-003/004 need to know about the board designation they check. */
export interface Designation {
  key: 'deputy_chair' | 'senior_non_executive';
  /** "deputy chair" */
  what: string;
  /** The requirement and its source, one sentence without its full stop. */
  source: string;
  /** Member ids to try first as candidates (e.g. the deputy chair for the senior non-executive). */
  prefer?: (ctx: RuleContext) => string[];
}

/**
 * `board.<key>` must name a non-executive member (or, in format 1.1, a non-executive seat) who does
 * not chair the audit committee. Fixes offer up to three suitable non-executives: named members
 * first, then seats.
 */
export function checkDesignation(ctx: RuleContext, d: Designation): void {
  const icb = ctx.icb!;
  const c = board(ctx);
  const audit = auditChairs(icb);
  const auditIds = new Set(audit.map((a) => a.id));
  const nedPositions = positionsWithRole(c, 'non_executive');
  const neds: (Holder | BoardPosition)[] = [...c.holders.filter((h) => h.role === 'non_executive'), ...nedPositions.filter((p) => p.kind === 'seat')];
  const suitable = neds.map((e) => e.id).filter((id): id is string => !!id && !auditIds.has(id));
  const preferred = (d.prefer?.(ctx) ?? []).filter((id) => suitable.includes(id));
  const candidates = [...new Set([...preferred, ...suitable])].slice(0, 3);
  const offer = (make: (id: string) => TextEdit | undefined): Fix[] =>
    candidates.flatMap((id) => {
      const edit = make(id);
      return edit ? [{ title: `Name ${c.resolve(id)!.label} as ${d.what}`, safe: false, edits: [edit] }] : [];
    });

  const value = icb.board?.[d.key];
  const id = text(value);
  if (!value || !id) {
    const none = neds.length === 0 ? ' The board has no non-executive members to choose from (see ICS-NED-001).' : suitable.length === 0 ? ' Every non-executive chairs the audit committee, so none can take it (see ICS-NED-001).' : '';
    ctx.report({
      message: `The constitution does not name a ${d.what}. ${d.source}: add \`board.${d.key}\` with the id of a non-executive member who does not chair the audit committee.${none}`,
      at: value?.loc ?? boardAnchor(ctx),
      fixes: offer((x) => (value ? ctx.editor.replaceScalar(value.loc.node, x) : ctx.editor.addAtPath(['board', d.key], x))),
    });
    return;
  }
  const replace = (): Fix[] => offer((x) => ctx.editor.replaceScalar(value.loc.node, x));
  const m = c.resolve(id);
  if (!m) {
    ctx.report({
      message: `\`board.${d.key}: ${id}\` names no board member. ${d.source}: give the id of a non-executive member.`,
      at: value.loc,
      fixes: replace(),
    });
    return;
  }
  const role = m.role;
  if (role !== 'non_executive') {
    ctx.report({
      message: `The ${d.what}, ${m.label}, ${role ? `has \`role: ${role}\`` : 'has no role'}: the seat needs a non-executive member (\`role: non_executive\`). ${d.source}.`,
      at: value.loc,
      related: [{ message: `${m.kind === 'seat' ? 'seat' : 'member'} declared here`, at: m.declared('role')?.loc ?? m.loc }],
      fixes: replace(),
    });
    return;
  }
  // A seat of several non-executives may give the audit chair and the designation to different holders.
  const sharedSeat = m.kind === 'seat' && (m.size.max === undefined || m.size.max > 1);
  const chairsAudit = sharedSeat ? undefined : audit.find((a) => a.id === id);
  if (chairsAudit) {
    ctx.report({
      message: `The ${d.what}, ${m.label}, also chairs the audit committee (${chairsAudit.committee}). ${d.source}.`,
      at: value.loc,
      related: [{ message: 'audit committee chair declared here', at: chairsAudit.loc }],
      fixes: replace(),
    });
  }
}
