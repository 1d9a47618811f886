import { text } from '../../model/query';
import { defineRule } from '../framework';
import { VONNE } from './citations';
import { SECTION } from './shared';
import { isPlaceholder } from '../../model/query';

const LOCAL = /\b(place|places|place-based|neighbourhoods?|neighborhoods?|localit(y|ies)|primary care networks?|pcns?)\b/i;
const INFRASTRUCTURE = /\binfrastructure\b/i;

export default defineRule({
  meta: {
    id: 'ICS-VCSE-002',
    slug: 'vcse-agreement-scope',
    title: 'The VCSE agreement builds on VCSE involvement at place and in neighbourhoods, and considers infrastructure organisations.',
    section: SECTION,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [{ ...VONNE, provision: 'the agreement builds on VCSE involvement at place and neighbourhood level and considers the role of infrastructure organisations' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'When a VCSE agreement is recorded, checks that `vcse.agreement.scope` says how it builds on VCSE involvement at place and neighbourhood level (it mentions place, neighbourhood, locality or primary care networks) and considers the role of VCSE infrastructure organisations (it mentions infrastructure). A scope still reading TODO is left for you to write.',
      rationale:
        "The statutory guidance on VCSE partnerships, as quoted by VONNE, expects the ICB's agreement with the sector to build on the VCSE sector's involvement in forums at place and neighbourhood level, and to consider the role of local infrastructure organisations — the councils for voluntary service and similar bodies that support smaller groups.",
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
vcse:
  agreement:
    url: https://example.nhs.uk/vcse-mou
    signed_on: 2022-03-31
    scope: "A seat for the VCSE sector on the ICB board"
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
vcse:
  agreement:
    url: https://example.nhs.uk/vcse-mou
    signed_on: 2022-03-31
    scope: "VCSE seats at system, place and neighbourhood forums; funded infrastructure organisations support smaller groups to take part"
`,
      howToFix:
        "Describe the agreement's scope in `vcse.agreement.scope`: how it builds on the VCSE sector's part in place and neighbourhood forums, and the role of VCSE infrastructure organisations.",
    },
  },
  check(ctx) {
    const agreement = ctx.icb!.vcse?.agreement;
    if (!agreement) return; // ICS-VCSE-001 reports a missing agreement.
    const scope = text(agreement.scope);
    if (!scope) {
      const edit = ctx.editor.setAtPath(['vcse', 'agreement', 'scope'], 'TODO');
      ctx.report({
        message:
          "The agreement with the VCSE sector does not describe its scope. The statutory guidance on VCSE partnerships (as quoted by VONNE) expects it to build on VCSE involvement in place and neighbourhood forums and to consider the role of infrastructure organisations: describe both in `scope`.",
        at: agreement.loc,
        fixes: edit ? [{ title: 'Add the scope of the agreement (to fill in)', safe: false, edits: [edit] }] : undefined,
      });
      return;
    }
    if (isPlaceholder(scope)) return;
    const gaps: string[] = [];
    if (!LOCAL.test(scope)) gaps.push("how it builds on the VCSE sector's involvement in place and neighbourhood forums");
    if (!INFRASTRUCTURE.test(scope)) gaps.push('the role of VCSE infrastructure organisations');
    if (gaps.length === 0) return;
    ctx.report({
      message: `The scope of the VCSE agreement does not mention ${gaps.join(', nor ')}. The statutory guidance on VCSE partnerships (as quoted by VONNE) expects the agreement to cover ${gaps.length === 2 ? 'both' : 'it'}: say how in \`scope\`.`,
      at: agreement.scope!.loc,
    });
  },
});
