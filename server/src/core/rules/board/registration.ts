import type { BoardMember, IcbConstitution } from '../../model/kinds';
import { memberLabel, text } from '../../model/query';
import { executivePositions } from '../../model/composition';
import { board } from '../positions';
import { REGULATORS, type RegulatorId } from '../../regulators';
import type { Fix } from '../../types';
import type { Report, RuleContext } from '../framework';
import { memberPath } from './util';

/** What ICS-EXEC-004/005 need to know about the registration a clinical executive must hold. */
export interface SeatRegistration {
  fn: 'medical' | 'nursing';
  /** "medical director" */
  seat: string;
  regulator: RegulatorId;
  /** "a registered medical practitioner" */
  requirement: string;
  /** The source in words, ending without a full stop. */
  source: string;
}

/**
 * Findings about the registration of each executive with `seat.fn`: none recorded, another
 * regulator, or a registration without its number. Further checks come from `extra`.
 */
export function checkSeatRegistration(
  ctx: RuleContext,
  seat: SeatRegistration,
  extra: (m: BoardMember, report: (r: Report) => void) => void,
): void {
  const icb = ctx.icb!;
  const regName = `${REGULATORS[seat.regulator].name} (${seat.regulator})`;
  // A registration is a person's: the members who hold the seat (a seat with no holder has nobody to check).
  for (const h of executivePositions(board(ctx), seat.fn).flatMap((p) => p.holders)) {
    const m = h.member;
    const who = `The ${seat.seat}, ${memberLabel(m)},`;
    const reg = m.registration;
    const regulator = text(reg?.regulator);
    const number = text(reg?.number);
    const requirement = `${seat.source} expects the ${seat.seat} to be ${seat.requirement}, on the register of the ${regName}`;
    if (!regulator && !number) {
      const edit = addToMember(ctx, icb, m, reg ? ['registration', 'regulator'] : ['registration'], reg ? seat.regulator : { regulator: seat.regulator, number: 'TODO' });
      ctx.report({
        message: `${who} has no professional registration recorded. ${requirement}: add \`registration: {regulator: ${seat.regulator}, number: …}\`.`,
        at: reg?.loc ?? m.loc,
        fixes: fixList(edit, `Add ${memberLabel(m)}'s ${seat.regulator} registration (number to fill in)`),
      });
      continue;
    }
    if (!regulator) {
      const edit = addToMember(ctx, icb, m, ['registration', 'regulator'], seat.regulator);
      ctx.report({
        message: `${who} has a registration number but no regulator. ${requirement}: add \`regulator: ${seat.regulator}\`.`,
        at: reg!.loc,
        fixes: fixList(edit, `Record the regulator as ${seat.regulator}`),
      });
      continue;
    }
    if (regulator !== seat.regulator) {
      ctx.report({
        message: `${who} is registered with the ${regulator}, not the ${regName}. ${requirement}. Check the registration, or whether this member holds the ${seat.seat} seat.`,
        at: reg!.regulator!.loc,
        related: h.declared('function') ? [{ message: `${seat.seat} seat declared here`, at: h.declared('function')!.loc }] : undefined,
      });
      continue;
    }
    if (!number) {
      const edit = addToMember(ctx, icb, m, ['registration', 'number'], 'TODO');
      ctx.report({
        message: `${who} is recorded with the ${seat.regulator} but without a registration number. ${requirement}: record the ${seat.regulator} number so it can be checked on the register.`,
        at: reg!.loc,
        fixes: fixList(edit, `Add the ${seat.regulator} number (to fill in)`),
      });
      continue;
    }
    extra(m, (r) => ctx.report(r));
  }
}

function addToMember(ctx: RuleContext, icb: IcbConstitution, m: BoardMember, keys: string[], value: unknown) {
  const path = memberPath(icb, m);
  return path ? ctx.editor.addAtPath([...path, ...keys], value) : undefined;
}

function fixList(edit: ReturnType<typeof addToMember>, title: string): Fix[] | undefined {
  return edit ? [{ title, safe: false, edits: [edit] }] : undefined;
}
