import { defineRule } from '../framework';
import { firstLoc, text } from '../../model/query';
import { PQ_80412, cite } from '../citations';
import { SECTION_1 } from './helpers';

const S14Z30 = cite('NHS Act 2006 (as amended by the Health and Care Act 2022)', 'section 14Z30 (registers of interests and management of conflicts; section number not read)', 'https://www.legislation.gov.uk/ukpga/2006/41/section/14Z30', 'U');

export default defineRule({
  meta: {
    id: 'ICS-COI-001',
    slug: 'conflicts-policy-and-register',
    title: 'The ICB has arrangements for managing conflicts of interest and keeps and publishes registers of interests.',
    section: SECTION_1,
    sourceKind: 'statute',
    severity: 'error',
    citations: [{ ...PQ_80412, provision: 'CCG-era conflicts duties carry over to ICBs' }, S14Z30],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: false,
    docs: {
      description: 'Checks that `conflicts_of_interest` links to the policy (`policy`) and the published register of interests (`register`).',
      rationale:
        "The NHS Act 2006 requires each ICB to keep and publish registers of members' and employees' interests and to make arrangements for managing conflicts of interest, duties carried over from clinical commissioning groups (DHSC answer, December 2021; section 14Z30, not read).",
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
conflicts_of_interest:
  policy: {url: https://example.nhs.uk/coi-policy}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
conflicts_of_interest:
  policy: {url: https://example.nhs.uk/coi-policy}
  register: {url: https://example.nhs.uk/register-of-interests}
`,
      howToFix: 'Under `conflicts_of_interest`, link the conflicts of interest policy (`policy: {url: …}`) and the published register of interests (`register: {url: …}`).',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const coi = icb.conflicts_of_interest;
    const hasPolicy = !!(text(coi?.policy?.url) ?? text(coi?.policy?.path));
    const hasRegister = !!(text(coi?.register?.url) ?? text(coi?.register?.path) ?? text(icb.publication?.registers_of_interests));
    const missing = [!hasPolicy && 'arrangements for managing conflicts of interest (`policy`)', !hasRegister && 'a published register of interests (`register`)'].filter(
      (x): x is string => typeof x === 'string',
    );
    if (missing.length === 0) return;
    ctx.report({
      message: `The constitution does not link ${missing.join(' or ')}. The NHS Act 2006 requires each ICB to keep and publish registers of interests and to make arrangements for managing conflicts of interest (duties carried over from CCGs): add them under \`conflicts_of_interest\`.`,
      at: firstLoc(coi, icb.kind) ?? ctx.documentAnchor,
    });
  },
});
