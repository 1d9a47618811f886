import { defineRule } from '../framework';
import { positionsWithRole } from '../../model/composition';
import { board } from '../positions';
import { MODEL_CONSTITUTION_TERMS } from './citations';
import { listText } from './util';

/** Member classes appointed for a term of office (executives are employees, on contracts of employment). */
const CLASSES: { role: string; words: string }[] = [
  { role: 'chair', words: 'the chair' },
  { role: 'non_executive', words: 'the non-executive members' },
  { role: 'partner', words: 'the partner members' },
  { role: 'other', words: 'the other ordinary members' },
];

export default defineRule({
  meta: {
    id: 'ICS-ELIG-003',
    slug: 'terms-of-appointment',
    title: 'Terms of appointment (length of term, reappointment) are set out for each class of member.',
    section: '3. Appointment eligibility and disqualification',
    sourceKind: 'nhse-policy',
    severity: 'information',
    citations: [MODEL_CONSTITUTION_TERMS],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: false,
    docs: {
      description:
        'For the chair, the non-executive, partner and other members, checks that each member has a `term` with `length_years` (and, ideally, `max_terms`). One finding per class lists the members without one. Executive members are not checked: they hold their seat through employment.',
      rationale:
        'Source not confirmed: the NHS England model constitution has a section on terms of appointment, but its content has not been read, so the rule is information only. Setting out the length of a term and how often someone may be reappointed for each class of member is what that section is expected to do.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: pat-lee, name: Pat Lee, role: non_executive}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: pat-lee, name: Pat Lee, role: non_executive, term: {length_years: 3, max_terms: 2}}
`,
      howToFix: 'Add `term: {length_years: …, max_terms: …}` to each chair, non-executive, partner and other member, as set out in the constitution.',
    },
  },
  check(ctx) {
    const c = board(ctx);
    for (const cls of CLASSES) {
      // Seats state their term once for their holders; in a document without seats, each member.
      const without = positionsWithRole(c, cls.role).filter((p) => p.declared('term')?.length_years === undefined);
      if (without.length === 0) continue;
      ctx.report({
        message: `The constitution does not set out the term of office of ${cls.words === 'the chair' ? 'the chair' : `${listText(without.map((p) => p.label))} (${without.length === 1 ? cls.words.replace(/^the /, '').replace(/members$/, 'member') : cls.words.replace(/^the /, '')})`}. NHS England's model constitution has a section on terms of appointment (source not confirmed — its content has not been read): record \`term: {length_years: …, max_terms: …}\` for each class of member.`,
        at: without[0].loc,
        related: without.slice(1).map((p) => ({ message: 'also without a term of office', at: p.loc })),
      });
    }
  },
});
