import { defineRule } from '../framework';
import { items, text, values } from '../../model/query';
import type { IcbConstitution } from '../../model/kinds';
import { arrangementLabel, arrangementsOfType, governanceOf, PRIMARY_CARE_KEYS } from '../../model/governance';
import { capitalise, listText } from '../committees/helpers';
import { addUnder } from '../statutory/helpers';
import { ACT_65Z5, NHSE_DELEGATION, NHSE_PC_DELEGATION, NHSE_SPECIALISED, SECTION_11 } from './citations';
import { arrangementAnchor, detailsByReference, nhsEnglandAccountable } from './shared';

const HEAD = `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
`;

export default defineRule({
  meta: {
    id: 'ICS-DEL-001',
    slug: 'delegation-to-icb-exercised-and-accountable',
    title: 'Functions NHS England delegates to the ICB name the committee that exercises them, and NHS England stays accountable for them.',
    section: SECTION_11,
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [
      NHSE_PC_DELEGATION,
      NHSE_SPECIALISED,
      NHSE_DELEGATION,
      { ...ACT_65Z5, provision: 'section 65Z5 (a relevant body may arrange for its functions to be exercised by another)' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Checks each `joint_working.arrangements[]` entry of `type: delegation_to_icb` (functions of NHS England, or another body, exercised by the ICB): it lists its `functions` and names the committee or joint committee that exercises them (`exercised_by`); and, if it states an `accountable_body`, that is NHS England (under the Health Bill 2026, NHS England or the Secretary of State). When the arrangement gives its `agreement`, its `terms_of_reference` or `recorded_in`, missing details are left to that document; a stated accountable body that contradicts the delegation is still reported. Nothing is reported for a constitution without `joint_working`.',
      rationale:
        'Section 65Z5 of the NHS Act 2006 (read in the Health and Care Act 2022 as enacted) lets NHS England arrange for its functions to be exercised by an ICB. NHS England has delegated primary medical, dental, ophthalmic and pharmaceutical services to every ICB since 2022–23, "however, NHS England still retains overall accountability for the discharge of these delegated functions", under a standard delegation agreement; specialised services are delegated through statutory joint committees, and "regardless of delegation status, NHS England will remain the accountable commissioner". A constitution that records such a delegation without saying which committee exercises it leaves a function with nobody to decide it; one that makes the ICB accountable misstates the law and the agreement. It is NHS England policy (its delegation agreements and guidance), so a warning.',
      incorrect: `${HEAD}joint_working:
  arrangements:
    - {id: nhse-pc, type: delegation_to_icb, basis: s65Z5, functions: [primary_medical_services], accountable_body: icb}
`,
      correct: `${HEAD}board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
committees:
  - {id: primary-care-committee, name: Primary Care Commissioning Committee, type: primary_care, chair: jane-smith, reports_to: icb-board}
joint_working:
  arrangements:
    - {id: nhse-pc, type: delegation_to_icb, basis: s65Z5, functions: [primary_medical_services], exercised_by: primary-care-committee, reports_to: [icb-board], accountable_body: nhs_england}
`,
      howToFix:
        'Name the committee (or joint committee arrangement) that exercises the delegated functions in `exercised_by`, list the `functions`, and record NHS England as the `accountable_body` — or link the delegation agreement (`agreement`) that says so.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const accountable = nhsEnglandAccountable(ctx.framework);
    for (const a of arrangementsOfType(icb, 'delegation_to_icb')) {
      const what = arrangementLabel(a);
      const fns = values(a.functions).filter((f) => f.trim() !== '');
      const byReference = detailsByReference(icb, a);
      if (!byReference) {
        if (fns.length === 0) {
          ctx.report({
            message: `${capitalise(what)} is a delegation to the ICB but does not say which functions are delegated (\`functions\`), e.g. primary_medical_services or specialised_services. NHS England delegates named functions under a delegation agreement (NHS England, primary care delegation): list them, or link the \`agreement\`.`,
            at: arrangementAnchor(a),
          });
        }
        if (!governanceOf(icb).resolve(a.exercised_by)) {
          const candidate = exercisingCandidate(icb, fns);
          const edit = addUnder(ctx, a.loc, ['exercised_by'], candidate ? candidate.id : { title: 'TODO' });
          ctx.report({
            message: `${capitalise(what)} does not say which committee exercises ${fns.length > 0 ? listText(fns.map((f) => f.replace(/_/g, ' '))) : 'the delegated functions'} (\`exercised_by\`). NHS England's delegated functions are exercised through an ICB committee or a joint committee (NHS England, primary care delegation; specialised commissioning joint committees): name it, or link the delegation \`agreement\`.`,
            at: arrangementAnchor(a),
            fixes: edit ? [{ title: candidate ? `Exercised by ${candidate.label} (check first)` : 'Add `exercised_by` (to fill in: a committee id replaces the placeholder)', safe: false, edits: [edit] }] : undefined,
          });
        }
      }
      const body = text(a.accountable_body);
      if (body && (['icb', 'delegate', 'each_party'].includes(body) || (body === 'secretary_of_state' && !accountable.includes(body)))) {
        ctx.report({
          message: `${capitalise(what)} makes ${body === 'secretary_of_state' ? 'the Secretary of State' : body === 'icb' || body === 'delegate' ? 'the ICB' : 'each party'} accountable (\`accountable_body: ${body}\`), but NHS England keeps overall accountability for the functions it delegates to ICBs ("NHS England still retains overall accountability for the discharge of these delegated functions"; for specialised services it "will remain the accountable commissioner")${ctx.framework === 'health-bill-2026' ? ' — under the Health Bill 2026, NHS England or the Secretary of State who takes over its functions' : ''}: correct the accountable body.`,
          at: a.accountable_body!.loc,
        });
      }
    }
  },
});

/**
 * The one body that plausibly exercises the functions: the ICB's only primary care committee for
 * primary care functions, or the only joint committee arrangement listing the same functions.
 */
function exercisingCandidate(icb: IcbConstitution, fns: string[]): { id: string; label: string } | undefined {
  if (fns.length === 0) return undefined;
  const primaryCare = fns.every((f) => (PRIMARY_CARE_KEYS as readonly string[]).includes(f));
  const candidates: { id: string; label: string }[] = [];
  if (primaryCare) {
    for (const c of items(icb.committees)) if (text(c.type) === 'primary_care' && text(c.id)) candidates.push({ id: text(c.id)!, label: `the ${text(c.name) ?? text(c.id)}` });
  }
  for (const j of arrangementsOfType(icb, 'joint_committee')) {
    const theirs = values(j.functions);
    if (text(j.id) && fns.every((f) => theirs.includes(f))) candidates.push({ id: text(j.id)!, label: arrangementLabel(j) });
  }
  return candidates.length === 1 ? candidates[0] : undefined;
}
