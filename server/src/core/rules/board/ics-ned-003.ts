import { defineRule } from '../framework';
import { NHSE_CONST24_DEPUTY } from './citations';
import { checkDesignation } from './designation';

export default defineRule({
  meta: {
    id: 'ICS-NED-003',
    slug: 'deputy-chair-designated',
    title: 'One non-executive member, not the audit committee chair, is designated deputy chair.',
    section: '2. ICB board composition and roles',
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [NHSE_CONST24_DEPUTY],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Checks that `board.deputy_chair` names a board member with `role: non_executive` who is not the chair of the audit committee (`committees[type: audit].chair`).',
      rationale:
        "NHS England's guidance on ICB constitutions and governance (2023/24) asks each ICB, as an action required, to designate one non-executive member as deputy chair so that meetings have a clear chair when the chair is away, and not to choose the audit committee chair, whose independence the audit role relies on. This is NHS England policy, so it is a warning.",
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: pat-lee, name: Pat Lee, role: non_executive}
    - {id: chris-day, name: Chris Day, role: non_executive}
  deputy_chair: pat-lee
committees:
  - {id: audit, name: Audit and Risk Committee, type: audit, chair: pat-lee}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: pat-lee, name: Pat Lee, role: non_executive}
    - {id: chris-day, name: Chris Day, role: non_executive}
  deputy_chair: chris-day
committees:
  - {id: audit, name: Audit and Risk Committee, type: audit, chair: pat-lee}
`,
      howToFix: 'Set `board.deputy_chair` to the id of a non-executive member who does not chair the audit committee.',
    },
  },
  check(ctx) {
    checkDesignation(ctx, {
      key: 'deputy_chair',
      what: 'deputy chair',
      source:
        "NHS England's guidance on ICB constitutions and governance (2023/24, action required) asks each ICB to designate one non-executive member — not the audit committee chair — as deputy chair, so that meetings have a clear chair when the chair is away",
    });
  },
});
