import { text } from '../../model/query';
import { HWE_9 } from '../citations';
import { defineRule } from '../framework';
import { NENC } from './citations';
import { SECTION } from './shared';

const BASIS = 's.14Z45(2)';

export default defineRule({
  meta: {
    id: 'ICS-PEOPLE-004',
    slug: 'people-public-involvement-section',
    title: 'The constitution has a section on public involvement that names its statutory basis.',
    section: SECTION,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [
      { ...HWE_9, provision: 'section 9, arrangements for public involvement (model constitution section 9)', confidence: 'V' },
      { ...NENC, provision: 'the constitution sets out the arrangements for public involvement' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Checks that the constitution has a `public_involvement` section and that it names the statutory duty it meets (`statutory_basis`, normally s.14Z45(2) of the NHS Act 2006). What the arrangements must cover is ICS-PUBINV-001; which of the ten principles the ICB adopts is ICS-PEOPLE-002.',
      rationale:
        "Constitutions built on the NHS England model have a section on arrangements for public involvement (section 9 in Hertfordshire and West Essex; North East and North Cumbria describe theirs the same way). It brings together the statutory duty to involve the public — section 14Z45 of the NHS Act 2006 — and the principles the ICB follows, so readers find both in one place.",
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
public_involvement:
  arrangements: "Citizens' panel, public meetings and co-production groups for each service change"
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
public_involvement:
  arrangements: "Citizens' panel, public meetings and co-production groups for each service change"
  statutory_basis: "s.14Z45(2)"
`,
      howToFix: 'Add a `public_involvement` section with the `arrangements` and their `statutory_basis` (s.14Z45(2) of the NHS Act 2006).',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const pi = icb.public_involvement;
    if (!pi) {
      const edit = ctx.editor.addAtPath(['public_involvement'], { arrangements: 'TODO', statutory_basis: BASIS });
      ctx.report({
        message:
          'The constitution has no section on public involvement. Constitutions built on the NHS England model have one (section 9): it sets out how the ICB involves the public under section 14Z45 of the NHS Act 2006 and the principles it follows. Add `public_involvement` with the arrangements and their statutory basis.',
        at: ctx.documentAnchor,
        fixes: edit ? [{ title: 'Add a public involvement section (arrangements to fill in)', safe: false, edits: [edit] }] : undefined,
      });
      return;
    }
    if (!text(pi.statutory_basis)) {
      const edit = ctx.editor.setAtPath(['public_involvement', 'statutory_basis'], BASIS);
      ctx.report({
        message: `The public involvement section does not name the statutory duty it meets. Constitutions built on the NHS England model tie it to section 14Z45 of the NHS Act 2006 (the ICB's duty to involve the public): add \`statutory_basis: "${BASIS}"\`.`,
        at: pi.loc,
        fixes: edit ? [{ title: `Add the statutory basis (${BASIS})`, safe: true, edits: [edit] }] : undefined,
      });
    }
  },
});
