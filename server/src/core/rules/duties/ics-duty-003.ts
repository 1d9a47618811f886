import { defineRule } from '../framework';
import { items, linkGiven, text } from '../../model/query';
import { boardLevel, governanceOf, refLabel } from '../../model/governance';
import { GREENER_NHS, SECTION_14 } from './citations';
import { addOfficer } from '../officers/shared';

const HEAD = `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
`;

export default defineRule({
  meta: {
    id: 'ICS-DUTY-003',
    slug: 'board-level-net-zero-lead',
    title: 'Where the constitution names its officers, it names a board-level net zero lead.',
    section: SECTION_14,
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [GREENER_NHS],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Only when the constitution declares `officers` (named officers are opt-in, see ICS-OFF-001): checks that it names a net zero lead (`officers.net_zero_lead`, or the `lead` of the `climate` duty in `statutory_duties`), and that the lead is at board level — a board member or seat, or a post marked `board_level: true`. A post whose level is not stated is not reported; one marked `board_level: false` is. With `officers.recorded_in`, a missing lead is left to that document.',
      rationale:
        'NHS England expects every ICB to have a board-level lead for net zero: "Trusts and integrated care boards (ICBs) will meet this new duty through the delivery of their localised Green Plans, and every Trust and ICB in the country now having a board-level lead", and green plans "should be approved by the organisation\'s board or governing body" (Greener NHS, read). The duty itself (to have regard to the climate targets) is paraphrased by the CQC; its section was not read. A warning (NHS England policy), asked only of constitutions that choose to name their officers.',
      incorrect: `${HEAD}officers:
  net_zero_lead: {holder: {title: Head of Sustainability}, board_level: false}
`,
      correct: `${HEAD}board:
  members:
    - {id: helen-ward, name: Helen Ward, role: executive, function: finance}
officers:
  net_zero_lead: {holder: helen-ward}
`,
      howToFix: 'Name a board member (or a director reporting to the board, marked `board_level: true`) as `officers.net_zero_lead`.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const officers = icb.officers;
    if (!officers) return;
    const g = governanceOf(icb);
    const climate = items(icb.statutory_duties?.duties).find((d) => text(d.duty) === 'climate');
    const lead = g.resolve(officers.net_zero_lead?.holder);
    const viaDuty = g.resolve(climate?.lead);
    const holder = lead ?? viaDuty;
    if (!holder) {
      if (linkGiven(officers.recorded_in)) return;
      ctx.report({
        message: 'The named officers do not include a net zero lead (`officers.net_zero_lead`). NHS England expects every ICB to have a board-level lead for net zero and its green plan (Greener NHS): name one.',
        at: officers.net_zero_lead?.loc ?? officers.loc,
        fixes: officers.net_zero_lead ? undefined : addOfficer(ctx, ['net_zero_lead']),
      });
      return;
    }
    if (holder.kind === 'unknown') return; // ICS-REF-001 reports it
    const level = boardLevel(holder, lead ? officers.net_zero_lead?.board_level : undefined);
    if (level !== false) return;
    ctx.report({
      message: `The net zero lead, ${refLabel(holder)}, is not at board level (\`board_level: false\`). NHS England expects "every Trust and ICB" to have "a board-level lead" for net zero (Greener NHS): name a board member, or a director who reports to the board.`,
      at: holder.loc,
    });
  },
});
