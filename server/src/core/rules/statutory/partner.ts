import type { RuleContext } from '../framework';
import { firstLoc } from '../../model/query';
import { ordinaryPositions, positionsOfSector } from '../../model/composition';
import { addToBoard, board, placeWord, roleAnchor, unusedBoardId } from '../positions';

export type PartnerSector = 'nhs_trusts' | 'primary_medical_services' | 'local_authorities';

export const PARTNER_SECTORS: Record<PartnerSector, { nominators: string; short: string; id: string }> = {
  nhs_trusts: {
    nominators: 'the NHS trusts and foundation trusts that provide services in the ICB\'s area',
    short: 'NHS trusts and foundation trusts',
    id: 'partner-nhs-trusts',
  },
  primary_medical_services: {
    nominators: 'the providers of primary medical services (general practice) in the ICB\'s area',
    short: 'providers of primary medical services',
    id: 'partner-primary-medical-services',
  },
  local_authorities: {
    nominators: "the local authorities whose areas coincide with, or include the whole or part of, the ICB's area",
    short: 'local authorities',
    id: 'partner-local-authorities',
  },
};

/**
 * ICS-PARTNER-001..003: at least one ordinary position (member, or seat in format 1.1) nominated by
 * the sector. Extra partners are lawful (ICS-PARTNER-004). A seat that only `represents` a sector
 * outside the three statutory ones (a provider collaborative, say) does not count.
 */
export function checkPartnerSector(ctx: RuleContext, sector: PartnerSector, provision: string): void {
  const icb = ctx.icb!;
  const c = board(ctx);
  if (positionsOfSector(c, sector).length > 0) return;
  const s = PARTNER_SECTORS[sector];
  const unsectored = ordinaryPositions(c).filter((p) => p.role === 'partner' && !p.sector);
  const edit = addToBoard(ctx, [
    {
      id: unusedBoardId(icb, s.id),
      name: 'TODO',
      role: 'partner',
      sector,
      appointment: { by: 'chair', approved_by: 'chair', procedure: `joint nomination by the ${s.short}, then the chair's approval` },
    },
  ]);
  const noun = (p: { kind: string }) => (p.kind === 'seat' ? 'seat' : 'member');
  ctx.report({
    message: `The board has no partner member nominated by the ${s.short}. ${provision} of the NHS Act 2006 requires at least one ordinary member appointed from people jointly nominated by ${s.nominators}: add a ${c.seated ? 'seat' : 'member'} with \`role: partner\` and \`sector: ${sector}\`.${
      unsectored.length > 0 ? ` (${unsectored.map((p) => p.label).join(', ')} ${unsectored.length === 1 ? `is a partner ${noun(unsectored[0])}` : `are partner ${noun(unsectored[0])}s`} with no \`sector\`.)` : ''
    }`,
    at: firstLoc(c.seated ? icb.board?.seats : icb.board?.members, icb.board, icb.kind) ?? ctx.documentAnchor,
    related: unsectored.map((p) => ({ message: `partner ${noun(p)} with no nominating sector`, at: roleAnchor(p) })),
    fixes: edit ? [{ title: `Add a partner ${placeWord(ctx)} nominated by the ${s.short}${c.seated ? '' : ' (name to fill in)'}`, safe: false, edits: [edit] }] : undefined,
  });
}
