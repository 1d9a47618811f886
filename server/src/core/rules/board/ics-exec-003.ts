import { defineRule } from '../framework';
import { HF, HSJ_DF, HWE_2_1_5 } from './citations';
import { checkExecutiveSeat } from './executive-seat';

export default defineRule({
  meta: {
    id: 'ICS-EXEC-003',
    slug: 'board-has-director-of-nursing',
    title: 'The board includes an executive director of nursing.',
    section: '2. ICB board composition and roles',
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [HWE_2_1_5, HF, HSJ_DF],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description: 'Checks that one board member has `role: executive` and `function: nursing`. The local title may differ, e.g. "Chief Nurse".',
      rationale:
        'NHS England policy, as written into constitutions built on its model (e.g. Hertfordshire and West Essex ICB, paragraph 2.1.5) and reported from the ICS design framework, expects a director of nursing among the executive members. This is NHS England policy, not statute, so it is a warning. NHS England said in 2025 that it will no longer prescribe board composition and that ICBs may drop the chief nurse seat; the rule stays at its catalogue severity because that change still needs NHS England\'s agreement, and ICS-EXEC-007 asks where clinical leadership then sits.',
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
    - id: nurse-dir
      name: Grace Adeyemi
      role: executive
      function: nursing
      title: Chief Nurse
      profession: nursing
      registration: {regulator: NMC, number: "71A2998E"}
`,
      howToFix: 'Add the director of nursing to `board.members` with `role: executive`, `function: nursing`, `profession: nursing` and their NMC registration, or give the member who holds the post those values.',
    },
  },
  check(ctx) {
    checkExecutiveSeat(ctx, {
      fn: 'nursing',
      seat: 'director of nursing',
      alsoCalled: 'often titled Chief Nurse',
      idBase: 'director-of-nursing',
      placeholder: {
        function: 'nursing',
        title: 'Director of Nursing',
        employment: 'employee',
        profession: 'nursing',
        registration: { regulator: 'NMC', number: 'TODO' },
      },
    });
  },
});
