import { defineRule } from '../framework';
import { boardLevel, refLabel } from '../../model/governance';
import { ACT_252A, NHSE_EPRR, SECTION_15, WY_EPRR } from '../duties/citations';
import { addOfficer, HEAD, holderOf, officersOf } from './shared';

export default defineRule({
  meta: {
    id: 'ICS-OFF-002',
    slug: 'accountable-emergency-officer',
    title: 'Where the constitution names its officers, it names an accountable emergency officer at board level.',
    section: SECTION_15,
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [NHSE_EPRR, WY_EPRR, ACT_252A],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Only when the constitution declares `officers`: checks that it names an accountable emergency officer (`officers.accountable_emergency_officer`), unless `officers.recorded_in` points to where the officers are named; and reports a holder named by post that the constitution marks as not at board level (`board_level: false`). A board member or seat is at board level; a post whose level is not stated is not judged.',
      rationale:
        'Each ICB "must take appropriate steps for securing that it is properly prepared for dealing with a relevant emergency" (NHS Act 2006 s.252A(1), read), and ICBs are Category 1 responders under the Civil Contingencies Act 2004 since 2022 (as ICBs report it; the amended Schedule was not read). The duty to appoint an individual responsible for emergency preparedness in s.252A(9) falls on relevant service providers, not on ICBs, so the ICB\'s accountable emergency officer rests on NHS England\'s EPRR framework, which applies to ICBs (read), and on practice ("The ICB has an Accountable Emergency Officer (AEO) for EPRR … providing assurance to the board", West Yorkshire ICB). NHS England policy, not law: a warning, asked only of constitutions that choose to name their officers.',
      incorrect: `${HEAD}officers:
  senior_information_risk_owner: {holder: {title: Chief Finance Officer}, board_level: true}
`,
      correct: `${HEAD}officers:
  accountable_emergency_officer: {holder: {title: Chief Operating Officer}, board_level: true}
  senior_information_risk_owner: {holder: {title: Chief Finance Officer}, board_level: true}
`,
      howToFix: 'Name the accountable emergency officer in `officers.accountable_emergency_officer`: a board member or seat, or a director who reports to the board (`board_level: true`).',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const o = officersOf(icb);
    if (!o) return;
    const entry = o.officers.accountable_emergency_officer;
    const holder = holderOf(icb, entry);
    if (!holder) {
      if (o.byReference) return;
      ctx.report({
        message: 'The named officers do not include an accountable emergency officer (`accountable_emergency_officer`). ICBs must be prepared for emergencies (NHS Act 2006 s.252A(1)) and are Category 1 responders; NHS England\'s EPRR framework applies to them and ICBs name an accountable emergency officer who assures the board: name them.',
        at: entry?.loc ?? o.officers.loc,
        fixes: entry ? undefined : addOfficer(ctx, ['accountable_emergency_officer']),
      });
      return;
    }
    if (holder.kind === 'unknown' || boardLevel(holder, entry?.board_level) !== false) return;
    ctx.report({
      message: `The accountable emergency officer, ${refLabel(holder)}, is recorded as not at board level (\`board_level: false\`). The accountable emergency officer answers to the board for the ICB's emergency preparedness (NHS England's EPRR framework, as ICBs describe the role): name a board member or a director who reports to the board.`,
      at: entry!.board_level?.loc ?? holder.loc,
    });
  },
});
