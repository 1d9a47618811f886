import { defineRule } from '../framework';
import { text } from '../../model/query';
import { NHSE_CONST24_SENIOR } from './citations';
import { checkDesignation } from './designation';

export default defineRule({
  meta: {
    id: 'ICS-NED-004',
    slug: 'senior-non-executive-designated',
    title: 'One non-executive member, not the audit committee chair, is designated senior non-executive member.',
    section: '2. ICB board composition and roles',
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [NHSE_CONST24_SENIOR],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Checks that `board.senior_non_executive` names a board member with `role: non_executive` who is not the chair of the audit committee. It may be the deputy chair.',
      rationale:
        "NHS England's guidance on ICB constitutions and governance (2023/24) asks each ICB to designate a senior non-executive member. That person supports the regional director in appraising the chair and in the fit and proper person test, acts as a sounding board for the chair and mediates when needed. It may be the deputy chair, unless they chair the audit committee. This is NHS England policy, so it is a warning.",
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: pat-lee, name: Pat Lee, role: non_executive}
    - {id: chris-day, name: Chris Day, role: non_executive}
  deputy_chair: chris-day
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: pat-lee, name: Pat Lee, role: non_executive}
    - {id: chris-day, name: Chris Day, role: non_executive}
  deputy_chair: chris-day
  senior_non_executive: chris-day
`,
      howToFix: 'Set `board.senior_non_executive` to the id of a non-executive member who does not chair the audit committee; the deputy chair is a natural choice.',
    },
  },
  check(ctx) {
    checkDesignation(ctx, {
      key: 'senior_non_executive',
      what: 'senior non-executive member',
      source:
        "NHS England's guidance on ICB constitutions and governance (2023/24, action required) asks each ICB to designate a senior non-executive member — who may be the deputy chair, but not the audit committee chair — to support the appraisal of the chair, act as a sounding board and mediate when needed",
      prefer: (ctx) => {
        const deputy = text(ctx.icb!.board?.deputy_chair);
        return deputy ? [deputy] : [];
      },
    });
  },
});
