import type { IcbConstitution } from '../../model/kinds';
import { responsibleCouncils, sameName, type Council } from '../place/system';

/**
 * The councils of the ICB's area that have a health and wellbeing board: those with social care
 * responsibility (county, unitary, metropolitan borough, London borough, sui generis), including a
 * council only partly in the area, whose board the ICB also sits on (HSCA 2012 s.194(2)(f)).
 */
export function councilsWithHwb(icb: IcbConstitution): Council[] {
  return responsibleCouncils(icb);
}

/** The councils of `councils` that no name in `names` matches (names as people write them). */
export function notNamed(councils: Council[], names: string[]): Council[] {
  return councils.filter((c) => !names.some((n) => sameName(n, c.name) || sameName(n.replace(/\s+health and wellbeing board$/i, ''), c.name)));
}
