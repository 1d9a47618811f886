import { defineRule } from '../framework';
import { refLabel } from '../../model/governance';
import { listText } from '../committees/helpers';
import { NHSE_FTSU, SECTION_15 } from '../duties/citations';
import { addOfficers, HEAD, holderOf, isExecutive, isNonExecutive, officersOf } from './shared';

export default defineRule({
  meta: {
    id: 'ICS-OFF-005',
    slug: 'freedom-to-speak-up',
    title: 'Where the constitution names its officers, the ICB\'s staff have a Freedom to Speak Up guardian, and the board an executive and a non-executive lead for it.',
    section: SECTION_15,
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [NHSE_FTSU],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Only when the constitution declares `officers`: checks `officers.freedom_to_speak_up` for a `guardian`, an `executive_lead` and a `non_executive_lead`, unless `officers.recorded_in` points to where the officers are named; and reports an executive lead who is a board member or seat but not an executive, or a non-executive lead who is not a non-executive (the chair counts as one).',
      rationale:
        'NHS England: "ICBs must ensure their own ICB staff have access to routes for speaking up including Freedom to Speak Up guardian(s)", and "appointing an executive and non-executive lead for Freedom to Speak Up within your ICB will provide leadership for that work" (read). NHS England policy: a warning, asked only of constitutions that choose to name their officers.',
      incorrect: `${HEAD}officers:
  freedom_to_speak_up:
    guardian: {holder: {title: Freedom to Speak Up Guardian, organisation: NHS Example ICB}}
`,
      correct: `${HEAD}board:
  members:
    - {id: morgan-hale, name: Morgan Hale, role: non_executive}
    - {id: sue-park, name: Sue Park, role: executive, function: people}
officers:
  freedom_to_speak_up:
    guardian: {holder: {title: Freedom to Speak Up Guardian, organisation: NHS Example ICB}}
    executive_lead: {holder: sue-park}
    non_executive_lead: {holder: morgan-hale}
`,
      howToFix: 'Name the Freedom to Speak Up guardian, an executive lead (an executive member, often the chief people officer) and a non-executive lead in `officers.freedom_to_speak_up`.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const o = officersOf(icb);
    if (!o) return;
    const f = o.officers.freedom_to_speak_up;
    const guardian = holderOf(icb, f?.guardian);
    const exec = holderOf(icb, f?.executive_lead);
    const ned = holderOf(icb, f?.non_executive_lead);
    const missing: string[] = [];
    if (!guardian) missing.push('a Freedom to Speak Up guardian (`guardian`)');
    if (!exec) missing.push('an executive lead (`executive_lead`)');
    if (!ned) missing.push('a non-executive lead (`non_executive_lead`)');
    if (missing.length > 0 && !o.byReference) {
      ctx.report({
        message: `The named officers do not include ${listText(missing)} for Freedom to Speak Up. NHS England expects ICBs to give their staff access to a Freedom to Speak Up guardian and to appoint an executive and a non-executive lead: name them in \`officers.freedom_to_speak_up\`.`,
        at: f?.loc ?? o.officers.loc,
        fixes: addOfficers(ctx, ['freedom_to_speak_up'], (['guardian', 'executive_lead', 'non_executive_lead'] as const).filter((k) => !f?.[k]), f !== undefined),
      });
    }
    if (exec && exec.kind !== 'unknown' && isExecutive(exec, f?.executive_lead) === false) {
      ctx.report({
        message: `The Freedom to Speak Up executive lead, ${refLabel(exec)}, is not an executive. NHS England expects an executive and a non-executive lead for Freedom to Speak Up: name an executive member.`,
        at: exec.loc,
      });
    }
    if (ned && ned.kind !== 'unknown' && isNonExecutive(ned) === false) {
      ctx.report({
        message: `The Freedom to Speak Up non-executive lead, ${refLabel(ned)}, is not a non-executive. NHS England expects an executive and a non-executive lead for Freedom to Speak Up: name a non-executive member.`,
        at: ned.loc,
      });
    }
  },
});
