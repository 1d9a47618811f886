import { defineRule } from '../framework';
import { items, text } from '../../model/query';
import { governanceOf, refLabel } from '../../model/governance';
import { NHSP_SORD, NOTTS_SORD, SECTION_12, SWL_ACCOUNTABLE } from '../delegation/citations';
import { matterKey, matterWords } from './shared';
import { removeSeqItem } from '../committees/helpers';

const HEAD = `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
`;

export default defineRule({
  meta: {
    id: 'ICS-SORD-002',
    slug: 'not-both-reserved-and-delegated',
    title: 'Nothing is both reserved to the board and delegated.',
    section: SECTION_12,
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [NOTTS_SORD, NHSP_SORD, SWL_ACCOUNTABLE],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Compares `reservation_and_delegation.reserved_to_board` (and `also_reserved`) with `delegated[].decision`: a matter both reserved and delegated is reported at the delegation, pointing at the reservation. Matters written as free text (`decision: other` with a `description`) are compared ignoring case. Urgent decisions under the standing orders are a separate mechanism and are not compared.',
      rationale:
        'A scheme of reservation and delegation "sets out those functions and decisions that are reserved to the Board and those that have been delegated" (Nottingham and Nottinghamshire ICB): the two lists divide the ICB\'s decisions between the board and others. A matter on both says two things about who decides it, and any decision taken under it can be challenged. The scheme is NHS England policy for every ICB (its guide to developing a scheme; NHS Providers\' briefing on it): a warning.',
      incorrect: `${HEAD}reservation_and_delegation:
  reserved_to_board: [joint_forward_plan]
  delegated:
    - {decision: joint_forward_plan, to: finance-committee}
`,
      correct: `${HEAD}reservation_and_delegation:
  reserved_to_board: [joint_forward_plan]
  delegated:
    - {decision: contracts_above_limit, to: finance-committee, limit_gbp: 10000000}
`,
      howToFix: 'Decide whether the board keeps the matter or delegates it, and remove it from the other list. If the board delegates part of it (preparing a plan, say, while approving it itself), describe that part as its own decision.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const rd = icb.reservation_and_delegation;
    if (!rd) return;
    const reserved = new Map<string, { at: import('../../model/spec').Loc; words: string }>();
    for (const r of items(rd.reserved_to_board)) {
      const k = matterKey(text(r), undefined);
      if (k && !reserved.has(k)) reserved.set(k, { at: r.loc, words: matterWords(text(r)!) });
    }
    for (const r of items(rd.also_reserved)) {
      const k = matterKey('other', text(r));
      if (k && !reserved.has(k)) reserved.set(k, { at: r.loc, words: `"${text(r)}"` });
    }
    for (const d of items(rd.delegated)) {
      const k = matterKey(text(d.decision), text(d.description));
      const hit = k ? reserved.get(k) : undefined;
      if (!hit) continue;
      const to = governanceOf(icb).resolve(d.to);
      const removal = removeSeqItem(ctx.file.text, ctx.file.lines, rd.delegated!.loc.node, d.loc.node);
      ctx.report({
        message: `${hit.words.charAt(0).toUpperCase()}${hit.words.slice(1)} is reserved to the board and also delegated${to ? ` to ${refLabel(to)}` : ''}. A scheme of reservation and delegation divides decisions between those the board reserves and those it delegates (as in Nottingham and Nottinghamshire ICB's scheme): decide which it is, and remove it from the other list.`,
        at: d.decision?.loc ?? d.loc,
        related: [{ message: 'reserved to the board here', at: hit.at }],
        fixes: removal ? [{ title: 'Keep it reserved: remove the delegation (check first)', safe: false, edits: [removal] }] : undefined,
      });
    }
  },
});
