import type { RuleContext } from '../framework';
import { firstLoc, memberLabel, ordinaryMembers, text } from '../../model/query';
import { freshMemberId } from './helpers';

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

/** ICS-PARTNER-001..003: at least one ordinary member nominated by the sector. Extra partners are lawful (ICS-PARTNER-004). */
export function checkPartnerSector(ctx: RuleContext, sector: PartnerSector, provision: string): void {
  const icb = ctx.icb!;
  const ordinary = ordinaryMembers(icb);
  if (ordinary.some((m) => text(m.sector) === sector)) return;
  const s = PARTNER_SECTORS[sector];
  const unsectored = ordinary.filter((m) => text(m.role) === 'partner' && !text(m.sector));
  const edit = ctx.editor.addAtPath(['board', 'members'], [
    {
      id: freshMemberId(icb, s.id),
      name: 'TODO',
      role: 'partner',
      sector,
      appointment: { by: 'chair', approved_by: 'chair', procedure: `joint nomination by the ${s.short}, then the chair's approval` },
    },
  ]);
  ctx.report({
    message: `The board has no partner member nominated by the ${s.short}. ${provision} of the NHS Act 2006 requires at least one ordinary member appointed from people jointly nominated by ${s.nominators}: add a member with \`role: partner\` and \`sector: ${sector}\`.${
      unsectored.length > 0 ? ` (${unsectored.map(memberLabel).join(', ')} ${unsectored.length === 1 ? 'is a partner member' : 'are partner members'} with no \`sector\`.)` : ''
    }`,
    at: firstLoc(icb.board?.members, icb.board, icb.kind) ?? ctx.documentAnchor,
    related: unsectored.map((m) => ({ message: 'partner member with no nominating sector', at: m.role?.loc ?? m.loc })),
    fixes: edit ? [{ title: `Add a partner member nominated by the ${s.short} (name to fill in)`, safe: false, edits: [edit] }] : undefined,
  });
}
