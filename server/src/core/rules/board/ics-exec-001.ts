import { defineRule } from '../framework';
import { GGI_CONST, HF, HWE_2_1_5 } from './citations';
import { checkExecutiveSeat } from './executive-seat';

export default defineRule({
  meta: {
    id: 'ICS-EXEC-001',
    slug: 'board-has-finance-director',
    title: 'The board includes an executive director of finance.',
    section: '2. ICB board composition and roles',
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [HWE_2_1_5, HF, GGI_CONST],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description: 'Checks that one board member has `role: executive` and `function: finance`. The local title may differ, e.g. "Chief Finance Officer".',
      rationale:
        'NHS England policy, as written into constitutions built on its model (e.g. Hertfordshire and West Essex ICB, paragraph 2.1.5), expects three executive members — finance, medical and nursing — on top of the statutory minimum of Schedule 1B. This is NHS England policy, not statute, so it is a warning. NHS England said in 2025 that it will no longer prescribe board composition; the rule stays at its catalogue severity because a constitution that drops the seat still needs NHS England\'s agreement. Switch it off in the project configuration if your ICB has agreed a different board.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
    - {id: amir-khan, name: Amir Khan, role: chief_executive}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
    - {id: amir-khan, name: Amir Khan, role: chief_executive}
    - {id: li-wei, name: Li Wei, role: executive, function: finance, title: Chief Finance Officer}
`,
      howToFix: 'Add the executive director of finance to `board.members` with `role: executive` and `function: finance`, or give the member who holds the post those values.',
    },
  },
  check(ctx) {
    checkExecutiveSeat(ctx, {
      fn: 'finance',
      seat: 'director of finance',
      alsoCalled: 'often titled Chief Finance Officer',
      idBase: 'director-of-finance',
      placeholder: { function: 'finance', title: 'Director of Finance', employment: 'employee' },
    });
  },
});
