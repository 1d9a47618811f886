import { defineRule } from '../framework';
import { text } from '../../model/query';
import { governanceOf } from '../../model/governance';
import { listText } from '../committees/helpers';
import { SECTION_13, SO_SOURCES, SO_WHY_INFORMATION, soAnchor, standingOrders } from './shared';

const HEAD = `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
`;

export default defineRule({
  meta: {
    id: 'ICS-SO-003',
    slug: 'suspension-of-standing-orders',
    title: 'Standing orders say whether they may be suspended, by what majority, and to whom a suspension is reported.',
    section: SECTION_13,
    sourceKind: 'guidance',
    severity: 'information',
    citations: SO_SOURCES,
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: false,
    docs: {
      description:
        'When the constitution writes out its standing orders (`standing_orders`), checks `suspension`: whether the standing orders may be suspended (`allowed`); if they may, by whom (`requires`) and where a suspension is reported (`reported_to`). A suspension by the chair alone is reported even when the standing orders are only `recorded_in` another document, because the constitution states it.',
      rationale:
        `Standing orders bind every meeting of the board and its committees (Hertfordshire and West Essex 5.1). Suspending them sets those rules aside, so it is itself a decision of the meeting — usually by a stated majority of the members present — and is reported (often to the audit committee) so that it can be reviewed. A suspension the chair may decide alone removes that check. ${SO_WHY_INFORMATION}`,
      incorrect: `${HEAD}standing_orders:
  suspension: {allowed: true, requires: chair}
`,
      correct: `${HEAD}board:
  members:
    - {id: pat-lee, name: Pat Lee, role: non_executive, expertise: [audit]}
committees:
  - {id: audit, name: Audit Committee, type: audit, chair: pat-lee, reports_to: icb-board}
standing_orders:
  suspension: {allowed: true, requires: two_thirds_present, reported_to: audit}
`,
      howToFix: 'Say whether the standing orders may be suspended and, if so, by what majority of the members present (`requires`) and where the suspension is reported (`reported_to`, e.g. the audit committee).',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const s = standingOrders(icb);
    if (!s) return;
    const sus = s.so.suspension;
    if (sus && text(sus.requires) === 'chair') {
      ctx.report({
        message: 'The standing orders may be suspended by the chair alone (`requires: chair`). Suspending the standing orders sets aside the rules of the meeting, so it is usually a decision of the meeting itself, by a stated majority of the members present, and is reported for review: say what majority it needs.',
        at: sus.requires!.loc,
      });
    }
    if (s.byReference) return;
    if (!sus || (sus.allowed === undefined && !text(sus.requires))) {
      ctx.report({
        message: 'The standing orders do not say whether they may be suspended (`suspension`). If they may, say by what majority and where a suspension is reported; if not, say so (`allowed: false`), or give `recorded_in` for the standing orders that do.',
        at: sus?.loc ?? soAnchor(ctx),
      });
      return;
    }
    if (sus.allowed?.value === false) return;
    const missing: string[] = [];
    if (!text(sus.requires)) missing.push('by what majority (`requires`)');
    if (!governanceOf(icb).resolve(sus.reported_to)) missing.push('where a suspension is reported (`reported_to`)');
    if (missing.length === 0) return;
    ctx.report({
      message: `The standing orders may be suspended but do not say ${listText(missing)}. A suspension sets aside the rules of the meeting, so it is a decision of the meeting and is reported for review: add ${missing.length === 1 ? 'it' : 'them'}.`,
      at: sus.loc,
    });
  },
});
