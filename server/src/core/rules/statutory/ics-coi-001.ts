import { defineRule } from '../framework';
import { firstLoc, linkGiven, text } from '../../model/query';
import { ACT_14Z30, ACT_SCH1B_ENACTED, PQ_80412 } from '../citations';
import { SECTION_1 } from './helpers';

export default defineRule({
  meta: {
    id: 'ICS-COI-001',
    slug: 'conflicts-policy-and-register',
    title: 'The constitution provides for managing conflicts of interest and for registers of interests that are published or open to the public on request.',
    section: SECTION_1,
    sourceKind: 'statute',
    severity: 'error',
    citations: [
      { ...ACT_SCH1B_ENACTED, provision: 'Schedule 1B paragraph 13 (the constitution must include the arrangements for section 14Z30(1) to (4))' },
      { ...ACT_14Z30, provision: 'section 14Z30 (registers of interests; declarations; managing conflicts)' },
      { ...PQ_80412, provision: 'CCG-era conflicts duties carry over to ICBs' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: false,
    docs: {
      description:
        'Checks that `conflicts_of_interest` sets out the arrangements for managing conflicts (a `policy`), and the registers of interests: published (`register.url` or `path`, or `publication.registers_of_interests`) or open to the public on request (`register.available_on_request: true`).',
      rationale:
        'Schedule 1B paragraph 13 to the NHS Act 2006 (read in the Health and Care Act 2022 as enacted): "The constitution must include— (a) provision about the arrangements to be made by the integrated care board for discharging its functions under section 14Z30(1) to (4), and (b) a statement of the principles to be followed by the board in implementing those arrangements." Section 14Z30 (read there too): (1) each ICB "must maintain one or more registers of the interests of" its board members, committee and sub-committee members and employees; (2) it "must publish the registers ... or make arrangements to ensure that members of the public have access to the registers on request"; (3) declarations within 28 days; (4) it "must make arrangements for managing conflicts and potential conflicts of interest in such a way as to ensure that they do not, and do not appear to, affect the integrity of the board\'s decision-making processes". So the constitution must provide for the registers and their publication or access, and for managing conflicts. The statement of principles (paragraph 13(b)) is not checked: the format has no place for it yet.',
      changes: [
        'Issue 10: section 14Z30 and Schedule 1B paragraph 13 were read and are cited (section 14Z30 was marked unread, with a note that the section number was unconfirmed). The rule stays an error, now on read law.',
        'Issue 10: a register open to the public on request (`register.available_on_request: true`) now passes: section 14Z30(2) allows it instead of publication.',
      ],
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
      howToFix:
        'Under `conflicts_of_interest`, link the conflicts of interest policy (`policy: {url: …}`) and the published register of interests (`register: {url: …}`), or say the registers are open to the public on request (`register: {available_on_request: true}`).',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const coi = icb.conflicts_of_interest;
    // The policy by address or (format 1.1) by how it is held: appended, in the governance handbook, to be published.
    const hasPolicy = linkGiven(coi?.policy);
    const hasRegister = !!(text(coi?.register?.url) ?? text(coi?.register?.path) ?? text(icb.publication?.registers_of_interests)) || coi?.register?.available_on_request?.value === true;
    const missing = [
      !hasPolicy && 'arrangements for managing conflicts of interest (`policy`)',
      !hasRegister && 'registers of interests that are published or open to the public on request (`register`)',
    ].filter((x): x is string => typeof x === 'string');
    if (missing.length === 0) return;
    ctx.report({
      message: `The constitution does not set out ${missing.join(' or ')}. Schedule 1B paragraph 13 of the NHS Act 2006 requires it to include the arrangements for section 14Z30: registers of the interests of board members, committee members and employees, published or open to the public on request, and the management of conflicts of interest. Add them under \`conflicts_of_interest\`.`,
      at: firstLoc(coi, icb.kind) ?? ctx.documentAnchor,
    });
  },
});
