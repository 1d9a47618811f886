import type { IcbConstitution, Officer } from '../../model/kinds';
import { linkGiven } from '../../model/query';
import { boardRole, governanceOf, type Ref } from '../../model/governance';
import type { RuleContext } from '../framework';
import type { Fix } from '../../types';

/**
 * Shared by the §15 rules (named officers). Officer rules are opt-in (issue 13, decision 3): they
 * judge `officers` only when the constitution declares it, since approved constitutions keep these
 * roles in policies and web pages. With `officers.recorded_in`, a missing officer is left to that
 * document; what the constitution does state is still checked.
 */

export function officersOf(icb: IcbConstitution): { officers: NonNullable<IcbConstitution['officers']>; byReference: boolean } | undefined {
  const officers = icb.officers;
  if (!officers) return undefined;
  return { officers, byReference: linkGiven(officers.recorded_in) };
}

/** The holder of an officer role, resolved (`undefined` when the role is not filled). */
export function holderOf(icb: IcbConstitution, o: Officer | undefined): Ref | undefined {
  return o ? governanceOf(icb).resolve(o.holder) : undefined;
}

/** Whether a holder is known to be an executive (true), known not to be (false), or not known. */
export function isExecutive(r: Ref | undefined, o?: Officer): boolean | undefined {
  const role = boardRole(r);
  if (role) return role === 'executive' || role === 'chief_executive';
  if (r?.kind === 'post' && o?.board_level?.value === false) return false;
  return undefined;
}

/** Whether a holder is known to be a non-executive (the chair counts), known not to be, or not known. */
export function isNonExecutive(r: Ref | undefined): boolean | undefined {
  const role = boardRole(r);
  if (role) return role === 'non_executive' || role === 'chair';
  return undefined;
}

/** A fix that adds an officer role with a post to fill in (a board member or seat id may replace it). */
export function addOfficer(ctx: RuleContext, keys: string[], holder: unknown = { title: 'TODO' }): Fix[] | undefined {
  const edit = ctx.editor.addAtPath(['officers', ...keys], { holder });
  return edit ? [{ title: typeof holder === 'string' ? `Name \`${holder}\` (check first)` : `Add \`${keys[keys.length - 1]}\` (holder to fill in)`, safe: false, edits: [edit] }] : undefined;
}

/** One fix that adds several officer roles under `officers` (or one of its maps), each with a post to fill in. */
export function addOfficers(ctx: RuleContext, under: string[], keys: string[], underExists = true): Fix[] | undefined {
  const placeholder = () => ({ holder: { title: 'TODO' } });
  // Missing maps on the way are created once, with every role in them.
  const edits = underExists ? keys.map((k) => ctx.editor.addAtPath(['officers', ...under, k], placeholder())) : [ctx.editor.addAtPath(['officers', ...under], Object.fromEntries(keys.map((k) => [k, placeholder()])))];
  if (edits.length === 0 || edits.some((e) => e === undefined)) return undefined;
  return [{ title: `Add ${keys.map((k) => `\`${k}\``).join(', ')} (${keys.length === 1 ? 'holder' : 'holders'} to fill in)`, safe: false, edits: edits as NonNullable<(typeof edits)[number]>[] }];
}

export const HEAD = `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
`;
