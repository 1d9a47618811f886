import { defineRule } from '../framework';
import { firstLoc, text } from '../../model/query';
import { BLMK_COI, HWE_7 } from './citations';
import { listText, SECTION_4 } from './helpers';

export default defineRule({
  meta: {
    id: 'ICS-TRANS-002',
    slug: 'published-documents',
    title: 'The annual accounts, complaints process and registers of interests are published.',
    section: SECTION_4,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [
      { ...HWE_7, provision: 'paragraphs 7.3.3–7.3.7 (documents the ICB publishes)' },
      { ...BLMK_COI, provision: 'published registers, procurement decisions and spend over £25,000' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: false,
    docs: {
      description:
        'Checks that `publication` gives the web addresses of the audited annual accounts (`annual_accounts`), the complaints process (`complaints_process`) and the registers of interests (`registers_of_interests`, or `conflicts_of_interest.register.url`). The constitution itself (ICS-AREA-003), the governance handbook (ICS-GOV-005) and the conflicts policy (ICS-COI-001, ICS-COI-007) are checked by their own rules; freedom of information compliance cannot be read from the document.',
      rationale:
        'Constitutions derived from the NHS England model (Hertfordshire and West Essex ICB, paragraphs 7.3.3–7.3.7) commit the ICB to publish its audited annual accounts, its complaints process, its constitution and governance handbook, its conflicts of interest policy and registers of interests, and key policies, and to comply with the Freedom of Information Act 2000. Bedfordshire, Luton and Milton Keynes ICB also publishes procurement decisions and spending over £25,000.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
publication: {constitution_url: https://example.nhs.uk/constitution}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
publication:
  constitution_url: https://example.nhs.uk/constitution
  annual_accounts: https://example.nhs.uk/annual-report
  complaints_process: https://example.nhs.uk/complaints
  registers_of_interests: https://example.nhs.uk/register-of-interests
`,
      howToFix:
        'Add the web address of each published document under `publication` (`annual_accounts`, `complaints_process`, `registers_of_interests`). There is no quick fix: only you know the addresses.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const p = icb.publication;
    const missing: string[] = [];
    if (!text(p?.annual_accounts)) missing.push('the audited annual accounts (`annual_accounts`)');
    if (!text(p?.complaints_process)) missing.push('the complaints process (`complaints_process`)');
    if (!text(p?.registers_of_interests) && !text(icb.conflicts_of_interest?.register?.url)) {
      missing.push('the registers of interests (`registers_of_interests`)');
    }
    if (missing.length === 0) return;
    ctx.report({
      message: `The constitution does not say where ${listText(missing)} ${missing.length === 1 ? 'is' : 'are'} published. Good practice, following NHS England's model constitution (as in Hertfordshire and West Essex ICB paragraphs 7.3.3–7.3.7), is to publish them: add their web addresses under \`publication\`.`,
      at: firstLoc(p, icb.kind) ?? ctx.documentAnchor,
    });
  },
});
