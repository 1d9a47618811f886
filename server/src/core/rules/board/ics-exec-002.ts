import { defineRule } from '../framework';
import { HF, HSJ_DF, HWE_2_1_5 } from './citations';
import { checkExecutiveSeat } from './executive-seat';

export default defineRule({
  meta: {
    id: 'ICS-EXEC-002',
    slug: 'board-has-medical-director',
    title: 'The board includes an executive medical director.',
    section: '2. ICB board composition and roles',
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [HWE_2_1_5, HF, HSJ_DF],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description: 'Checks that one board member has `role: executive` and `function: medical`. The local title may differ, e.g. "Chief Medical Officer".',
      rationale:
        'NHS England policy, as written into constitutions built on its model (e.g. Hertfordshire and West Essex ICB, paragraph 2.1.5) and reported from the ICS design framework, expects a medical director among the executive members. Clinical leaders asked in 2021 for "clinical leadership – not just advice" on ICB boards. This is NHS England policy, not statute, so it is a warning. NHS England said in 2025 that it will no longer prescribe board composition and that ICBs may drop the medical director seat; the rule stays at its catalogue severity because that change still needs NHS England\'s agreement, and ICS-EXEC-007 asks where clinical leadership then sits.',
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
    - id: ruth-ode
      name: Ruth Ode
      role: executive
      function: medical
      title: Chief Medical Officer
      profession: medicine
      registration: {regulator: GMC, number: "7012345"}
`,
      howToFix: 'Add the medical director to `board.members` with `role: executive`, `function: medical`, `profession: medicine` and their GMC registration, or give the member who holds the post those values.',
    },
  },
  check(ctx) {
    checkExecutiveSeat(ctx, {
      fn: 'medical',
      seat: 'medical director',
      alsoCalled: 'often titled Chief Medical Officer',
      idBase: 'medical-director',
      placeholder: {
        function: 'medical',
        title: 'Medical Director',
        employment: 'employee',
        profession: 'medicine',
        registration: { regulator: 'GMC', number: 'TODO' },
      },
    });
  },
});
