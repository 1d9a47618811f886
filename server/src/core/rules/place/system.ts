import type { YAMLSeq } from 'yaml';
import type { Anchor, RuleContext, SystemDoc } from '../framework';
import type { IcbConstitution, Place } from '../../model/kinds';
import { items, nearMiss, text } from '../../model/query';
import type { Loc, Scalar } from '../../model/spec';

/**
 * Helpers the place (§7) and ICP (§8) rules share: how a place or partnership file finds its ICB
 * among the documents checked together, the councils of the ICB's area, and the places a document
 * holds (inline `places[]` of a constitution, or a whole place-partnership file).
 *
 * Decision for files checked without their ICB: a file's findings must not change because
 * unrelated files sit beside it. When the ICB a place or partnership file names is not among the
 * documents — whether it is checked alone or beside other ICBs' constitutions — the rules that
 * compare it with its ICB say nothing, and ICS-SYS-003 notes once (information) that it was checked
 * without its ICB. Only a near miss of an ICB that is among the documents (a typo, `nhs-exmaple`)
 * is reported as a wrong reference, in the file that refers, with a related location in the ICB
 * file. A missing `icb:` is a gap in the file itself, whatever else is checked with it.
 */

/** Compares names of bodies as people write them: case, spacing, "&", a leading "the". */
export function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[.,']/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

export function sameName(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && norm(a) === norm(b);
}

/** Council types with social care responsibility: the "responsible local authorities" of s.116ZA. */
export const RESPONSIBLE_TYPES: ReadonlySet<string> = new Set(['county', 'unitary', 'metropolitan_borough', 'london_borough', 'sui_generis']);

export interface Council {
  name: string;
  /** `county`, `unitary`, …; undefined when the ICB file does not say. */
  type?: string;
  loc: Loc;
}

/** The local authorities of the ICB's area (`icb.area.local_authorities`), with names. */
export function areaCouncils(icb: IcbConstitution): Council[] {
  return items(icb.icb?.area?.local_authorities).flatMap((la) => {
    const name = text(la.name);
    return name ? [{ name, type: text(la.type), loc: la.loc }] : [];
  });
}

/** Councils of the area that must set up the ICP and appoint a member (type known and upper-tier/unitary). */
export function responsibleCouncils(icb: IcbConstitution): Council[] {
  return areaCouncils(icb).filter((c) => c.type !== undefined && RESPONSIBLE_TYPES.has(c.type));
}

export function findCouncil(councils: Council[], name: string): Council | undefined {
  return councils.find((c) => sameName(c.name, name));
}

/** Whether a value names the ICB: `icb`, its id, its name or its legal name. */
export function isIcbRef(value: string | undefined, icb?: IcbConstitution, icbId?: string): boolean {
  if (value === undefined) return false;
  const v = norm(value);
  // `norm` has taken off a leading "the": "the ICB" is `icb` here.
  if (v === 'icb' || v === 'integrated care board') return true;
  const names = [icbId, text(icb?.icb?.id), text(icb?.icb?.name), text(icb?.icb?.legal_name)];
  return names.some((n) => n !== undefined && norm(n) === v);
}

/** A short name for an ICB in messages. */
export function icbLabel(icb: IcbConstitution): string {
  return text(icb.icb?.name) ?? text(icb.icb?.id) ?? 'the ICB';
}

/** The ICB a document belongs to. `uri` is set only when it is in another file (for `related`). */
export interface IcbRef {
  model: IcbConstitution;
  doc: SystemDoc<IcbConstitution>;
  uri?: string;
}

export type IcbLookup =
  /** The document's `icb:` names an ICB constitution among the documents. */
  | { kind: 'found'; icb: IcbRef; ref: Scalar<string> }
  /** The document has no `icb:` (reported whether or not an ICB constitution is among the documents). */
  | { kind: 'no-reference' }
  /** The id is a near miss of an ICB constitution among the documents (a typo). */
  | { kind: 'unknown'; id: string; ref: Scalar<string>; suggestion: string }
  /** The ICB it names is not among the documents: nothing can be said about it (see above). */
  | { kind: 'alone'; id: string; ref: Scalar<string> };

export function lookupIcb(ctx: RuleContext, ref: Scalar<string> | undefined): IcbLookup {
  const id = text(ref);
  // A missing `icb:` is a gap in the file itself, whatever else is checked with it.
  if (!id || !ref) return { kind: 'no-reference' };
  const doc = ctx.system.icbById(id);
  if (!doc) {
    const suggestion = nearMiss(id, knownIcbIds(ctx));
    return suggestion ? { kind: 'unknown', id, ref, suggestion } : { kind: 'alone', id, ref };
  }
  return { kind: 'found', icb: { model: doc.model, doc, uri: doc.uri === ctx.uri ? undefined : doc.uri }, ref };
}

/** The ids of the ICB constitutions among the documents, for "did you mean" messages. */
export function knownIcbIds(ctx: RuleContext): string[] {
  return ctx.system.icbs.map((d) => text(d.model.icb?.id)).filter((x): x is string => x !== undefined);
}

/** Where an ICB declares its id, for related locations. */
export function icbIdAnchor(icb: IcbConstitution): Anchor {
  return icb.icb?.id?.loc ?? icb.icb?.loc ?? icb.loc;
}

/** One place as a rule sees it, wherever it is written. */
export interface PlaceView {
  place: Place;
  /** Path of the place in its document, for `ctx.editor.addAtPath` (empty for a place file). */
  path: (string | number)[];
  /** `the place "Example City"`. */
  label: string;
  /** Where a finding about the whole place points. */
  anchor: Anchor;
  /** True for a place-partnership file, false for an entry of a constitution's `places:`. */
  standalone: boolean;
  /** The ICB the place belongs to, when known. */
  owner?: IcbRef;
  /** How the owner was looked up (place files only). */
  lookup?: IcbLookup;
}

export function placeLabel(place: Place, fallback: string): string {
  const name = text(place.name) ?? text(place.id);
  return name ? `the place "${name}"` : fallback;
}

/** The places of the document: a constitution's `places:` entries, or the place-partnership file itself. */
export function placeViews(ctx: RuleContext): PlaceView[] {
  if (ctx.icb) {
    const icb = ctx.icb;
    const list = icb.places;
    if (!list) return [];
    const seq = list.loc.node as YAMLSeq;
    const self = ctx.system.icbs.find((d) => d.model === icb);
    return list.items.map((place, i) => {
      const index = seq.items.indexOf(place.loc.node);
      return {
        place,
        path: ['places', index >= 0 ? index : i],
        label: placeLabel(place, `place ${i + 1}`),
        anchor: place.loc,
        standalone: false,
        owner: self ? { model: icb, doc: self } : undefined,
      };
    });
  }
  if (ctx.place) {
    const place = ctx.place;
    const lookup = lookupIcb(ctx, place.icb);
    return [
      {
        place,
        path: [],
        label: placeLabel(place, 'this place partnership'),
        anchor: place.name?.loc ?? place.id?.loc ?? ctx.documentAnchor,
        standalone: true,
        owner: lookup.kind === 'found' ? lookup.icb : undefined,
        lookup,
      },
    ];
  }
  return [];
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A list in prose: "a, b and c". */
export function prose(list: string[]): string {
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/** The non-empty strings of a list of names. */
export function present(list: { items: Scalar<string>[] } | undefined): string[] {
  return list ? list.items.map((s) => String(s.value).trim()).filter((s) => s !== '') : [];
}

/**
 * Whether the map at `loc` has `key` with a value the model could not read (e.g. a string where a
 * list belongs). The schema reports that; rules then say nothing about the key being missing.
 */
export function unreadable(model: { loc: Loc } & Record<string, unknown>, key: string): boolean {
  if (model[key] !== undefined) return false;
  const node = model.loc.node as { items?: { key?: { value?: unknown }; value?: { value?: unknown; items?: unknown[] } | null }[] };
  const pair = node.items?.find((p) => p.key?.value === key);
  if (!pair || pair.value === null || pair.value === undefined) return false;
  // A list or a map has no scalar value: only a scalar where a list belongs is unreadable.
  const v = pair.value;
  return v.value !== null && v.value !== undefined && v.value !== '';
}
