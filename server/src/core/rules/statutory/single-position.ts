import type { RuleContext } from '../framework';
import { firstLoc } from '../../model/query';
import { maximumOf, positionsWithRole } from '../../model/composition';
import { addToBoard, board, placeWord, roleAnchor, unusedBoardId } from '../positions';

/** What ICS-BOARD-001/002 need to know about the one position they look for. */
export interface SinglePosition {
  role: 'chair' | 'chief_executive';
  /** "chair", "chief executive" */
  words: string;
  /** "Schedule 1B paragraph 3(1)(a)" */
  provision: string;
  /** The entry a fix adds (a member, or a seat in a document of seats), without its id. */
  entry: Record<string, unknown>;
  idBase: string;
  /** The sentence about a second one, after "The board has more than one …: X is a second `role: …`." */
  extra: string;
}

/**
 * The board has exactly one chair (or chief executive): one position with the role, and a seat
 * for it that holds one. More holders of a one-person seat than it holds is ICS-SEAT-001's.
 */
export function checkSinglePosition(ctx: RuleContext, spec: SinglePosition): void {
  const icb = ctx.icb!;
  const c = board(ctx);
  const found = positionsWithRole(c, spec.role);
  const law = `Schedule 1B ${spec.provision.replace('Schedule 1B ', '')} of the NHS Act 2006`;
  if (found.length === 0) {
    const edit = addToBoard(ctx, [{ id: unusedBoardId(icb, spec.idBase), name: 'TODO', ...spec.entry }]);
    const what = c.seated ? `a seat with \`role: ${spec.role}\`` : `a member with \`role: ${spec.role}\``;
    ctx.report({
      message: `The board has no ${spec.words}. ${law} requires an integrated care board to have a ${spec.words}: add ${what}.`,
      at: firstLoc(c.seated ? icb.board?.seats : icb.board?.members, icb.board, icb.kind) ?? ctx.documentAnchor,
      fixes: edit ? [{ title: `Add a ${spec.words} to the board (${placeWord(ctx) === 'seat' ? 'a seat' : 'name to fill in'})`, safe: true, edits: [edit] }] : undefined,
    });
    return;
  }
  for (const extra of found.slice(1)) {
    ctx.report({
      message: `The board has more than one ${spec.words}: ${extra.label} is a second \`role: ${spec.role}\`. ${spec.extra}`,
      at: roleAnchor(extra),
      related: [{ message: `first ${spec.words} declared here`, at: roleAnchor(found[0]) }],
    });
  }
  const first = found[0];
  const max = maximumOf(first);
  if (first.kind === 'seat' && (max === undefined || first.size.max === undefined || first.size.max > 1)) {
    ctx.report({
      message: `${first.label.charAt(0).toUpperCase() + first.label.slice(1)} may be held by ${first.size.max === undefined ? 'any number of members' : `up to ${first.size.max} members`}, but ${law} provides for one ${spec.words}: give the seat \`count: 1\`.`,
      at: (first.seat?.max ?? first.seat?.count ?? first.seat?.min)?.loc ?? roleAnchor(first),
    });
  }
}
