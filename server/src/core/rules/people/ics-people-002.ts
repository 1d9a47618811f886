import type { YAMLSeq } from 'yaml';
import { items } from '../../model/query';
import { HWE_9 } from '../citations';
import { defineRule } from '../framework';
import { CM_PRINC, WPC_STAT } from './citations';
import { SECTION, TEN_PRINCIPLES } from './shared';

const ALL = Object.keys(TEN_PRINCIPLES).map(Number);

export default defineRule({
  meta: {
    id: 'ICS-PEOPLE-002',
    slug: 'people-ten-principles-adopted',
    title: 'The ICB adopts all ten principles for working with people and communities.',
    section: SECTION,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [
      { ...WPC_STAT, provision: 'the 10 principles for working with people and communities' },
      { ...HWE_9, provision: 'section 9.1.3 adopts the ten principles', confidence: 'V' },
      CM_PRINC,
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Checks that `people_and_communities.principles_adopted` lists all ten principles, 1 to 10, and names the missing ones. The numbers follow the rule catalogue (the ICS design framework order used by Cheshire and Merseyside and by the HWE constitution); some ICBs publish the same ten principles in another order, so match them by wording, not by the number on your own list.',
      rationale:
        "NHS England's guidance sets ten principles for working with people and communities — from putting their voices at the centre of decision-making to learning from what works — and the statutory guidance Working in partnership with people and communities (2022) now carries them. Constitutions derived from the NHS England model adopt them (HWE section 9.1.3). Leaving one out should be a decision the board has taken, not an oversight.",
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
people_and_communities:
  principles_adopted: [1, 2, 3, 5, 6, 10]
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
people_and_communities:
  principles_adopted: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
`,
      howToFix: 'List every principle the ICB adopts in `people_and_communities.principles_adopted`, by number 1 to 10.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const pc = icb.people_and_communities;
    const list = pc?.principles_adopted;
    const adopted = new Set(items(list).map((s) => s.value));
    const missing = ALL.filter((n) => !adopted.has(n));
    if (missing.length === 0) return;
    // A flow list is rewritten in order ([1, 2, 3, …]); a block list gets the missing numbers at its end.
    const flow = list && (list.loc.node as YAMLSeq).flow && list.items.length > 0;
    const edit = flow
      ? { range: list.loc.range, newText: `[${[...adopted, ...missing].sort((a, b) => a - b).join(', ')}]` }
      : ctx.editor.addAtPath(['people_and_communities', 'principles_adopted'], missing);
    const fixes = edit ? [{ title: `Adopt principle${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`, safe: false, edits: [edit] }] : undefined;
    if (adopted.size === 0) {
      ctx.report({
        message:
          "The constitution does not say which of the ten principles for working with people and communities the ICB adopts. NHS England's statutory guidance Working in partnership with people and communities (2022) sets ten; constitutions built on the NHS England model adopt them all: list them in `people_and_communities.principles_adopted`.",
        at: list?.loc ?? pc?.loc ?? ctx.documentAnchor,
        fixes,
      });
      return;
    }
    const names = missing.map((n) => `${n} (${TEN_PRINCIPLES[n]})`).join('; ');
    const bill =
      ctx.framework === 'health-bill-2026' && missing.includes(5)
        ? ' Under the Health Bill 2026 Healthwatch would be abolished, but principle 5 still asks for the VCSE sector as a key partner.'
        : '';
    ctx.report({
      message: `${missing.length === 1 ? 'One' : `${missing.length}`} of the ten principles for working with people and communities ${missing.length === 1 ? 'is' : 'are'} not adopted: ${names}. NHS England's statutory guidance Working in partnership with people and communities (2022) sets all ten; adopt ${missing.length === 1 ? 'it' : 'them'} in \`principles_adopted\`, or record why the board has not.${bill}`,
      at: list?.loc ?? pc?.loc ?? ctx.documentAnchor,
      fixes,
    });
  },
});
