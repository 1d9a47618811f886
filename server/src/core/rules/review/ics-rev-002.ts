import { defineRule } from '../framework';
import { firstLoc, values } from '../../model/query';
import { HWE_TOC, STAFFS_GH } from '../citations';
import { SECTION_10, listing } from '../statutory/helpers';

const PURPOSES = [
  { key: 'improve_population_health', says: 'improve outcomes in population health and healthcare' },
  { key: 'tackle_inequalities', says: 'tackle inequalities in outcomes, experience and access' },
  { key: 'productivity_and_value', says: 'enhance productivity and value for money' },
  { key: 'social_and_economic_development', says: 'help the NHS support broader social and economic development' },
] as const;

export default defineRule({
  meta: {
    id: 'ICS-REV-002',
    slug: 'four-core-purposes',
    title: 'The constitution states the four core purposes of an integrated care system.',
    section: SECTION_10,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [{ ...HWE_TOC, provision: 'section 1.1' }, { ...STAFFS_GH, provision: 'the four core purposes' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description: 'Checks that `icb.purposes` lists all four: improve_population_health, tackle_inequalities, productivity_and_value and social_and_economic_development.',
      rationale:
        "NHS England sets four core purposes for integrated care systems — improve outcomes in population health and healthcare; tackle inequalities in outcomes, experience and access; enhance productivity and value for money; and help the NHS support broader social and economic development — and constitutions built on its model state them (HWE 1.1; Staffordshire and Stoke-on-Trent's governance handbook).",
      incorrect: `kind: icb-constitution
version: 1
icb:
  id: nhs-example
  name: NHS Example Integrated Care Board
  purposes: [improve_population_health, tackle_inequalities]
`,
      correct: `kind: icb-constitution
version: 1
icb:
  id: nhs-example
  name: NHS Example Integrated Care Board
  purposes: [improve_population_health, tackle_inequalities, productivity_and_value, social_and_economic_development]
`,
      howToFix: 'List the four core purposes in `icb.purposes`.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const stated = values(icb.icb?.purposes);
    const missing = PURPOSES.filter((p) => !stated.includes(p.key));
    if (missing.length === 0) return;
    const edit = ctx.editor.addAtPath(['icb', 'purposes'], missing.map((p) => p.key));
    ctx.report({
      message: `The constitution does not state ${missing.length === PURPOSES.length ? 'the four core purposes of an integrated care system' : `the core purpose${missing.length === 1 ? '' : 's'} to ${listing(missing.map((p) => p.says))}`}. Constitutions built on NHS England's model state all four (to improve population health and healthcare, tackle inequalities, enhance productivity and value for money, and support broader social and economic development): list them in \`icb.purposes\`.`,
      at: firstLoc(icb.icb?.purposes, icb.icb, icb.kind) ?? ctx.documentAnchor,
      fixes: edit ? [{ title: `Add the missing core purpose${missing.length === 1 ? '' : 's'}`, safe: true, edits: [edit] }] : undefined,
    });
  },
});
