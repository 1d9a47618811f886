import { defineRule } from '../framework';
import { committeesOfType } from '../../model/query';
import { GLOS, LAAA_2014 } from './citations';
import { capitalise, committeeLabel, committeePath, SECTION_4 } from './helpers';

export default defineRule({
  meta: {
    id: 'ICS-COMM-008',
    slug: 'audit-committee-auditor-panel',
    title: 'Say whether the audit committee also serves as the auditor panel.',
    section: SECTION_4,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [
      { ...GLOS, provision: 'the audit committee also acts as the auditor panel' },
      LAAA_2014,
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'For every committee with `type: audit`, checks that `also_auditor_panel` is set, to `true` or `false`: the constitution should say whether the audit committee also acts as the auditor panel that advises on appointing the external auditor.',
      rationale:
        'NHS Gloucestershire ICB\'s audit committee also serves as its auditor panel under the Local Audit and Accountability Act 2014. Whether that Act\'s auditor-panel duty applies to ICBs was not confirmed (its text as applied to ICBs was not read), so this is information only: saying it either way makes clear who advises on the external auditor\'s appointment.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
committees:
  - {id: audit, name: Audit Committee, type: audit}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
committees:
  - {id: audit, name: Audit Committee, type: audit, also_auditor_panel: true}
`,
      howToFix: 'Add `also_auditor_panel: true` if the audit committee acts as the auditor panel, or `also_auditor_panel: false` if another body does.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    for (const c of committeesOfType(icb, 'audit')) {
      if (c.also_auditor_panel !== undefined) continue;
      const path = committeePath(icb, c);
      const edit = path ? ctx.editor.addAtPath([...path, 'also_auditor_panel'], true) : undefined;
      ctx.report({
        message: `${capitalise(committeeLabel(c, 'the audit committee'))} does not say whether it also acts as the auditor panel that advises on appointing the external auditor (as NHS Gloucestershire's audit committee does, under the Local Audit and Accountability Act 2014). Add \`also_auditor_panel: true\` or \`false\`.`,
        at: c.loc,
        fixes: edit ? [{ title: 'State that the audit committee is also the auditor panel', safe: false, edits: [edit] }] : undefined,
      });
    }
  },
});
