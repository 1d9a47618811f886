import { defineRule } from '../framework';
import { firstLoc } from '../../model/query';
import { ACT_SCH1B_P1, HWE_7 } from '../citations';
import { SECTION_1 } from './helpers';

const ASPECTS = [
  { key: 'meetings_in_public', says: 'board meetings are held in public', not: 'board meetings are not held in public' },
  { key: 'papers_published', says: 'papers and minutes of public meetings are published', not: 'papers and minutes of public meetings are not published' },
  {
    key: 'exclusion_by_resolution',
    says: 'the public can be excluded only by a resolution on public-interest grounds',
    not: 'the public can be excluded without a resolution on public-interest grounds',
  },
] as const;

export default defineRule({
  meta: {
    id: 'ICS-ACC-001',
    slug: 'arrangements-secure-transparency',
    title: 'The arrangements for exercising the ICB\'s functions secure transparency about its decisions and how they are taken.',
    section: SECTION_1,
    sourceKind: 'statute',
    severity: 'error',
    citations: [
      { ...ACT_SCH1B_P1, provision: 'Schedule 1B paragraph 11(2)', confidence: 'I' },
      { ...HWE_7, provision: 'section 7.1.1 (citing paragraph 11(2))' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Checks `transparency`: board meetings in public (`meetings_in_public: true`), papers published (`papers_published: true`) and the public excluded only by resolution (`exclusion_by_resolution: true`).',
      rationale:
        "Schedule 1B paragraph 11(2) to the NHS Act 2006, as cited by ICB constitutions (the paragraph text was not read), requires the constitution's arrangements to secure that there is transparency about the decisions of the ICB and the manner in which they are taken. Meetings in public, published papers and exclusion only by resolution are how model-based constitutions secure it.",
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
      howToFix: 'Add `transparency: {meetings_in_public: true, exclusion_by_resolution: true, papers_published: true}` and make sure the standing orders provide for it.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const t = icb.transparency;
    if (!t) {
      const edit = ctx.editor.addAtPath(['transparency'], { meetings_in_public: true, exclusion_by_resolution: true, papers_published: true });
      ctx.report({
        message:
          "The constitution does not say how the ICB's decisions are made transparent. Schedule 1B paragraph 11(2) of the NHS Act 2006 requires its arrangements to secure transparency about the ICB's decisions and how they are taken: add `transparency` (meetings in public, papers published, exclusion only by resolution).",
        at: firstLoc(icb.kind) ?? ctx.documentAnchor,
        fixes: edit ? [{ title: 'State the transparency arrangements (check them against the standing orders)', safe: false, edits: [edit] }] : undefined,
      });
      return;
    }
    for (const a of ASPECTS) {
      const v = t[a.key];
      if (v?.value === true) continue;
      const edit = v ? ctx.editor.replaceScalar(v.loc.node, true) : ctx.editor.addAtPath(['transparency', a.key], true);
      ctx.report({
        message: `The constitution ${v ? `says ${a.not}` : `does not say that ${a.says}`}. Schedule 1B paragraph 11(2) of the NHS Act 2006 requires arrangements that secure transparency about the ICB's decisions and how they are taken: set \`${a.key}: true\`.`,
        at: v?.loc ?? t.loc,
        fixes: edit ? [{ title: `Set ${a.key} to true (check the standing orders)`, safe: false, edits: [edit] }] : undefined,
      });
    }
  },
});
