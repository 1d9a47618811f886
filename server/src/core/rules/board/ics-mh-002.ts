import { defineRule } from '../framework';
import { text } from '../../model/query';
import { minimumCount, ordinaryPositions, positionsWithRole, type BoardPosition } from '../../model/composition';
import { board } from '../positions';
import { PQ_HL9462 } from './citations';
import { listText } from './util';

const MENTAL_HEALTH = /\bmental[\s_-]*health\b/i;

/** Whether the seat's own description says it is for mental health (title or role statement). */
function seatNamesMentalHealth(p: BoardPosition): boolean {
  return MENTAL_HEALTH.test(p.title ?? '') || MENTAL_HEALTH.test(text(p.declared('role_statement')) ?? '');
}

/** The holders of a seat by name, or the seat itself when nobody is named. */
function holdersLabel(p: BoardPosition): string {
  return p.holders.length > 0 ? listText(p.holders.map((h) => h.label)) : p.label;
}

export default defineRule({
  meta: {
    id: 'ICS-MH-002',
    slug: 'mental-health-seat-secured',
    title: 'The mental health expertise on the board is secured by a seat, not only by the person who holds it.',
    section: '2. ICB board composition and roles',
    sourceKind: 'guidance',
    severity: 'information',
    citations: [PQ_HL9462],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: false,
    docs: {
      description:
        'When the board has mental health expertise (ICS-APPT-006), checks that it comes from a seat that secures it: an executive with `function: mental_health`; an `other` member for mental health; an additional trust partner member; or a seat whose `title` or `role_statement` reserves it for mental health. Silent when nobody has the expertise: ICS-APPT-006 reports that.',
      rationale:
        'The law requires the chair to approve ordinary members with a view to at least one having knowledge and experience of mental health services (ICS-APPT-006). NHS England\'s guidance, as quoted by the Department of Health and Social Care (written answer HL9462, July 2025), gives three durable ways to meet it: an additional trust partner member, jointly nominated; an "other" board member, normally a mental health trust chief executive; or an ICB executive director for mental health. If the expertise rests only on whoever happens to fill another seat, it can be lost at the next appointment. This is guidance, so the rule is information.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: sam-obi, name: Sam Obi, role: partner, sector: nhs_trusts, expertise: [mental_health]}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: sam-obi, name: Sam Obi, role: partner, sector: nhs_trusts, expertise: [mental_health], title: "Partner member, NHS trusts (mental health seat)"}
`,
      howToFix:
        'Secure the seat in the constitution: reserve a seat for a candidate with mental health knowledge and experience and say so in its `title` or `role_statement`, add an executive with `function: mental_health`, or add a second trust partner member with mental health expertise.',
    },
  },
  check(ctx) {
    const c = board(ctx);
    if (positionsWithRole(c, 'executive').some((p) => p.function === 'mental_health')) return;
    const has = (e: { expertise: string[] }) => e.expertise.some((x) => MENTAL_HEALTH.test(x));
    // A seat reserved for the expertise (format 1.1) secures it whoever holds it.
    const holders = ordinaryPositions(c).filter((p) => has(p) || p.holders.some(has));
    if (holders.length === 0) return;
    const trustPartners = positionsWithRole(c, 'partner').filter((p) => p.sector === 'nhs_trusts');
    const secured = holders.some((p) => {
      if (p.kind === 'seat' && has(p)) return true;
      if (seatNamesMentalHealth(p)) return true;
      if (p.role === 'other') return true;
      return p.role === 'partner' && p.sector === 'nhs_trusts' && minimumCount(trustPartners) > 1;
    });
    if (secured) return;
    const first = holders[0];
    const where = (p: BoardPosition) => p.declared('expertise')?.loc ?? p.holders.find((h) => h.member.expertise)?.member.expertise?.loc ?? p.loc;
    ctx.report({
      message: `Mental health expertise on the board rests on ${listText(holders.map((p) => (p.kind === 'seat' ? holdersLabel(p) : p.label)))}, whose ${holders.length > 1 ? 'seats are' : 'seat is'} not reserved for it, so it could be lost at the next appointment. NHS England guidance (quoted by DHSC, written answer HL9462) suggests securing it through an additional trust partner member, an "other" member such as a mental health trust chief executive, or an executive director for mental health — or reserve the seat and say so in its \`title\` or \`role_statement\`${c.seated ? ' (or its `expertise`)' : ''}.`,
      at: where(first),
      related: holders.slice(1).map((p) => ({ message: 'mental health expertise declared here', at: where(p) })),
    });
  },
});
