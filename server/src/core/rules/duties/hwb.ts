import type { IcbConstitution } from '../../model/kinds';
import { norm, responsibleCouncils, sameName, type Council } from '../place/system';

/**
 * The councils of the ICB's area that have a health and wellbeing board: those with social care
 * responsibility (county, unitary, metropolitan borough, London borough, sui generis), including a
 * council only partly in the area, whose board the ICB also sits on (HSCA 2012 s.194(2)(f)).
 */
export function councilsWithHwb(icb: IcbConstitution): Council[] {
  return responsibleCouncils(icb);
}

/**
 * The councils of `councils` that no name in `names` matches (names as people write them: the
 * council's name, or its board's, "Kent County Council Health and Wellbeing Board.").
 */
export function notNamed(councils: Council[], names: string[]): Council[] {
  return councils.filter((c) => !names.some((n) => sameName(norm(n).replace(/ health and wellbeing board$/, ''), c.name)));
}
