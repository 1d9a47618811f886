import { compositionOf, type BoardPosition } from '../../model/composition';
import type { Fix } from '../../types';
import { defineRule, type RuleContext } from '../framework';
import { CCPL_KEY, SECTION, boardLeads, ccplAnchor, ccplOf, directorId, isDoctor, isNurse, isSlug, leadsInclude, medicalDirectors, nearestMemberId, nursingDirectors, text, type Lead } from './shared';
import { HSJ_2025, ccplGuidance } from './citations';

export default defineRule({
  meta: {
    id: 'ICS-CCPL-002',
    slug: 'ccpl-board-leads-include-nursing-and-medical',
    title: 'The board leads for clinical and care professional leadership are board members and include the director of nursing and the medical director.',
    section: SECTION,
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [
      ccplGuidance('expectation 2: the board’s clinical and care professionals, including the director of nursing and the medical director, involve leaders from all professions'),
      { ...HSJ_2025, provision: 'when the medical or nursing executive seat is dropped, clinical leadership must be shown elsewhere' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Checks `clinical_and_care_professional_leadership.board_leads`: every entry must be the id of a board member, and the leads must include the medical director and the director of nursing (executives with `function: medical` and `function: nursing`). Where the board has no such executive — the 2025 blueprint lets ICBs drop those seats — at least one lead must be a doctor and one a registered nurse.',
      rationale:
        "NHS England and NHS Improvement's ICS implementation guidance on effective clinical and care professional leadership (September 2021) expects the clinical and care professionals on the ICB board, including the director of nursing and the medical director, to make sure leaders from all clinical and care professions are involved in and invested in the system's vision and work. If the ICB drops the medical or nursing executive (allowed since 2025, with NHS England's agreement to the constitution change), that leadership still has to sit with someone on the board.",
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: ruth-ode, name: Ruth Ode, role: executive, function: medical, profession: medicine}
    - {id: nurse-dir, name: Nia Bell, role: executive, function: nursing, profession: nursing}
clinical_and_care_professional_leadership:
  board_leads: [ruth-ode]
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: ruth-ode, name: Ruth Ode, role: executive, function: medical, profession: medicine}
    - {id: nurse-dir, name: Nia Bell, role: executive, function: nursing, profession: nursing}
clinical_and_care_professional_leadership:
  board_leads: [ruth-ode, nurse-dir]
`,
      howToFix:
        'List the board members who lead on clinical and care professional leadership in `board_leads`, by their ids — at least the medical director and the director of nursing.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const ccpl = ccplOf(icb);
    const list = ccpl?.board_leads;
    const mds = medicalDirectors(icb);
    const dons = nursingDirectors(icb);

    if (!list || list.items.length === 0) {
      const suggested = [mds[0], dons[0]].map(directorId).filter(isSlug);
      const edit = suggested.length > 0 ? ctx.editor.addAtPath([CCPL_KEY, 'board_leads'], suggested) : undefined;
      ctx.report({
        message:
          "No board leads are named for clinical and care professional leadership. NHS England's guidance on clinical and care professional leadership (September 2021) expects the clinical and care professionals on the board — including the director of nursing and the medical director — to make sure leaders from all clinical and care professions are involved in the system's work: list them in `board_leads` by their board member ids.",
        at: ccplAnchor(ctx, list?.loc),
        fixes: edit ? [{ title: `Name ${suggested.join(' and ')} as board leads`, safe: false, edits: [edit] }] : undefined,
      });
      return;
    }

    // A mistyped id counts as the member it was meant to be: its own finding corrects it, so the
    // medical director is not reported missing as well (two fixes would add them twice).
    const composition = compositionOf(icb);
    const meant: Lead[] = [];
    for (const item of list.items) {
      const id = text(item);
      if (!id || composition.resolve(id)) continue;
      const guess = nearestMemberId(icb, id);
      const guessed = composition.resolve(guess);
      if (guessed) meant.push(guessed);
      ctx.report({
        message: `\`${id}\` in \`board_leads\` is not the id of any board member. The board leads are the clinical and care professionals on the board (NHS England's guidance on clinical and care professional leadership, September 2021): use the \`id\` of a member listed under \`board.members\`${guess ? ` (did you mean \`${guess}\`?)` : ''}.`,
        at: item.loc,
        fixes: guess ? [{ title: `Change to \`${guess}\``, safe: false, edits: [ctx.editor.replaceScalar(item.loc.node, guess)] }] : undefined,
      });
    }

    const leads = [...boardLeads(icb), ...meant];
    checkProfession(ctx, leads, mds, {
      director: 'medical director',
      seat: '`function: medical`',
      who: 'a doctor (profession medicine or general_practice, or a GMC registration)',
      isOne: isDoctor,
    });
    checkProfession(ctx, leads, dons, {
      director: 'director of nursing',
      seat: '`function: nursing`',
      who: 'a registered nurse (profession nursing, or an NMC registration as a nurse)',
      isOne: isNurse,
    });
  },
});

interface Seat {
  director: string;
  seat: string;
  who: string;
  isOne: (m: Lead) => boolean;
}

function checkProfession(ctx: RuleContext, leads: Lead[], directors: BoardPosition[], seat: Seat): void {
  const icb = ctx.icb!;
  const list = ccplOf(icb)!.board_leads!;
  const appendFix = (m: Lead | undefined, title: string): Fix[] | undefined => {
    const id = m?.kind === 'seat' ? m.id : m?.id;
    if (!isSlug(id)) return undefined;
    const edit = ctx.editor.addAtPath([CCPL_KEY, 'board_leads'], [id]);
    return edit ? [{ title: `${title} (${id})`, safe: false, edits: [edit] }] : undefined;
  };

  if (directors.length > 0) {
    if (directors.some((d) => leadsInclude(leads, d))) return;
    const d = directors[0];
    // The member in the seat when one is named, else the seat itself (format 1.1).
    const who = d.holders[0] ?? d;
    ctx.report({
      message: `The ${seat.director}, ${who.label}, is not among the board leads for clinical and care professional leadership. NHS England's guidance on clinical and care professional leadership (September 2021) expects the director of nursing and the medical director to lead this work on the board: add \`${directorId(d) ?? 'their id'}\` to \`board_leads\`.`,
      at: list.loc,
      related: [{ message: `${seat.director} declared here`, at: who.loc }],
      fixes: appendFix(who, `Add the ${seat.director} to the board leads`),
    });
    return;
  }

  if (leads.some(seat.isOne)) return;
  const composition = compositionOf(icb);
  const candidate = [...composition.holders, ...composition.positions.filter((p) => p.kind === 'seat' && p.holders.length === 0)].find((m) => seat.isOne(m) && !leads.includes(m));
  ctx.report({
    message: `No board lead for clinical and care professional leadership is ${seat.who}, and the board has no ${seat.director} (an executive with ${seat.seat}). NHS England's guidance on clinical and care professional leadership (September 2021) expects the ${seat.director} to lead this work; where an ICB drops that seat (the 2025 blueprint allows it, with NHS England's agreement), the leadership must sit with another board member: name one in \`board_leads\`.`,
    at: list.loc,
    related: candidate ? [{ message: `${candidate.label} could lead`, at: candidate.loc }] : undefined,
    fixes: appendFix(candidate, `Add ${candidate?.kind === 'holder' ? (text(candidate.member.name) ?? 'this member') : (candidate?.label ?? 'this member')} to the board leads`),
  });
}
