import { cite } from '../citations';
import type { Citation } from '../../types';

/**
 * Sources for §9 (people and communities; the VCSE partnership). Keys and confidence marks follow
 * the rule catalogue (§12).
 *
 * The catalogue's own source for ICS-PEOPLE-001/003 and ICS-VCSE-001 is NHS England's ICS
 * implementation guidance of September 2021, read through a Croner-i summary (October 2021) that
 * has no public address. The statutory guidance of 2022 replaced that guidance and carries its
 * expectations; where we cite it for something only the 2021 summary was read for, the mark is I.
 */

/** [WPC-STAT] Working in partnership with people and communities: statutory guidance (2022). */
export const WPC_STAT = cite(
  'NHS England, Working in partnership with people and communities: statutory guidance (2022)',
  'the 10 principles',
  'https://www.england.nhs.uk/long-read/working-in-partnership-with-people-and-communities-statutory-guidance/',
  'V',
);

/** [CM-PRINC] Cheshire and Merseyside's list of the ten principles, in the catalogue's numbering. */
export const CM_PRINC = cite(
  'Cheshire and Merseyside ICS, Involving people and communities',
  'the ten principles for working with people and communities',
  'https://sthelensccg.nhs.uk/integrated-care/involving-people-and-communities/',
  'V',
);

/** [NENC] North East and North Cumbria ICB governance statement on public involvement. */
export const NENC = cite(
  'NHS North East and North Cumbria ICB, Governance',
  'constitution statement on public involvement',
  'https://northeastnorthcumbria.nhs.uk/get-involved/governance/',
  'V',
);

/** [VONNE] VONNE on the VCSE memorandum of understanding, quoting the statutory guidance. */
export const VONNE = cite(
  'VONNE, Explaining the memorandum of understanding between the VCSE sector and the ICB',
  'formal agreement embedding the VCSE sector in system governance (quoting the statutory guidance)',
  'https://www.vonne.org.uk/explaining-mou-between-vcse-sector-and-icb',
  'V',
);

/** [SHARED-PURPOSE] On VCSE partnership agreements that NHS England requires. */
export const SHARED_PURPOSE = cite(
  'Shared Purpose, Partnership agreements',
  'NHS England requires a VCSE partnership agreement',
  'https://www.sharedpurpose.co.uk/articles/partnership-agreements',
  'V',
);
