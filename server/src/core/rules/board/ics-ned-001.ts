import { defineRule } from '../framework';
import { memberLabel } from '../../model/query';
import { GGI_CONST, HF, HWE_2_1_5 } from './citations';
import { boardAnchor, nonExecutives, unusedId } from './util';

const REQUIRED = 2;

export default defineRule({
  meta: {
    id: 'ICS-NED-001',
    slug: 'board-has-two-non-executives',
    title: 'The board has at least two non-executive members besides the chair.',
    section: '2. ICB board composition and roles',
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [HWE_2_1_5, HF, GGI_CONST],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description: 'Counts the board members with `role: non_executive` (the chair is not counted) and checks there are at least two.',
      rationale:
        'NHS England policy, as written into constitutions built on its model (e.g. Hertfordshire and West Essex ICB, paragraph 2.1.5), expects at least two independent non-executive members on top of the statutory minimum; they chair the audit and remuneration committees. This is NHS England policy, not statute, so it is a warning. NHS England said in 2025 that it will no longer prescribe board composition; the rule stays at its catalogue severity because a constitution with fewer non-executives still needs NHS England\'s agreement.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair, independent: true}
    - {id: pat-lee, name: Pat Lee, role: non_executive, independent: true}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair, independent: true}
    - {id: pat-lee, name: Pat Lee, role: non_executive, independent: true}
    - {id: chris-day, name: Chris Day, role: non_executive, independent: true}
`,
      howToFix: 'Add independent non-executive members (`role: non_executive`, `independent: true`) until there are at least two besides the chair.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const neds = nonExecutives(icb);
    if (neds.length >= REQUIRED) return;
    const taken = new Set<string>();
    const added = [];
    for (let i = neds.length; i < REQUIRED; i++) {
      const id = unusedId(icb, 'non-executive', taken);
      taken.add(id);
      added.push({ id, name: 'TODO', role: 'non_executive', independent: true });
    }
    const edit = ctx.editor.addAtPath(['board', 'members'], added);
    const have = neds.length === 0 ? 'no non-executive members' : `only one non-executive member, ${memberLabel(neds[0])},`;
    ctx.report({
      message: `The board has ${have} besides the chair. NHS England policy, as set out in constitutions built on its model (Hertfordshire and West Essex ICB constitution, paragraph 2.1.5), expects at least two independent non-executive members. NHS England said in 2025 it will no longer prescribe board composition, but a constitution with fewer still needs its agreement.`,
      at: boardAnchor(ctx),
      related: neds.map((m) => ({ message: 'non-executive member declared here', at: m.loc })),
      fixes: edit
        ? [{ title: added.length === 1 ? 'Add an independent non-executive member (name to fill in)' : `Add ${added.length} independent non-executive members (names to fill in)`, safe: false, edits: [edit] }]
        : undefined,
    });
  },
});
