import { defineRule, type RuleContext } from '../framework';
import { firstLoc, values } from '../../model/query';
import { minimumOf, ordinaryPositions } from '../../model/composition';
import { addToBoard, board, placeWord, unusedBoardId } from '../positions';
import { ACT_SCH1B_ENACTED, HEALTH_BILL_2026_CL21, HWE_CONSTITUTION, PQ_HL6183 } from '../citations';
import { SECTION_1 } from './helpers';
import { checkPartnerSector } from './partner';

export const MAYORAL_SECTOR = 'mayoral_strategic_authorities';

const CLAUSE_21 =
  "Under the Health Bill 2026 as introduced, clause 21 would replace the member nominated by the local authorities with a member nominated by the mayor of each mayoral strategic authority (as the County Councils Network's evidence describes it; the Bill's text was not read)";

const norm = (s: string) => s.trim().toLowerCase();

/**
 * Under the Health Bill 2026: one member nominated by the mayor of each mayoral strategic authority
 * the constitution lists for its area. With none listed nothing can be required (the area's
 * authorities are not in the format), so nothing is reported.
 */
function checkMayoralNominees(ctx: RuleContext): void {
  const icb = ctx.icb!;
  const area = icb.icb?.area;
  const authorities = values(area?.mayoral_strategic_authorities).filter((a) => typeof a === 'string' && a.trim() !== '');
  if (authorities.length === 0) return;
  // Members, or (format 1.1) seats, nominated by a mayoral strategic authority.
  const nominees = ordinaryPositions(board(ctx)).filter((p) => p.sector === MAYORAL_SECTOR);
  const nominators = (p: (typeof nominees)[number]) => values(p.declared('nominated_by'));
  // A nominee who names their authority covers it; one who names none covers one authority not otherwise covered (a seat, as many as it holds).
  const named = new Set(nominees.flatMap((p) => nominators(p).map(norm)));
  let unnamed = nominees.filter((p) => nominators(p).length === 0).reduce((n, p) => n + minimumOf(p), 0);
  const uncovered = authorities.filter((a) => {
    if (named.has(norm(a))) return false;
    if (unnamed > 0) {
      unnamed--;
      return false;
    }
    return true;
  });
  if (uncovered.length === 0) return;
  const first = uncovered[0];
  const edit = addToBoard(ctx, [
    { id: unusedBoardId(icb, 'partner-mayoral-strategic-authority'), name: 'TODO', role: 'partner', sector: MAYORAL_SECTOR, nominated_by: [first] },
  ]);
  ctx.report({
    message: `No board member is nominated by the mayor of ${uncovered.join(', ')}. ${CLAUSE_21}: add a member with \`role: partner\`, \`sector: ${MAYORAL_SECTOR}\` and \`nominated_by\` naming the authority.`,
    at: area?.mayoral_strategic_authorities?.loc ?? firstLoc(board(ctx).seated ? icb.board?.seats : icb.board?.members, icb.board, icb.kind) ?? ctx.documentAnchor,
    related: nominees.map((p) => ({ message: `${p.label}: nominated by a mayoral strategic authority`, at: p.declared('sector')?.loc ?? p.loc })),
    fixes: edit ? [{ title: `Add a ${placeWord(ctx)} nominated by the mayor of ${first}${placeWord(ctx) === 'member' ? ' (name to fill in)' : ''}`, safe: false, edits: [edit] }] : undefined,
  });
}

export default defineRule({
  meta: {
    id: 'ICS-PARTNER-003',
    slug: 'partner-member-local-authorities',
    title: 'At least one ordinary member is nominated jointly by the local authorities (under the Health Bill 2026: a member nominated by the mayor of each mayoral strategic authority in the area).',
    section: SECTION_1,
    sourceKind: 'statute',
    severity: 'error',
    citations: [
      { ...ACT_SCH1B_ENACTED, provision: 'Schedule 1B paragraph 8(2)(c)' },
      { ...HWE_CONSTITUTION, provision: 'section 2.1.6' },
      { ...PQ_HL6183, provision: 'the local authority member' },
      HEALTH_BILL_2026_CL21,
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Under the law in force, checks that at least one ordinary board member has `sector: local_authorities`; more than one is lawful and not flagged, and a member nominated by a mayoral strategic authority does not count. Under health-bill-2026, checks instead that each authority listed in `icb.area.mayoral_strategic_authorities` has a member with `sector: mayoral_strategic_authorities` (naming it in `nominated_by`, or one unnamed nominee per authority); a local authority member is then optional, and with no authority listed nothing is required.',
      rationale:
        "Schedule 1B paragraph 8(2) to the NHS Act 2006 (read in the Health and Care Act 2022 as enacted): the constitution must provide for the ordinary members to include \"(c) at least one member nominated jointly by the local authorities whose areas coincide with, or include the whole or any part of, the integrated care board's area\" (\"local authority\" as in section 2B(5), paragraph 8(7): a combined authority is not one). Under the Health Bill 2026 as introduced, clause 21 would remove that requirement and replace it with a member nominated by the mayor of each mayoral strategic authority; this is taken from the County Councils Network's evidence to the Public Bill Committee, which names the clause, because the Bill's text could not be read. Which mayoral strategic authorities cover an ICB's area is not otherwise in the format, so the constitution lists them in `icb.area.mayoral_strategic_authorities`; where it lists none, the rule assumes there are none and requires nothing.",
      changes: [
        'Issue 10: paragraph 8(2)(c) was read (confidence V, was I).',
        'Issue 10: under `--framework health-bill-2026` a board with a member nominated by a mayoral strategic authority (new sector `mayoral_strategic_authorities`) and no local authority member now passes (clause 21 of the Bill, cited); each authority listed in the new `icb.area.mayoral_strategic_authorities` needs its nominee. Under the law in force such a member does not replace the local authority member.',
      ],
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: sam-obi, name: Sam Obi, role: partner, sector: nhs_trusts}
    - {id: leah-park, name: Leah Park, role: partner, sector: primary_medical_services}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: sam-obi, name: Sam Obi, role: partner, sector: nhs_trusts}
    - {id: leah-park, name: Leah Park, role: partner, sector: primary_medical_services}
    - {id: tom-reid, name: Tom Reid, role: partner, sector: local_authorities}
`,
      howToFix:
        'Add a board member with `role: partner` and `sector: local_authorities`, appointed from people jointly nominated by the local authorities and approved by the chair. Under the Health Bill 2026, list the mayoral strategic authorities of the area in `icb.area.mayoral_strategic_authorities` and add a member with `sector: mayoral_strategic_authorities` nominated by each.',
    },
  },
  check(ctx) {
    if (ctx.framework === 'health-bill-2026') checkMayoralNominees(ctx);
    else checkPartnerSector(ctx, 'local_authorities', 'Schedule 1B paragraph 8(2)(c)');
  },
});
