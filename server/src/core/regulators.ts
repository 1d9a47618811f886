import type { Citation, Confidence } from './types';
import type { Registration } from './model/kinds';
import type { Scalar } from './model/spec';
import {
  DD_PHTECH,
  GCC_RULES,
  GDC_TYPES,
  GOC_LEAFLET,
  GOSC_INFO,
  HCPC_CHECK,
  HCPC_SNAP,
  NMC_CODES,
  NWGMSA_ID,
  PSNI_REGISTER,
  SWE_EMP,
  UKCORE_ID,
  UKPHR_REGISTER,
} from './rules/citations';

/**
 * The UK professional regulators of rule catalogue §11, as data: who they register, what their
 * registration numbers look like and how sure we are of that. Rules ICS-REG-001 (number format)
 * and ICS-REG-003 (profession ↔ regulator) and the executive rules (ICS-EXEC-004/005) read this.
 *
 * A number format is only a syntax check: live status must be checked on the regulator's own
 * register (ICS-REG-002). Formats we have not confirmed (confidence U) are never enforced: any
 * non-empty value is accepted for them.
 */

export type RegulatorId = 'GMC' | 'NMC' | 'HCPC' | 'GPhC' | 'PSNI' | 'GDC' | 'GOC' | 'GOsC' | 'GCC' | 'SWE' | 'UKPHR';

/** The professions of the format (`profession:` values). */
export type Profession =
  | 'medicine'
  | 'general_practice'
  | 'nursing'
  | 'midwifery'
  | 'nursing_associate'
  | 'allied_health'
  | 'pharmacy'
  | 'pharmacy_technician'
  | 'dentistry'
  | 'optometry'
  | 'psychology'
  | 'healthcare_science'
  | 'public_health'
  | 'social_work'
  | 'social_care'
  | 'other';

export interface NumberFormat {
  pattern: RegExp;
  /** Plain English, e.g. "7 digits, e.g. 7012345". */
  description: string;
  example: string;
  /** Who holds numbers of this shape, when a regulator has several. */
  holders?: string;
}

export interface Regulator {
  id: RegulatorId;
  name: string;
  /** Who it registers, in plain English. */
  registers: string;
  /** The format's profession values it registers. */
  professions: Profession[];
  /** Whether it is a statutory regulator (all but UKPHR, an accredited voluntary register). */
  statutory: boolean;
  /** Whether it regulates a health profession (SWE and UKPHR do not, in this sense). */
  health: boolean;
  /** Accepted number formats; empty when the format is not confirmed. */
  formats: NumberFormat[];
  /** What is known about the number, for messages when there is no confirmed format. */
  formatNote: string;
  /** Confidence in the number format (catalogue §11). Only V and I formats are enforced. */
  confidence: Confidence;
  sources: Citation[];
}

export const REGULATORS: Record<RegulatorId, Regulator> = {
  GMC: {
    id: 'GMC',
    name: 'General Medical Council',
    registers: 'doctors (and, since December 2024, physician associates and anaesthesia associates)',
    professions: ['medicine', 'general_practice', 'public_health'],
    statutory: true,
    health: true,
    formats: [
      { pattern: /^\d{7}$/, description: '7 digits, e.g. 7012345', example: '7012345', holders: 'GMC reference number' },
      { pattern: /^L\d{6}$/, description: 'L followed by 6 digits, e.g. L123456 (limited registration)', example: 'L123456', holders: 'limited registration' },
    ],
    formatNote: 'The GMC reference number is 7 digits. A consultant code (C followed by 7 digits) is not the GMC number.',
    confidence: 'V',
    sources: [{ ...UKCORE_ID, provision: 'GMC reference number (7 digits; L + 6 digits for limited registrations)' }, { ...NWGMSA_ID, provision: 'GMC number' }],
  },
  NMC: {
    id: 'NMC',
    name: 'Nursing and Midwifery Council',
    registers: 'nurses, midwives and, in England, nursing associates',
    professions: ['nursing', 'midwifery', 'nursing_associate', 'public_health'],
    statutory: true,
    health: true,
    formats: [
      { pattern: /^\d{2}[A-Z]\d{4}[A-Z]$/, description: '8 characters — 2 digits, a letter, 4 digits and a letter, e.g. 71A2998E', example: '71A2998E', holders: 'NMC PIN' },
    ],
    formatNote: 'The NMC PIN is 8 characters: 2 digits, a letter, 4 digits, a letter.',
    confidence: 'V',
    sources: [{ ...NWGMSA_ID, provision: 'NMC PIN' }, { ...NMC_CODES, provision: 'parts of the register' }],
  },
  HCPC: {
    id: 'HCPC',
    name: 'Health and Care Professions Council',
    registers: 'the 15 HCPC professions, among them physiotherapists, occupational therapists, paramedics, practitioner psychologists, radiographers, dietitians and clinical scientists',
    professions: ['allied_health', 'psychology', 'healthcare_science'],
    statutory: true,
    health: true,
    formats: [
      {
        pattern: /^(AS|BS|CH|CS|DT|HAD|ODP|OR|OT|PA|PH|PO|PYL|RA|SL)\d{1,6}$/,
        description: 'a profession code (AS, BS, CH, CS, DT, HAD, ODP, OR, OT, PA, PH, PO, PYL, RA or SL) followed by up to 6 digits, e.g. PH123456',
        example: 'PH123456',
        holders: 'HCPC registration number',
      },
    ],
    formatNote: 'An HCPC number is the profession code followed by up to 6 digits.',
    confidence: 'V',
    sources: [{ ...HCPC_CHECK, provision: 'registration numbers' }, { ...HCPC_SNAP, provision: 'profession codes' }],
  },
  GPhC: {
    id: 'GPhC',
    name: 'General Pharmaceutical Council',
    registers: 'pharmacists and pharmacy technicians in Great Britain',
    professions: ['pharmacy', 'pharmacy_technician'],
    statutory: true,
    health: true,
    formats: [
      { pattern: /^2\d{6}$/, description: '7 digits starting with 2, e.g. 2012345 (pharmacist)', example: '2012345', holders: 'pharmacists' },
      { pattern: /^5\d{6}$/, description: '7 digits starting with 5, e.g. 5012345 (pharmacy technician)', example: '5012345', holders: 'pharmacy technicians' },
    ],
    formatNote: 'GPhC numbers are 7 digits: 2… for pharmacists, 5… for pharmacy technicians (1… is a pharmacy premises, not a person).',
    confidence: 'V',
    sources: [{ ...UKCORE_ID, provision: 'GPhC number' }, { ...DD_PHTECH, provision: 'pharmacy technician registration number' }],
  },
  PSNI: {
    id: 'PSNI',
    name: 'Pharmaceutical Society of Northern Ireland',
    registers: 'pharmacists in Northern Ireland',
    professions: ['pharmacy'],
    statutory: true,
    health: true,
    formats: [],
    formatNote: 'The PSNI number format has not been confirmed, so it is not checked.',
    confidence: 'U',
    sources: [PSNI_REGISTER],
  },
  GDC: {
    id: 'GDC',
    name: 'General Dental Council',
    registers: 'dentists and dental care professionals (dental nurses, dental technicians, clinical dental technicians, dental hygienists, dental therapists and orthodontic therapists)',
    professions: ['dentistry', 'public_health'],
    statutory: true,
    health: true,
    formats: [],
    formatNote: 'The GDC number format (numeric) has not been confirmed, so it is not checked. It is not the dental consultant code (CD + 6 digits) nor the NHS dental performer number (D + 7).',
    confidence: 'U',
    sources: [GDC_TYPES],
  },
  GOC: {
    id: 'GOC',
    name: 'General Optical Council',
    registers: 'optometrists, dispensing opticians, student opticians and optical businesses',
    professions: ['optometry'],
    statutory: true,
    health: true,
    formats: [],
    formatNote: 'GOC numbers have been seen as 2 digits, a hyphen and 5 digits for optometrists (e.g. 01-09491), but this and the dispensing optician format are not confirmed, so they are not checked.',
    confidence: 'U',
    sources: [{ ...NWGMSA_ID, provision: 'GOC number (one prescriber example)', confidence: 'I' }, GOC_LEAFLET],
  },
  GOsC: {
    id: 'GOsC',
    name: 'General Osteopathic Council',
    registers: 'osteopaths',
    professions: ['allied_health'],
    statutory: true,
    health: true,
    formats: [],
    formatNote: 'The GOsC number format has not been found, so it is not checked.',
    confidence: 'U',
    sources: [GOSC_INFO],
  },
  GCC: {
    id: 'GCC',
    name: 'General Chiropractic Council',
    registers: 'chiropractors',
    professions: ['allied_health'],
    statutory: true,
    health: true,
    formats: [],
    formatNote: 'The GCC records a certificate of registration number; its format has not been found, so it is not checked.',
    confidence: 'U',
    sources: [GCC_RULES],
  },
  SWE: {
    id: 'SWE',
    name: 'Social Work England',
    registers: 'social workers in England',
    professions: ['social_work', 'social_care'],
    statutory: true,
    health: false,
    formats: [],
    formatNote: 'Social Work England numbers have been seen as SW followed by digits, but the format is not confirmed, so it is not checked.',
    confidence: 'U',
    sources: [SWE_EMP],
  },
  UKPHR: {
    id: 'UKPHR',
    name: 'UK Public Health Register',
    registers: 'public health specialists and practitioners (a voluntary accredited register)',
    professions: ['public_health'],
    statutory: false,
    health: false,
    formats: [],
    formatNote: 'The UKPHR number format has not been researched, so it is not checked.',
    confidence: 'U',
    sources: [UKPHR_REGISTER],
  },
};

export const REGULATOR_IDS = Object.keys(REGULATORS) as RegulatorId[];

/** The regulator with this id; exact first, then ignoring case ("gphc"). */
export function regulatorById(id: string | undefined): Regulator | undefined {
  if (!id) return undefined;
  const t = id.trim();
  if ((REGULATOR_IDS as string[]).includes(t)) return REGULATORS[t as RegulatorId];
  const lower = t.toLowerCase();
  const found = REGULATOR_IDS.find((r) => r.toLowerCase() === lower);
  return found ? REGULATORS[found] : undefined;
}

export interface NumberCheck {
  /** Whether the number is acceptable. Always true for a format we have not confirmed. */
  ok: boolean;
  /** What a number of this regulator looks like, in plain English. */
  expected: string;
  /** Whether the format was actually tested (false for unconfirmed formats and unknown regulators). */
  checked: boolean;
  /** The format the number matched, if any. */
  matched?: NumberFormat;
}

/**
 * Tests a registration number against its regulator's format(s). Spaces are ignored and letters
 * compared in upper case ("pyl 12345" is PYL12345). An empty number never passes. An unknown
 * regulator, or one whose format is not confirmed, accepts any non-empty number.
 */
export function validateRegistrationNumber(regulator: string | Regulator | undefined, number: string | number | undefined): NumberCheck {
  const reg = typeof regulator === 'string' || regulator === undefined ? regulatorById(regulator) : regulator;
  const raw = number === undefined || number === null ? '' : String(number);
  const n = normaliseNumber(raw);
  if (!reg) return { ok: n !== '', expected: 'a registration number', checked: false };
  if (reg.formats.length === 0 || reg.confidence === 'U') {
    return { ok: n !== '', expected: reg.formatNote, checked: false };
  }
  const expected = describeFormats(reg.formats);
  const matched = reg.formats.find((f) => f.pattern.test(n));
  return { ok: matched !== undefined, expected, checked: true, matched };
}

export function normaliseNumber(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

function describeFormats(formats: NumberFormat[]): string {
  return formats.map((f) => f.description).join('; or ');
}

export interface ProfessionExpectation {
  /** Regulators that can hold this profession's registration; empty means no particular one. */
  regulators: RegulatorId[];
  /** Whether practising the profession in England needs registration with one of them. */
  registrationRequired: boolean;
  /** A narrower number format for the profession within its regulator (HCPC code, GPhC prefix). */
  number?: { regulator: RegulatorId; pattern: RegExp; description: string };
  /** Plain English, e.g. "pharmacists register with the GPhC (or the PSNI in Northern Ireland)". */
  summary: string;
}

const HCPC_CODE: Record<string, { code: string; title: string }> = {
  art_therapy: { code: 'AS', title: 'arts therapists' },
  drama_therapy: { code: 'AS', title: 'arts therapists' },
  music_therapy: { code: 'AS', title: 'arts therapists' },
  dietetics: { code: 'DT', title: 'dietitians' },
  occupational_therapy: { code: 'OT', title: 'occupational therapists' },
  operating_department_practice: { code: 'ODP', title: 'operating department practitioners' },
  orthoptics: { code: 'OR', title: 'orthoptists' },
  paramedic: { code: 'PA', title: 'paramedics' },
  physiotherapy: { code: 'PH', title: 'physiotherapists' },
  podiatry: { code: 'CH', title: 'podiatrists' },
  prosthetics_and_orthotics: { code: 'PO', title: 'prosthetists and orthotists' },
  diagnostic_radiography: { code: 'RA', title: 'radiographers' },
  therapeutic_radiography: { code: 'RA', title: 'radiographers' },
  speech_and_language_therapy: { code: 'SL', title: 'speech and language therapists' },
};

const hcpcNumber = (codes: string[], title: string) => ({
  regulator: 'HCPC' as const,
  pattern: new RegExp(`^(${codes.join('|')})\\d{1,6}$`),
  description: `${title} have HCPC numbers starting ${codes.join(' or ')}`,
});

/**
 * Which regulator(s) a profession registers with (catalogue §11, "Role → expected regulator"),
 * whether registration is needed to practise, and any narrower number format.
 */
export function professionExpectation(profession: string | undefined, alliedHealthProfession?: string): ProfessionExpectation | undefined {
  switch (profession) {
    case 'medicine':
      return { regulators: ['GMC'], registrationRequired: true, summary: 'doctors register with the General Medical Council (GMC)' };
    case 'general_practice':
      return { regulators: ['GMC'], registrationRequired: true, summary: 'GPs are doctors and register with the General Medical Council (GMC)' };
    case 'nursing':
      return { regulators: ['NMC'], registrationRequired: true, summary: 'nurses register with the Nursing and Midwifery Council (NMC)' };
    case 'midwifery':
      return { regulators: ['NMC'], registrationRequired: true, summary: 'midwives register with the Nursing and Midwifery Council (NMC)' };
    case 'nursing_associate':
      return { regulators: ['NMC'], registrationRequired: true, summary: 'nursing associates register with the Nursing and Midwifery Council (NMC)' };
    case 'allied_health': {
      if (alliedHealthProfession === 'osteopathy') {
        return { regulators: ['GOsC'], registrationRequired: true, summary: 'osteopaths register with the General Osteopathic Council (GOsC)' };
      }
      const code = alliedHealthProfession ? HCPC_CODE[alliedHealthProfession] : undefined;
      if (code) {
        return {
          regulators: ['HCPC'],
          registrationRequired: true,
          number: hcpcNumber([code.code], code.title),
          summary: `${code.title} register with the Health and Care Professions Council (HCPC)`,
        };
      }
      // An unnamed or "other" allied health profession: most are HCPC, osteopaths GOsC, chiropractors GCC.
      return {
        regulators: ['HCPC', 'GOsC', 'GCC'],
        registrationRequired: false,
        summary: 'allied health professionals register with the Health and Care Professions Council (HCPC); osteopaths with the GOsC and chiropractors with the GCC',
      };
    }
    case 'psychology':
      return {
        regulators: ['HCPC'],
        registrationRequired: true,
        number: hcpcNumber(['PYL'], 'practitioner psychologists'),
        summary: 'practitioner psychologists register with the Health and Care Professions Council (HCPC)',
      };
    case 'healthcare_science':
      return {
        regulators: ['HCPC'],
        registrationRequired: false,
        number: hcpcNumber(['CS', 'BS', 'HAD'], 'clinical scientists, biomedical scientists and hearing aid dispensers'),
        summary: 'clinical and biomedical scientists register with the Health and Care Professions Council (HCPC); other healthcare scientists may be on an accredited register',
      };
    case 'pharmacy':
      return {
        regulators: ['GPhC', 'PSNI'],
        registrationRequired: true,
        number: { regulator: 'GPhC', pattern: /^2\d{6}$/, description: 'pharmacists have GPhC numbers of 7 digits starting with 2' },
        summary: 'pharmacists register with the General Pharmaceutical Council (GPhC), or the Pharmaceutical Society of Northern Ireland (PSNI)',
      };
    case 'pharmacy_technician':
      return {
        regulators: ['GPhC'],
        registrationRequired: true,
        number: { regulator: 'GPhC', pattern: /^5\d{6}$/, description: 'pharmacy technicians have GPhC numbers of 7 digits starting with 5' },
        summary: 'pharmacy technicians register with the General Pharmaceutical Council (GPhC)',
      };
    case 'dentistry':
      return { regulators: ['GDC'], registrationRequired: true, summary: 'dentists and dental care professionals register with the General Dental Council (GDC)' };
    case 'optometry':
      return { regulators: ['GOC'], registrationRequired: true, summary: 'optometrists and dispensing opticians register with the General Optical Council (GOC)' };
    case 'social_work':
      return { regulators: ['SWE'], registrationRequired: true, summary: 'social workers in England register with Social Work England (SWE), not the HCPC since December 2019' };
    case 'public_health':
      return {
        regulators: ['UKPHR', 'GMC', 'NMC', 'GDC'],
        registrationRequired: false,
        summary: 'public health specialists are on the UK Public Health Register (UKPHR) or, from a clinical background, the GMC, NMC or GDC',
      };
    case 'social_care':
    case 'other':
    default:
      return undefined;
  }
}

/** The regulator(s) a profession registers with; empty when there is no particular one. */
export function expectedRegulators(profession: string | undefined, alliedHealthProfession?: string): RegulatorId[] {
  return professionExpectation(profession, alliedHealthProfession)?.regulators ?? [];
}

interface HasRegistration {
  registration?: Registration;
  profession?: Scalar<string>;
}

/**
 * Whether a person holds a stated registration with a statutory regulator of a health profession
 * (GMC, NMC, HCPC, GPhC, PSNI, GDC, GOC, GOsC, GCC): a regulator and a non-empty number. The
 * number's format is ICS-REG-001's business, not this question's.
 */
export function isRegisteredClinician(person: HasRegistration | undefined): boolean {
  const reg = regulatorById(str(person?.registration?.regulator));
  if (!reg || !reg.statutory || !reg.health) return false;
  return normaliseNumber(str(person?.registration?.number) ?? '') !== '';
}

/** Like isRegisteredClinician, but care professionals count too (Social Work England, UKPHR). */
export function isRegisteredProfessional(person: HasRegistration | undefined): boolean {
  const reg = regulatorById(str(person?.registration?.regulator));
  if (!reg) return false;
  return normaliseNumber(str(person?.registration?.number) ?? '') !== '';
}

function str(s: Scalar<unknown> | undefined): string | undefined {
  if (!s || s.value === null || s.value === undefined) return undefined;
  const t = String(s.value).trim();
  return t === '' ? undefined : t;
}
