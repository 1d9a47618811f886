import { text } from '../../model/query';
import type { BoardMember } from '../../model/kinds';

/** The sector a partner member comes from, in words, by `sector:` value. */
export const SECTOR_WORDS: Record<string, string> = {
  nhs_trusts: 'NHS trusts and foundation trusts',
  primary_medical_services: 'general practice and wider primary care',
  local_authorities: 'local government and social care',
};

export function sectorWords(m: BoardMember): string {
  return SECTOR_WORDS[text(m.sector) ?? ''] ?? 'their sector';
}
