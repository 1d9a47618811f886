import { defineRule } from '../framework';
import { firstLoc } from '../../model/query';
import { HWE_7 } from './citations';
import { SECTION_4 } from './helpers';

type Flag = 'meetings_in_public' | 'exclusion_by_resolution' | 'papers_published';

const FLAGS: { key: Flag; want: string; fixTitle: string }[] = [
  {
    key: 'meetings_in_public',
    want: 'board meetings (and meetings of committees made up of, or including all, board members) are held in public',
    fixTitle: 'State that board meetings are held in public',
  },
  {
    key: 'exclusion_by_resolution',
    want: 'the public can be excluded only by a resolution on public-interest grounds',
    fixTitle: 'State that the public are excluded only by resolution',
  },
  {
    key: 'papers_published',
    want: 'papers and minutes of meetings held in public are published',
    fixTitle: 'State that papers and minutes are published',
  },
];

export default defineRule({
  meta: {
    id: 'ICS-TRANS-001',
    slug: 'meetings-in-public',
    title: 'Board meetings are held in public; the public are excluded only by resolution; papers and minutes are published.',
    section: SECTION_4,
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [{ ...HWE_7, provision: 'paragraphs 7.3.1–7.3.2 (implementing NHS Act 2006 Schedule 1B paragraph 11(2))' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Checks that `transparency.meetings_in_public`, `transparency.exclusion_by_resolution` and `transparency.papers_published` are all `true`; each one that is missing or `false` is reported on its own. The format does not yet say which committees meet in public, so committees are not checked one by one.',
      rationale:
        'Constitutions derived from the NHS England model (Hertfordshire and West Essex ICB, paragraphs 7.3.1–7.3.2) implement the duty in Schedule 1B paragraph 11(2) to secure transparency about decisions: board meetings, and meetings of committees made up wholly of board members or including all of them, are held in public; the public may be excluded only by a resolution on public-interest grounds; papers and minutes of meetings held in public are published. ICS-ACC-001 checks the statutory duty itself.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
transparency: {meetings_in_public: true, papers_published: false}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
transparency: {meetings_in_public: true, exclusion_by_resolution: true, papers_published: true}
`,
      howToFix:
        'Set out the arrangements in the standing orders and record them under `transparency` with `meetings_in_public: true`, `exclusion_by_resolution: true` and `papers_published: true`. The quick fix adds a missing statement; it never changes a `false` you have written.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const t = icb.transparency;
    for (const flag of FLAGS) {
      const value = t?.[flag.key];
      if (value?.value === true) continue;
      if (value?.value === false) {
        ctx.report({
          message: `The constitution says \`${flag.key}: false\`. NHS England's model constitution (as in Hertfordshire and West Essex ICB paragraphs 7.3.1–7.3.2, implementing Schedule 1B paragraph 11(2) of the NHS Act 2006) expects that ${flag.want}.`,
          at: value.loc,
        });
        continue;
      }
      const edit = ctx.editor.addAtPath(['transparency', flag.key], true);
      ctx.report({
        message: `The constitution does not say that ${flag.want}. NHS England's model constitution (as in Hertfordshire and West Essex ICB paragraphs 7.3.1–7.3.2, implementing Schedule 1B paragraph 11(2) of the NHS Act 2006) expects it: add \`transparency.${flag.key}: true\` once the standing orders provide for it.`,
        at: firstLoc(t, icb.kind) ?? ctx.documentAnchor,
        fixes: edit ? [{ title: flag.fixTitle, safe: false, edits: [edit] }] : undefined,
      });
    }
  },
});
