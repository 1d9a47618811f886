import { defineRule } from '../framework';
import { items, text } from '../../model/query';
import { governanceOf, refLabel } from '../../model/governance';
import { CHILDREN_ACT_16E, NHS_SAFEGUARDING_GUIDE, SAAF_2024, SECTION_15, SWL_SAFEGUARDING } from '../duties/citations';
import { addOfficer, HEAD, holderOf, isExecutive, officersOf } from './shared';
import { compositionOf, executivePositions } from '../../model/composition';
import type { IcbConstitution } from '../../model/kinds';

const SAFEGUARDING = new Set(['safeguarding', 'safeguarding_children', 'safeguarding_adults']);

export default defineRule({
  meta: {
    id: 'ICS-OFF-003',
    slug: 'safeguarding-executive-lead',
    title: 'Where the constitution names its officers, it names an executive lead for safeguarding.',
    section: SECTION_15,
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [CHILDREN_ACT_16E, NHS_SAFEGUARDING_GUIDE, SAAF_2024, SWL_SAFEGUARDING],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Only when the constitution declares `officers`: checks that it names an executive lead for safeguarding (`officers.safeguarding_executive_lead`, or the `executive_lead` of safeguarding in `functions_map`), unless `officers.recorded_in` points to where the officers are named; and reports a lead who is a board member or seat but not an executive, or a post marked `board_level: false`.',
      rationale:
        'The ICB is a safeguarding partner for every local authority area in its area (Children Act 2004 s.16E, read). NHS England\'s safeguarding guide says "ICB Executive Chief Nurses will be taking executive accountability for statutory safeguarding", under its safeguarding accountability and assurance framework (2024 edition; its body was not read), and ICBs declare that "an accountable officer and an executive lead for safeguarding are in place" (South West London ICB). NHS England policy: a warning, asked only of constitutions that choose to name their officers.',
      incorrect: `${HEAD}board:
  members:
    - {id: pat-lee, name: Pat Lee, role: non_executive}
officers:
  safeguarding_executive_lead: {holder: pat-lee}
`,
      correct: `${HEAD}board:
  members:
    - {id: grace-mensah, name: Grace Mensah, role: executive, function: nursing}
officers:
  safeguarding_executive_lead: {holder: grace-mensah}
`,
      howToFix: 'Name an executive — usually the chief nurse — as `officers.safeguarding_executive_lead`.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const o = officersOf(icb);
    if (!o) return;
    const entry = o.officers.safeguarding_executive_lead;
    const mapped = items(icb.functions_map?.functions).find((f) => SAFEGUARDING.has(text(f.function) ?? '') && governanceOf(icb).resolve(f.executive_lead));
    const own = holderOf(icb, entry);
    const holder = own ?? (mapped ? governanceOf(icb).resolve(mapped.executive_lead) : undefined);
    if (!holder) {
      if (o.byReference) return;
      ctx.report({
        message: 'The named officers do not include an executive lead for safeguarding (`safeguarding_executive_lead`). The ICB is a statutory safeguarding partner (Children Act 2004 s.16E), and NHS England expects its executive chief nurse to take executive accountability for safeguarding: name them.',
        at: entry?.loc ?? o.officers.loc,
        fixes: entry ? undefined : addOfficer(ctx, ['safeguarding_executive_lead'], chiefNurse(icb) ?? { title: 'TODO' }),
      });
      return;
    }
    if (holder.kind === 'unknown' || isExecutive(holder, holder === own ? entry : undefined) !== false) return;
    ctx.report({
      message: `The safeguarding lead, ${refLabel(holder)}, is not an executive. NHS England expects executive accountability for safeguarding in the ICB, taken by its executive chief nurse (NHS England safeguarding guide): name an executive member.`,
      at: holder.loc,
    });
  },
});

/** The id of the board's one nursing executive (member, or seat without a named holder), if there is exactly one. */
function chiefNurse(icb: IcbConstitution): string | undefined {
  const nurses = executivePositions(compositionOf(icb), 'nursing');
  if (nurses.length !== 1) return undefined;
  const p = nurses[0];
  return p.holders.length === 1 ? p.holders[0].id : p.id;
}
