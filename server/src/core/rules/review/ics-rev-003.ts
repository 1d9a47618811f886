import { defineRule } from '../framework';
import { firstLoc } from '../../model/query';
import { BLMK_MEET } from '../citations';
import { SECTION_10 } from '../statutory/helpers';

export default defineRule({
  meta: {
    id: 'ICS-REV-003',
    slug: 'public-questions-process',
    title: 'The constitution sets out how members of the public can put questions to board meetings.',
    section: SECTION_10,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [{ ...BLMK_MEET, provision: '"meetings in public", not "public meetings"; questions submitted in advance' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description: 'Checks that `transparency.public_questions` is `true`.',
      rationale:
        'Board meetings are "meetings in public", not "public meetings": the public may watch but not take part. ICBs such as Bedfordshire, Luton and Milton Keynes therefore set out how people can submit questions in advance, so the public has a way in.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
transparency: {meetings_in_public: true, exclusion_by_resolution: true, papers_published: true}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
transparency: {meetings_in_public: true, exclusion_by_resolution: true, papers_published: true, public_questions: true}
`,
      howToFix: 'Set out in the standing orders how the public can submit questions before a board meeting, and set `transparency.public_questions: true`.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const q = icb.transparency?.public_questions;
    if (q?.value === true) return;
    const edit = q ? ctx.editor.replaceScalar(q.loc.node, true) : ctx.editor.addAtPath(['transparency', 'public_questions'], true);
    ctx.report({
      message: `The constitution ${q ? 'says there is no' : 'does not set out a'} way for members of the public to put questions to board meetings. Board meetings are "meetings in public", not "public meetings", so reviewers look for a process to submit questions in advance (as at Bedfordshire, Luton and Milton Keynes ICB): set one out and record \`transparency.public_questions: true\`.`,
      at: q?.loc ?? firstLoc(icb.transparency, icb.kind) ?? ctx.documentAnchor,
      fixes: edit ? [{ title: 'Record that the public can submit questions (set out the process in the standing orders)', safe: false, edits: [edit] }] : undefined,
    });
  },
});
