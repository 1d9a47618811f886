import { defineRule } from '../framework';
import { capitalise, items, memberLabel } from '../../model/query';
import type { BoardMember } from '../../model/kinds';
import { positionsWithRole } from '../../model/composition';
import { board, declarerPath } from '../positions';
import { HSJ_DF, PQ_HL6183 } from './citations';
import { knownOrganisations, organisationIn } from './organisations';
import { memberPath } from './util';

const SOURCE =
  'NHS England policy (the ICS design framework, as reported by HSJ) expects the chair and the non-executive members to be independent: they normally hold no position in another health or care organisation in the ICS area; the Department of Health and Social Care has said that people with a role in a local health or care organisation are not eligible to be the independent chair (written answer HL6183)';

export default defineRule({
  meta: {
    id: 'ICS-NED-002',
    slug: 'chair-and-non-executives-independent',
    title: 'The chair and the non-executive members are independent of the health and care organisations in the ICS area.',
    section: '2. ICB board composition and roles',
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [HSJ_DF, PQ_HL6183],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Checks that the chair and every `role: non_executive` member has `independent: true`, and that none of their `other_positions` names an organisation of the system — a local authority with social care duties, a nominating trust, a place partner, a provider collaborative or the VCSE alliance named in the constitution, its partnership or its place files.',
      rationale:
        'The ICS design framework, as reported by HSJ, expects the chair and non-executives to be independent: they normally hold no position in another health or care organisation in the ICS footprint. The Department of Health and Social Care confirmed that people with a role in any local health or care organisation are not eligible to be the independent chair (written answer HL6183, February 2022). This is NHS England policy, so it is a warning. The check can only recognise organisations that the documents name; it cannot know every organisation in the area.',
      incorrect: `kind: icb-constitution
version: 1
icb:
  id: nhs-example
  name: NHS Example Integrated Care Board
  area:
    local_authorities: [{name: Exampleshire County Council, type: county}]
board:
  members:
    - id: pat-lee
      name: Pat Lee
      role: non_executive
      independent: true
      other_positions: [Cabinet member for adult social care, Exampleshire County Council]
`,
      correct: `kind: icb-constitution
version: 1
icb:
  id: nhs-example
  name: NHS Example Integrated Care Board
  area:
    local_authorities: [{name: Exampleshire County Council, type: county}]
board:
  members:
    - id: pat-lee
      name: Pat Lee
      role: non_executive
      independent: true
      other_positions: [Trustee, National Museum of Rail]
`,
      howToFix:
        'Record `independent: true` for the chair and each non-executive once independence has been confirmed. If a chair or non-executive holds a post in a health or care organisation of the area, the appointment needs reconsidering, or the post should be given up.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const c = board(ctx);
    const positions = [...positionsWithRole(c, 'chair'), ...positionsWithRole(c, 'non_executive')];
    if (positions.length === 0) return;
    const organisations = knownOrganisations(ctx);
    // A person's own posts are theirs; whether the seat is for an independent member is said once, for the seat.
    const posts = (m: BoardMember, who: string): boolean => {
      let flagged = false;
      for (const position of items(m.other_positions)) {
        const org = organisationIn(position.value, organisations);
        if (!org) continue;
        flagged = true;
        ctx.report({
          message: `${who} holds a post in ${org.name} ("${position.value}"), a health or care organisation of this system. ${SOURCE}.`,
          at: position.loc,
          related: [{ message: `${org.name} is named here`, at: org.loc, uri: org.uri }],
        });
      }
      return flagged;
    };
    for (const p of positions) {
      const chair = p.role === 'chair';
      if (p.kind === 'member') {
        const m = p.member!;
        const who = chair ? `The chair, ${memberLabel(m)},` : `Non-executive member ${memberLabel(m)}`;
        if (m.independent?.value === false) {
          ctx.report({ message: `${who} is recorded as not independent. ${SOURCE}.`, at: m.independent.loc });
          continue;
        }
        if (posts(m, who) || m.independent) continue;
        const path = memberPath(icb, m);
        const edit = path ? ctx.editor.addAtPath([...path, 'independent'], true) : undefined;
        ctx.report({
          message: `The constitution does not say whether ${chair ? `the chair, ${memberLabel(m)},` : `non-executive member ${memberLabel(m)}`} is independent. ${SOURCE}: record \`independent: true\` once that is confirmed.`,
          at: m.loc,
          fixes: edit ? [{ title: `Record ${memberLabel(m)} as independent (confirm first)`, safe: false, edits: [edit] }] : undefined,
        });
        continue;
      }
      const seat = p.seat!;
      const label = capitalise(p.label);
      if (seat.independent?.value === false) {
        ctx.report({ message: `${label} is recorded as not for an independent member. ${SOURCE}.`, at: seat.independent.loc });
        continue;
      }
      let flagged = false;
      for (const h of p.holders) {
        const who = chair ? `The chair, ${h.label},` : `Non-executive member ${h.label}`;
        if (h.member.independent?.value === false) {
          flagged = true;
          ctx.report({ message: `${who} is recorded as not independent. ${SOURCE}.`, at: h.member.independent.loc });
        } else if (posts(h.member, who)) flagged = true;
      }
      if (flagged || seat.independent || (p.holders.length > 0 && p.holders.every((h) => h.member.independent))) continue;
      const path = declarerPath(icb, seat);
      const edit = path ? ctx.editor.addAtPath([...path, 'independent'], true) : undefined;
      ctx.report({
        message: `The constitution does not say whether ${p.label} is for an independent member. ${SOURCE}: record \`independent: true\` on the seat once that is confirmed.`,
        at: seat.loc,
        fixes: edit ? [{ title: `Record ${p.label} as independent (confirm first)`, safe: false, edits: [edit] }] : undefined,
      });
    }
  },
});
