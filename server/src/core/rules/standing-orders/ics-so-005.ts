import { defineRule } from '../framework';
import { linkGiven, text } from '../../model/query';

import { BSOL, MSE } from '../committees/citations';
import { listText } from '../committees/helpers';
import { NHSE_COI_CURRENT } from '../committees/psr-citations';
import { SECTION_13, SO_SOURCES, SO_WHY_INFORMATION, soAnchor, standingOrders } from './shared';

const HEAD = `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
`;

export default defineRule({
  meta: {
    id: 'ICS-SO-005',
    slug: 'declarations-at-meetings',
    title: 'Interests are declared at every meeting and minuted, and the standing orders say what a conflicted member does.',
    section: SECTION_13,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [
      { ...MSE, provision: '"Declarations of interest are also sought during Board and Committee meetings for recording in the minutes"' },
      { ...BSOL, provision: 'declarations at the start of each committee meeting' },
      { ...NHSE_COI_CURRENT, provision: 'scope: the current guidance applies to ICBs (its section on meetings was not read)' },
      ...SO_SOURCES,
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: false,
    docs: {
      description:
        'When the constitution writes out its standing orders (`standing_orders`), checks `declarations_of_interest`: interests are asked for at each meeting (`asked_at_each_meeting: true`) and recorded in the minutes (`recorded_in_minutes: true`), and the standing orders say what a member with a conflict does (`conflicted_member`). An explicit `false` is reported even when the standing orders are `recorded_in` another document. When the block is missing, nothing is reported if the conflicts of interest policy is linked (`conflicts_of_interest.policy`) or the standing orders are `recorded_in` another document. ICS-COI-004 checks the declaration deadline and the annual review.',
      rationale:
        `ICBs ask for declarations at every meeting and minute them: "Declarations of interest are also sought during Board and Committee meetings for recording in the minutes" (Mid and South Essex ICB); Birmingham and Solihull asks "at the start of each committee meeting". NHS England's current guidance on managing conflicts of interest applies to ICBs (its section on meetings was not read). A declaration is only useful if the meeting then manages it: the member withdraws, or stays without taking part. ${SO_WHY_INFORMATION}`,
      incorrect: `${HEAD}standing_orders:
  declarations_of_interest: {asked_at_each_meeting: true}
`,
      correct: `${HEAD}standing_orders:
  declarations_of_interest: {asked_at_each_meeting: true, recorded_in_minutes: true, conflicted_member: withdraws}
`,
      howToFix: 'Record that declarations are asked for at each meeting and minuted, and what a conflicted member does (`conflicted_member: withdraws`, `remains_without_vote` or `as_chair_decides`).',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const s = standingOrders(icb);
    if (!s) return;
    const d = s.so.declarations_of_interest;
    const refused: string[] = [];
    if (d?.asked_at_each_meeting?.value === false) refused.push('interests are not asked for at each meeting');
    if (d?.recorded_in_minutes?.value === false) refused.push('declarations are not minuted');
    if (refused.length > 0) {
      ctx.report({
        message: `The standing orders say that ${listText(refused)}. ICBs ask for declarations at every board and committee meeting and record them in the minutes (Mid and South Essex, Birmingham and Solihull ICBs): a conflict that is not declared and minuted at the meeting cannot be shown to have been managed.`,
        at: (d!.asked_at_each_meeting?.value === false ? d!.asked_at_each_meeting : d!.recorded_in_minutes)!.loc,
      });
    }
    if (s.byReference) return;
    if (!d) {
      if (linkGiven(icb.conflicts_of_interest?.policy)) return;
      ctx.report({
        message: 'The standing orders do not say how interests are declared at meetings (`declarations_of_interest`), and no conflicts of interest policy is linked. ICBs ask for declarations at every meeting, minute them, and say what a conflicted member does (Mid and South Essex, Birmingham and Solihull ICBs): add them.',
        at: soAnchor(ctx),
      });
      return;
    }
    const missing: string[] = [];
    if (d.asked_at_each_meeting === undefined) missing.push('that interests are asked for at each meeting (`asked_at_each_meeting`)');
    if (d.recorded_in_minutes === undefined) missing.push('that declarations are minuted (`recorded_in_minutes`)');
    if (!text(d.conflicted_member)) missing.push('what a member with a conflict does (`conflicted_member`)');
    if (missing.length === 0) return;
    ctx.report({
      message: `The standing orders' declarations of interest do not say ${listText(missing)}. ICBs ask for declarations at every meeting, minute them and manage each conflict there (Mid and South Essex, Birmingham and Solihull ICBs): add ${missing.length === 1 ? 'it' : 'them'}.`,
      at: d.loc,
    });
  },
});
