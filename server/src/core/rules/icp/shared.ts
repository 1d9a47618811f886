import type { Anchor, RuleContext } from '../framework';
import type { IntegratedCarePartnership } from '../../model/kinds';
import type { Loc } from '../../model/spec';
import { items, text } from '../../model/query';
import { areaCouncils, isIcbRef, lookupIcb, responsibleCouncils, sameName, type Council, type IcbLookup, type IcbRef } from '../place/system';

/** What the ICP rules know about the partnership's ICB and its councils. */
export interface IcpView {
  icp: IntegratedCarePartnership;
  lookup: IcbLookup;
  /** The ICB constitution the partnership names, when it is among the documents. */
  icb?: IcbRef;
  /** The id the partnership names (`icb:`). */
  icbId?: string;
  /** Whether a value names the ICB (`icb`, its id or name). */
  isIcb(v: string | undefined): boolean;
  /**
   * The councils that must set up the partnership and appoint a member: from the ICB's area when
   * it is known; otherwise the councils the partnership itself lists in `established_by`.
   */
  responsible: { name: string; council?: Council; loc?: Loc }[];
  /** The councils of the ICB's area (empty when the ICB is not known or its file lists none). */
  area: Council[];
  /** Whether the councils of the ICB's area are known (the ICB file is checked too and lists them). */
  areaKnown: boolean;
  /** Where a finding about the whole partnership points. */
  anchor: Anchor;
}

export function icpView(ctx: RuleContext): IcpView {
  const icp = ctx.icp!;
  const lookup = lookupIcb(ctx, icp.icb);
  const icb = lookup.kind === 'found' ? lookup.icb : undefined;
  const icbId = text(icp.icb);
  const isIcb = (v: string | undefined) => isIcbRef(v, icb?.model, icbId);
  const area = icb ? areaCouncils(icb.model) : [];
  let responsible: IcpView['responsible'];
  if (icb && area.length > 0) {
    responsible = responsibleCouncils(icb.model).map((c) => ({ name: c.name, council: c, loc: c.loc }));
  } else {
    const seen: string[] = [];
    responsible = [];
    for (const e of icp.established_by?.items ?? []) {
      const name = String(e.value).trim();
      if (name === '' || isIcb(name) || seen.some((s) => sameName(s, name))) continue;
      // Without the ICB file the council types are unknown; a district council says so in its name.
      if (/\bdistrict council\b/i.test(name)) continue;
      seen.push(name);
      responsible.push({ name, loc: e.loc });
    }
  }
  return { icp, lookup, icb, icbId, isIcb, responsible, area, areaKnown: area.length > 0, anchor: icp.name?.loc ?? ctx.documentAnchor };
}

/** Whether a list of names includes a council (by name as people write it). */
export function names(list: { items: { value: string }[] } | undefined, name: string): boolean {
  return (list?.items ?? []).some((x) => sameName(String(x.value), name));
}


