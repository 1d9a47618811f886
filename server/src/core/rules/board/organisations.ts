import type { IcbConstitution } from '../../model/kinds';
import type { Loc } from '../../model/spec';
import { boardMembers, items, text } from '../../model/query';
import type { RuleContext } from '../framework';

/** A health or care organisation of the system, as named somewhere in its documents. */
export interface KnownOrganisation {
  name: string;
  /** Where it is named, and in which document (undefined: this one). */
  loc: Loc;
  uri?: string;
}

type Named = { value: string; loc: Loc } | undefined;

/**
 * The organisations named in the ICB's documents: its local authorities, the bodies that nominate
 * partner members, place partners, provider collaboratives, the VCSE alliance, and the members of
 * its integrated care partnership and place files. Used to test the independence of the chair and
 * non-executives (ICS-NED-002). Names too short to match safely, and the ICB itself, are left out.
 */
export function knownOrganisations(ctx: RuleContext): KnownOrganisation[] {
  const icb = ctx.icb!;
  const out: KnownOrganisation[] = [];
  const add = (s: Named, uri?: string) => {
    if (s && s.value.trim().length >= 6) out.push({ name: s.value.trim(), loc: s.loc, uri });
  };
  collectFromIcb(icb, (s) => add(s));
  const icbId = text(icb.icb?.id);
  if (icbId) {
    for (const p of ctx.system.places) {
      if (p.uri === ctx.uri || text(p.model.icb) !== icbId) continue;
      collectFromPlace(p.model, (s) => add(s, p.uri));
    }
    for (const icp of ctx.system.icps) {
      if (icp.uri === ctx.uri || text(icp.model.icb) !== icbId) continue;
      for (const e of items(icp.model.established_by)) add(e, icp.uri);
      for (const m of items(icp.model.members)) add(m.appointed_by, icp.uri);
    }
  }
  const own = new Set([text(icb.icb?.name), text(icb.icb?.legal_name), icbId].filter((x): x is string => !!x).map(normalise));
  // District councils have no health or social care responsibilities.
  const districts = new Set(items(icb.icb?.area?.local_authorities).filter((la) => text(la.type) === 'district').map((la) => normalise(text(la.name) ?? '')));
  return out.filter((o) => !own.has(normalise(o.name)) && !GENERIC.has(normalise(o.name)) && !districts.has(normalise(o.name)));
}

const GENERIC = new Set(['icb', 'partnership', 'icb-board', 'trusts', 'local_authorities', 'primary_care']);

function collectFromIcb(icb: IcbConstitution, add: (s: Named) => void): void {
  for (const la of items(icb.icb?.area?.local_authorities)) add(la.name);
  for (const m of boardMembers(icb)) for (const n of items(m.nominated_by)) add(n);
  for (const s of items(icb.board?.seats)) for (const n of items(s.nominated_by)) add(n);
  // A member identified by post names their organisation (format 1.1).
  for (const m of boardMembers(icb)) add(m.organisation);
  for (const p of items(icb.places)) collectFromPlace(p, add);
  for (const pc of items(icb.provider_collaboratives)) add(pc.name);
  add(icb.vcse?.agreement?.alliance);
}

function collectFromPlace(p: NonNullable<IcbConstitution['places']>['items'][number], add: (s: Named) => void): void {
  for (const la of items(p.local_authorities)) add(la);
  for (const m of items(p.members)) add(m.name);
  for (const m of items(p.joint_committee?.members)) add(m.name);
  for (const a of items(p.agreed_by)) add(a);
  add(p.leadership?.convenor?.organisation);
}

/** Lower case, single spaces, "NHS FT" spelt out: enough to find an organisation's name in a post's description. */
export function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\bnhs ft\b/g, 'nhs foundation trust')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The known organisation a post description names, if any (the longest name wins). */
export function organisationIn(position: string, organisations: KnownOrganisation[]): KnownOrganisation | undefined {
  const p = normalise(position);
  let best: KnownOrganisation | undefined;
  for (const o of organisations) {
    if (p.includes(normalise(o.name)) && (!best || o.name.length > best.name.length)) best = o;
  }
  return best;
}

