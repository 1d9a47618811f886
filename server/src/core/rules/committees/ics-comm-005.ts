import { defineRule } from '../framework';
import { committeesOfType, items, text } from '../../model/query';
import { compositionOf } from '../../model/composition';
import { HWE_8 } from './citations';
import { capitalise, committeeLabel, isEmployee, removeSeqItem, SECTION_4 } from './helpers';

export default defineRule({
  meta: {
    id: 'ICS-COMM-005',
    slug: 'no-employees-on-remuneration-committee',
    title: 'No employees of the ICB sit on the remuneration committee.',
    section: SECTION_4,
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [{ ...HWE_8, provision: 'paragraph 8.1.3 (no employees may be members of the remuneration committee)' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'For every committee with `type: remuneration`, checks its `members` and `other_members`: nobody may be an employee of the ICB. A board member counts as an employee when `employment` is `employee` or `secondee`, or, when `employment` is not given, when they are the chief executive or an executive member.',
      rationale:
        'Constitutions derived from the NHS England model (Hertfordshire and West Essex ICB, paragraph 8.1.3) say no employees may be members of the remuneration committee: it decides the pay and terms of the ICB\'s staff and executives, so those people must not decide their own. Officers such as the executive lead for people and the governance lead can attend to advise without being members.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: amir-khan, name: Amir Khan, role: chief_executive, employment: employee}
    - {id: kit-rowe, name: Kit Rowe, role: non_executive}
committees:
  - {id: remuneration, name: Remuneration Committee, type: remuneration, chair: kit-rowe, members: [kit-rowe, amir-khan]}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: amir-khan, name: Amir Khan, role: chief_executive, employment: employee}
    - {id: kit-rowe, name: Kit Rowe, role: non_executive}
    - {id: lou-grey, name: Lou Grey, role: non_executive}
committees:
  - {id: remuneration, name: Remuneration Committee, type: remuneration, chair: kit-rowe, members: [kit-rowe, lou-grey]}
`,
      howToFix:
        'Take ICB employees off the remuneration committee\'s membership; they can attend to advise. The quick fix removes the member from the committee\'s `members` list.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const composition = compositionOf(icb);
    for (const c of committeesOfType(icb, 'remuneration')) {
      const label = committeeLabel(c, 'the remuneration committee');
      for (const ref of items(c.members)) {
        // A board member or seat (format 1.1); participants who attend to advise are not members.
        const member = composition.resolve(ref.value);
        if (!member || !isEmployee(member)) continue;
        const seat = member.kind === 'seat';
        const how = seat
          ? member.employment
            ? `is held by ICB ${member.employment}s (\`employment: ${member.employment}\`)`
            : member.role === 'chief_executive'
              ? "is the chief executive's, an employee of the ICB"
              : 'is an executive seat, held by employees of the ICB'
          : member.employment
            ? `is an ICB ${member.employment} (\`employment: ${member.employment}\`)`
            : member.role === 'chief_executive'
              ? 'is the chief executive, an employee of the ICB'
              : 'is an executive member, an employee of the ICB';
        const who = capitalise(member.label);
        const edit = removeSeqItem(ctx.file.text, ctx.file.lines, c.members!.loc.node, ref.loc.node);
        ctx.report({
          message: `${who} ${how} and ${seat ? 'its holders are members' : 'is a member'} of ${label}. No employees may be members of the remuneration committee, which sets ICB staff pay and terms (NHS England model constitution, as in Hertfordshire and West Essex ICB paragraph 8.1.3); they can attend to advise instead${composition.seated ? ' (as `participants`)' : ''}.`,
          at: ref.loc,
          related: [{ message: `${member.label} is declared here`, at: member.loc }],
          fixes: edit ? [{ title: `Remove ${member.label} from ${label}`, safe: false, edits: [edit] }] : undefined,
        });
      }
      for (const other of items(c.other_members)) {
        const employment = text(other.employment);
        if (employment !== 'employee' && employment !== 'secondee') continue;
        const name = text(other.name) ?? 'A member who is not on the board';
        ctx.report({
          message: `${capitalise(name)} is an ICB ${employment} (\`employment: ${employment}\`) and is listed among the other members of ${label}. No employees may be members of the remuneration committee (NHS England model constitution, as in Hertfordshire and West Essex ICB paragraph 8.1.3); they can attend to advise instead.`,
          at: other.employment!.loc,
        });
      }
    }
  },
});
