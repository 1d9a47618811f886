
/** The sector a partner member comes from, in words, by `sector:` value. */
export const SECTOR_WORDS: Record<string, string> = {
  nhs_trusts: 'NHS trusts and foundation trusts',
  primary_medical_services: 'general practice and wider primary care',
  local_authorities: 'local government and social care',
};

export function sectorWords(sector: string | undefined): string {
  return SECTOR_WORDS[sector ?? ''] ?? 'their sector';
}
