import { defineRule } from '../framework';
import { cite } from '../citations';
import { HWE_7 } from './citations';
import { SECTION_4 } from './helpers';

/** The model constitution's transparency mechanisms, as the rule words them. */
const ASPECTS = [
  { key: 'meetings_in_public', says: 'board meetings are held in public', not: 'board meetings are not held in public' },
  { key: 'papers_published', says: 'papers and minutes of public meetings are published', not: 'papers and minutes of public meetings are not published' },
  {
    key: 'exclusion_by_resolution',
    says: 'the public can be excluded only by a resolution on public-interest grounds',
    not: 'the public can be excluded without a resolution on public-interest grounds',
  },
] as const;

/** Black text in a model-based draft is a legal or policy requirement (BLMK's consultation page, read). */
const BLMK_MODEL = cite(
  'NHS Bedfordshire, Luton and Milton Keynes CCG, ICB constitution consultation (drafted on the NHS England model)',
  '"Text in black indicates a legal or policy requirement and will be retained unless agreed otherwise with NHS England"',
  'https://www.blmkccg.nhs.uk/get-involved/consultation-and-engagement/icb_constitution/',
  'V',
);
/** HCA 2022 Sch 4 para 3 adds ICBs to the bodies the Public Bodies (Admission to Meetings) Act 1960 applies to. */
const HCA_SCH4_P3 = cite(
  'Health and Care Act 2022, Schedule 4 paragraph 3 (text as enacted)',
  'integrated care boards added to the Schedule of the Public Bodies (Admission to Meetings) Act 1960',
  'https://www.legislation.gov.uk/ukpga/2022/31/schedule/4/paragraph/3/enacted',
  'V',
);

export default defineRule({
  meta: {
    id: 'ICS-TRANS-001',
    slug: 'board-meets-in-public',
    title: 'Board meetings are held in public, the public is excluded only by resolution, and papers and minutes of public meetings are published.',
    section: SECTION_4,
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [{ ...HWE_7, provision: 'sections 7.3.1 and 7.3.2' }, BLMK_MODEL, HCA_SCH4_P3],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'When the constitution has a `transparency` entry, checks that it says board meetings are held in public (`meetings_in_public: true`), papers and minutes are published (`papers_published: true`) and the public is excluded only by resolution (`exclusion_by_resolution: true`). A constitution with no `transparency` at all is ICS-ACC-001\'s finding (the law). Committees that meet in public are not checked: format v1 has no per-committee field for it.',
      rationale:
        'Constitutions derived from the NHS England model say: "Board meetings, and committees composed entirely of board members or that include all board members, will be held in public except where a resolution is agreed to exclude the public on the grounds that it is believed not to be in the public interest" and "Papers and minutes of all meetings held in public will be published" (Hertfordshire and West Essex 7.3.1–7.3.2). Model text of this kind is "a legal or policy requirement ... retained unless agreed otherwise with NHS England" (BLMK), so it is checked as NHS England policy. The Act itself (Schedule 1B paragraph 12(2), ICS-ACC-001) requires transparency arrangements but not these three in particular. The Health and Care Act 2022 also brought ICBs within the Public Bodies (Admission to Meetings) Act 1960 (Schedule 4 paragraph 3, read); that Act itself was not read, so it is not relied on here.',
      changes: [
        'Issue 10: new. The three mechanisms were errors under ICS-ACC-001; they come from the model constitution, not the Act, so they are now checked here as NHS England policy (warnings).',
      ],
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
transparency: {meetings_in_public: false, exclusion_by_resolution: true, papers_published: true}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
transparency: {meetings_in_public: true, exclusion_by_resolution: true, papers_published: true}
`,
      howToFix: 'Set `meetings_in_public`, `papers_published` and `exclusion_by_resolution` to true under `transparency`, and make sure the standing orders provide for them.',
    },
  },
  check(ctx) {
    const t = ctx.icb!.transparency;
    if (!t) return;
    for (const a of ASPECTS) {
      const v = t[a.key];
      if (v?.value === true) continue;
      const edit = v ? ctx.editor.replaceScalar(v.loc.node, true) : ctx.editor.addAtPath(['transparency', a.key], true);
      ctx.report({
        message: `The constitution ${v ? `says ${a.not}` : `does not say that ${a.says}`}. The NHS England model constitution provides that board meetings are held in public, the public is excluded only by resolution, and papers and minutes are published (NHS England policy): set \`${a.key}: true\`.`,
        at: v?.loc ?? t.loc,
        fixes: edit ? [{ title: `Set ${a.key} to true (check the standing orders)`, safe: false, edits: [edit] }] : undefined,
      });
    }
  },
});
