import { defineRule } from '../framework';
import { firstLoc, text } from '../../model/query';
import { ACT_SCH1B_ENACTED, HWE_7 } from '../citations';
import { SECTION_1 } from './helpers';

/** The transparency flags of the model constitution: any one that is true is an arrangement. ICS-TRANS-001 checks all three. */
export const TRANSPARENCY_FLAGS = ['meetings_in_public', 'papers_published', 'exclusion_by_resolution'] as const;

const PARA_12_2 =
  'Schedule 1B paragraph 12(2) of the NHS Act 2006 requires the constitution to "specify the arrangements to be made by the integrated care board for securing that there is transparency about the decisions of the board and the manner in which they are made"';

export default defineRule({
  meta: {
    id: 'ICS-ACC-001',
    slug: 'arrangements-secure-transparency',
    title: 'The constitution specifies arrangements for securing transparency about the ICB\'s decisions and the manner in which they are made.',
    section: SECTION_1,
    sourceKind: 'statute',
    severity: 'error',
    citations: [
      { ...ACT_SCH1B_ENACTED, provision: 'Schedule 1B paragraph 12(2)' },
      { ...HWE_7, provision: 'section 7.1.1 (citing the paragraph as 11(2)) and 7.3.1–7.3.2' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Checks that the constitution states some arrangement for transparency: a `transparency` entry that describes its `arrangements` in words, or says that at least one of the model constitution\'s mechanisms applies (`meetings_in_public`, `papers_published`, `exclusion_by_resolution`). Whether all three mechanisms are there is ICS-TRANS-001\'s (NHS England policy) question, not this rule\'s.',
      rationale:
        'Schedule 1B paragraph 12(2) to the NHS Act 2006 (read in the Health and Care Act 2022 as enacted): "The constitution must also specify the arrangements to be made by the integrated care board for securing that there is transparency about the decisions of the board and the manner in which they are made." The law requires arrangements, not particular ones: meetings in public, published papers and exclusion of the public only by resolution are how the NHS England model constitution secures it (Hertfordshire and West Essex 7.3.1–7.3.2), checked as policy by ICS-TRANS-001. Constitutions derived from the model cite the paragraph as 11(2); in the Act as enacted it is 12(2) (paragraph 11 is the arrangements for exercising functions).',
      changes: [
        'Issue 10: the three mechanisms (meetings in public, papers published, exclusion only by resolution) come from the model constitution, not the Act, so they are no longer errors here: they are ICS-TRANS-001 warnings. This rule now fails only a constitution that states no transparency arrangement at all.',
        'Issue 10: paragraph 12(2) was read (confidence V, was I); it was cited as 11(2), the numbering model constitutions use.',
      ],
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
transparency: {meetings_in_public: false, exclusion_by_resolution: false, papers_published: false}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
transparency:
  arrangements: Board meetings are held in public and their papers and minutes published; the public is excluded only by resolution.
  meetings_in_public: true
  exclusion_by_resolution: true
  papers_published: true
`,
      howToFix:
        'Add `transparency` stating how the ICB secures transparency about its decisions: the model constitution\'s mechanisms (`meetings_in_public`, `papers_published`, `exclusion_by_resolution`), and any other arrangement in `arrangements`.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const t = icb.transparency;
    if (!t) {
      const edit = ctx.editor.addAtPath(['transparency'], { meetings_in_public: true, exclusion_by_resolution: true, papers_published: true });
      ctx.report({
        message: `The constitution does not say how the ICB secures transparency about its decisions. ${PARA_12_2}: add \`transparency\` (the model constitution's arrangements are meetings in public, papers published, exclusion only by resolution).`,
        at: firstLoc(icb.kind) ?? ctx.documentAnchor,
        fixes: edit ? [{ title: 'State the transparency arrangements (check them against the standing orders)', safe: false, edits: [edit] }] : undefined,
      });
      return;
    }
    if (text(t.arrangements)) return;
    if (TRANSPARENCY_FLAGS.some((k) => t[k]?.value === true)) return;
    ctx.report({
      message: `The constitution's \`transparency\` states no arrangement that secures transparency: none of meetings in public, published papers or exclusion only by resolution applies, and no other \`arrangements\` are described. ${PARA_12_2}.`,
      at: t.loc,
    });
  },
});
