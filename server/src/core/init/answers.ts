import type { FrameworkId } from '../types';

/**
 * What `ics-check init` and the editor's "New constitution" command ask, and how the answers are
 * read from a flag or an input box. The generator (./generate) turns answers into files.
 */

/** Local authority types of the format (`icb.area.local_authorities[].type`). */
export const COUNCIL_TYPES = ['county', 'unitary', 'metropolitan_borough', 'london_borough', 'district', 'sui_generis'] as const;
export type CouncilType = (typeof COUNCIL_TYPES)[number];

export interface Council {
  name: string;
  type: CouncilType;
}

export interface InitAnswers {
  /** The ICB's name as the user gives it ("NHS Example ICB"); the legal name is made from it. */
  icbName?: string;
  /** The councils of the ICB's area; none: one council to fill in. */
  councils: Council[];
  /** The places (place-based partnerships) by name; none: no places yet. */
  places: string[];
  /** Also write the integrated care partnership's file. */
  partnership: boolean;
  /** Write each place in a file of its own (`places/<id>.yaml`) instead of in the constitution. */
  placeFiles: boolean;
  /** The legal framework the constitution is drafted for. */
  framework?: FrameworkId;
}

/** A problem with an answer, in words for the person who gave it. */
export class AnswerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnswerError';
  }
}

/**
 * The ICB's legal name and id from what the user typed: "NHS Example ICB", "Example" and "NHS
 * Example Integrated Care Board" all give "NHS Example Integrated Care Board" and `nhs-example`
 * (every legal name in the ICBs (Establishment) Order 2022 has the form "NHS … Integrated Care Board").
 */
export function icbNames(typed: string | undefined): { name?: string; id?: string; core?: string } {
  const core = (typed ?? '')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/\s+(integrated care board|icb)$/i, '')
    .replace(/^nhs\s+/i, '')
    .trim();
  if (!core) return {};
  return { name: `NHS ${core} Integrated Care Board`, id: slug(`nhs ${core}`), core };
}

/** A lower-case id (`a-z`, digits, single hyphens) from a name. */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The type a council's name shows, when it shows one ("Exampleshire County Council" → county). */
export function councilTypeFromName(name: string): CouncilType | undefined {
  const n = name.toLowerCase();
  if (/\bcounty council\b/.test(n)) return 'county';
  if (/\bdistrict council\b/.test(n)) return 'district';
  if (/\bmetropolitan borough council\b/.test(n)) return 'metropolitan_borough';
  if (/^london borough of\b|\blondon borough council\b/.test(n)) return 'london_borough';
  if (/\bcity of london corporation\b|\bisles of scilly\b/.test(n)) return 'sui_generis';
  return undefined;
}

/** A council type as typed ("unitary", "Metropolitan borough", "london-borough"). */
export function councilType(typed: string): CouncilType | undefined {
  const t = typed.trim().toLowerCase().replace(/[\s-]+/g, '_');
  return (COUNCIL_TYPES as readonly string[]).includes(t) ? (t as CouncilType) : undefined;
}

/**
 * Councils from a list such as `"Exampleshire County Council:county, Example City Council:unitary"`:
 * separated by commas or semicolons, each `name:type`; the type may be left out when the name shows
 * it. Throws {@link AnswerError} naming what is wrong.
 */
export function parseCouncils(list: string): Council[] {
  const out: Council[] = [];
  for (const part of list.split(/[;,]/).map((p) => p.trim()).filter(Boolean)) {
    const colon = part.lastIndexOf(':');
    const name = (colon > 0 ? part.slice(0, colon) : part).trim();
    const typed = colon > 0 ? part.slice(colon + 1).trim() : '';
    const type = typed ? councilType(typed) : councilTypeFromName(name);
    if (!name) throw new AnswerError(`a council needs a name ("${part}")`);
    if (!type) {
      throw new AnswerError(
        typed
          ? `"${typed}" is not a type of council: use one of ${COUNCIL_TYPES.join(', ')} (e.g. "${name}:unitary")`
          : `say what type of council "${name}" is: "${name}:unitary" (${COUNCIL_TYPES.join(', ')})`,
      );
    }
    if (out.some((c) => c.name.toLowerCase() === name.toLowerCase())) throw new AnswerError(`"${name}" is given twice`);
    out.push({ name, type });
  }
  return out;
}

/** Place names from a list such as `"North, South"`. */
export function parsePlaces(list: string): string[] {
  const out: string[] = [];
  for (const name of list.split(/[;,]/).map((p) => p.trim().replace(/\s+/g, ' ')).filter(Boolean)) {
    if (!slug(name)) throw new AnswerError(`"${name}" cannot be made into an id: give the place a name with letters or digits`);
    if (out.some((p) => slug(p) === slug(name))) throw new AnswerError(`the place "${name}" is given twice`);
    out.push(name);
  }
  return out;
}
