import { defineRule } from '../framework';
import { items, text } from '../../model/query';
import { executivePositions } from '../../model/composition';
import { board } from '../positions';
import { HSJ_2025 } from './citations';
import { boardAnchor, listText, nhsEnglandOrSuccessor } from './util';

/** A version summary that names a change to the clinical executive seats ("non-executive" does not count). */
const SEAT_CHANGE = /\b(medical|nurs(e|es|ing)|clinical|doctors?)\b|(?<!non-)\bexecutives?\b/i;

export default defineRule({
  meta: {
    id: 'ICS-EXEC-007',
    slug: 'clinical-seat-removal-recorded',
    title: 'An ICB that drops the medical or nursing executive seat records the agreed change and shows clinical leadership elsewhere.',
    section: '2. ICB board composition and roles',
    sourceKind: 'guidance',
    severity: 'information',
    citations: [HSJ_2025],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: false,
    docs: {
      description:
        'When the board has no executive with `function: medical` or no executive with `function: nursing`, checks that `version_control` records the change: an entry with `nhse_approved_on` whose `summary` names the medical, nursing, clinical or executive seats. Where clinical leadership then sits is checked by ICS-CCPL-002 and ICS-CCPL-016.',
      rationale:
        'NHS England said in 2025 that it will no longer prescribe board composition, and the model ICB blueprint lets ICBs drop the chief nurse and medical director executive roles. A change to the constitution still needs NHS England\'s agreement, and the ICB must still show clinical leadership on the board — "clinical leadership – not just advice", as clinical leaders put it in 2021. The clinical and care professional leadership rules (ICS-CCPL-002, ICS-CCPL-016) say more.',
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
    - id: leah-park
      name: Dr Leah Park
      role: partner
      sector: primary_medical_services
      profession: general_practice
      registration: {regulator: GMC, number: "7123456"}
clinical_and_care_professional_leadership:
  board_leads: [leah-park]
version_control:
  - {version: "2.0", date: 2026-04-01, nhse_approved_on: 2026-03-01, summary: Executive team reshaped under the model ICB blueprint}
`,
      howToFix:
        'Either keep the medical and nursing executive seats, or record the approved change in `version_control` (with `nhse_approved_on` and a summary naming the seat) and name a registered clinician on the board in `clinical_and_care_professional_leadership.board_leads`.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const missing: string[] = [];
    const c = board(ctx);
    if (executivePositions(c, 'medical').length === 0) missing.push('medical director');
    if (executivePositions(c, 'nursing').length === 0) missing.push('director of nursing');
    if (missing.length === 0) return;
    const recorded = items(icb.version_control).find((v) => text(v.nhse_approved_on) !== undefined && SEAT_CHANGE.test(text(v.summary) ?? ''));
    if (recorded) return;
    const approver = nhsEnglandOrSuccessor(ctx);
    ctx.report({
      message: `The board has no executive ${listText(missing)}, and the version history records no approved change that removed ${missing.length > 1 ? 'them' : 'it'}. Since 2025 NHS England lets ICBs drop these seats (HSJ, 2025), but the change to the constitution still needs ${approver}'s agreement: record it in \`version_control\` with its \`nhse_approved_on\` date and a summary naming the seat${missing.length > 1 ? 's' : ''}. The ICB must also show where clinical leadership now sits on the board (see ICS-CCPL-002 and ICS-CCPL-016).`,
      at: boardAnchor(ctx),
      related: icb.version_control ? [{ message: 'version history declared here', at: icb.version_control.loc }] : undefined,
    });
  },
});
