import { defineRule } from '../framework';
import { firstLoc, linkGiven } from '../../model/query';
import { OFFICER_ROLES } from '../../model/governance';
import { listText } from '../committees/helpers';
import { GREENER_NHS, NHSE_EPRR, NHSE_FTSU, NHS_SAFEGUARDING_GUIDE, SECTION_15, UKCGC_NDG } from '../duties/citations';
import { HEAD } from './shared';

const SKELETON = {
  accountable_emergency_officer: { holder: { title: 'TODO' } },
  safeguarding_executive_lead: { holder: { title: 'TODO' } },
  senior_information_risk_owner: { holder: { title: 'TODO' } },
  caldicott_guardian: { holder: { title: 'TODO' } },
  freedom_to_speak_up: { guardian: { holder: { title: 'TODO' } }, executive_lead: { holder: { title: 'TODO' } }, non_executive_lead: { holder: { title: 'TODO' } } },
  net_zero_lead: { holder: { title: 'TODO' } },
};

export default defineRule({
  meta: {
    id: 'ICS-OFF-001',
    slug: 'named-officers-recorded',
    title: 'The constitution or its governance handbook records the ICB\'s named officers.',
    section: SECTION_15,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [
      { ...NHSE_EPRR, provision: 'emergency preparedness applies to ICBs (the accountable emergency officer)' },
      { ...NHS_SAFEGUARDING_GUIDE, provision: 'executive accountability for safeguarding' },
      { ...NHSE_FTSU, provision: 'Freedom to Speak Up guardian and executive and non-executive leads' },
      { ...UKCGC_NDG, provision: 'Caldicott guardians in health bodies' },
      { ...GREENER_NHS, provision: 'a board-level net zero lead' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Reports, once, a constitution that neither records its named officers (`officers`) nor links a governance handbook (`documents.governance_handbook`) where they would be. The officer rules (ICS-OFF-002 to 006, ICS-DUTY-003) check the roles only in a constitution that declares `officers`.',
      rationale:
        'Reviewers look for the ICB\'s named officers: an accountable emergency officer (NHS England\'s EPRR framework applies to ICBs), an executive lead for safeguarding (executive chief nurses "taking executive accountability for statutory safeguarding"), a senior information risk owner and a Caldicott guardian, a Freedom to Speak Up guardian with an executive and a non-executive lead (NHS England\'s expectations of ICBs), and a board-level net zero lead (Greener NHS). Approved constitutions do not name them: ICBs publish them in their governance handbooks and policies. So the rule asks only that they be recorded somewhere a reviewer can find them, and is information.',
      incorrect: `${HEAD}documents:
  standing_orders: {relation: appended}
`,
      correct: `${HEAD}documents:
  standing_orders: {relation: appended}
  governance_handbook: {url: https://example.nhs.uk/governance-handbook}
`,
      howToFix: 'Link the governance handbook that names the officers (`documents.governance_handbook`), or add `officers` with who holds each role. The quick fix adds an `officers` block to fill in.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    if (icb.officers || linkGiven(icb.documents?.governance_handbook)) return;
    const edit = ctx.editor.addAtPath(['officers'], SKELETON);
    ctx.report({
      message: `The constitution does not record its named officers, and links no governance handbook that would. Reviewers look for ${listText(Object.values(OFFICER_ROLES))} (NHS England's EPRR, safeguarding and Freedom to Speak Up expectations of ICBs; the National Data Guardian's guidance; Greener NHS): add \`officers\`, or link the governance handbook that names them.`,
      at: firstLoc(icb.documents) ?? ctx.documentAnchor,
      fixes: edit ? [{ title: 'Add an `officers` block (holders to fill in)', safe: false, edits: [edit] }] : undefined,
    });
  },
});
