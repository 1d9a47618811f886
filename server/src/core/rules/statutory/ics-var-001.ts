import { defineRule } from '../framework';
import { firstLoc, items, text } from '../../model/query';
import { ACT_SCH1B_ENACTED, HEALTH_BILL_2026, NHSE_AREA, STAFFS_CONST } from '../citations';
import { SECTION_1 } from './helpers';

export default defineRule({
  meta: {
    id: 'ICS-VAR-001',
    slug: 'variations-approved',
    title: 'Changes to the constitution take effect only once NHS England approves them (under the Health Bill 2026: the Secretary of State); keep a version history with the approval dates.',
    section: SECTION_1,
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [
      { ...NHSE_AREA, provision: 'a constitution can only be amended with NHS England approval' },
      { ...STAFFS_CONST, provision: 'status note on approval of the current version' },
      { ...ACT_SCH1B_ENACTED, provision: 'Schedule 1B paragraph 15 (power to vary; NHS England\'s approval)' },
      HEALTH_BILL_2026,
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: false,
    docs: {
      description:
        'Checks that `version_control` lists the versions of the constitution, each with the date it was approved (`nhse_approved_on`), and that no version is dated to take effect before it was approved. Under health-bill-2026 the approver is the Secretary of State; the date still goes in `nhse_approved_on`.',
      rationale:
        'Schedule 1B paragraph 15 to the NHS Act 2006 (read in the Health and Care Act 2022 as enacted): "(1) The constitution must include a power to vary the constitution in accordance with a procedure set out there. (2) The provision made ... must— (a) include power for NHS England to vary the constitution on its own initiative, and (b) require NHS England\'s approval to be obtained before any other variation is made." So a change takes effect only once NHS England approves it. What this rule checks, a version history with approval dates, is not something paragraph 15 requires the constitution to contain: it is how NHS England and ICBs show which text is in force (NHS England; Staffordshire and Stoke-on-Trent ICB), so it stays a warning. The variation power and procedure paragraph 15 does require are not checked: the format has no place for them yet. The Health Bill 2026 as introduced would pass NHS England\'s role to the Secretary of State.',
      changes: [
        'Issue 10: the variation provision was read: it is Schedule 1B paragraph 15 (cited as paragraph 14, the Bill\'s numbering). The rule stays a warning, because the version history it checks is practice, not a statutory requirement of the constitution\'s content.',
      ],
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
version_control:
  - {version: "1.0", date: 2022-07-01}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
version_control:
  - {version: "1.0", date: 2022-07-01, nhse_approved_on: 2022-06-20}
`,
      howToFix: 'Add `version_control` with an entry for each version: `version`, `date` (when it takes effect) and `nhse_approved_on` (when it was approved).',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const approver = ctx.framework === 'health-bill-2026' ? 'the Secretary of State' : 'NHS England';
    const why =
      ctx.framework === 'health-bill-2026'
        ? 'Under the Health Bill 2026 as introduced, changes to an ICB constitution would take effect only once the Secretary of State (taking over from NHS England) approves them'
        : "Changes to an ICB constitution need NHS England's approval before they are made (Schedule 1B paragraph 15(2)(b) to the NHS Act 2006)";
    const versions = items(icb.version_control);
    if (versions.length === 0) {
      ctx.report({
        message: `The constitution has no version history. ${why}: add \`version_control\` with each version and the date ${approver} approved it.`,
        at: firstLoc(icb.version_control, icb.kind) ?? ctx.documentAnchor,
      });
      return;
    }
    for (const v of versions) {
      const label = text(v.version) ? `Version ${text(v.version)}` : 'This version';
      const approved = text(v.nhse_approved_on);
      if (!approved) {
        ctx.report({
          message: `${label} of the constitution has no approval date. ${why}: record the date ${approver} approved it in \`nhse_approved_on\`.`,
          at: v.loc,
        });
        continue;
      }
      const effective = text(v.date);
      if (effective && /^\d{4}-\d{2}-\d{2}$/.test(effective) && /^\d{4}-\d{2}-\d{2}$/.test(approved) && effective < approved) {
        ctx.report({
          message: `${label} is dated ${effective}, before it was approved on ${approved}. ${why}, so it cannot be in force before ${approved}.`,
          at: v.date!.loc,
          related: [{ message: 'approved on this date', at: v.nhse_approved_on!.loc }],
        });
      }
    }
  },
});
