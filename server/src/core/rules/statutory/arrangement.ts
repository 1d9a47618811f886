import type { RuleContext } from '../framework';
import type { Loc } from '../../model/spec';
import type { BoardEntity } from '../../model/composition';
import { roleAnchor } from '../positions';
import type { Fix, FrameworkId, TextEdit } from '../../types';
import { addUnder, appointer, arrangementView } from './helpers';

/**
 * The common check of ICS-APPT-001..003: who makes (and who approves) the chair's appointment,
 * the chair's removal and the chief executive's appointment, under the framework in force.
 * Under another framework a constitution may keep the law in force as its main arrangement and
 * add a `transitional` entry for that framework; the fix proposes exactly that.
 */
export interface LawOfArrangement {
  by: string;
  approvedBy: string;
  /** When true, saying nothing about approval is fine (the appointer approves its own decision). */
  approvalOptional?: boolean;
  /** The requirement in a sentence, with its source, e.g. "Schedule 1B paragraph 5 … says …". */
  statement: string;
}

export interface ArrangementSpec {
  field: 'appointment' | 'removal';
  /** "the chair" */
  subject: string;
  /** "appointment" / "removal" */
  noun: string;
  /** "appointed" / "removed" */
  participle: string;
  /** "appoints" / "removes" */
  verb: string;
  /**
   * When true, a constitution that says nothing about this arrangement complies: the law limits who
   * may hold the power (Schedule 1B paragraph 6, removal of the chair) without requiring it to exist.
   */
  optional?: boolean;
  law: Record<FrameworkId, LawOfArrangement>;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Checks the arrangement of a position (a seat, or the one member holding it in a document without seats). */
export function checkArrangement(ctx: RuleContext, position: BoardEntity, spec: ArrangementSpec): void {
  const law = spec.law[ctx.framework];
  const inForce = spec.law['hca-2022'];
  const differs = law.by !== inForce.by || law.approvedBy !== inForce.approvedBy;
  const arrangement = position.declared(spec.field);
  const who = position.label;

  const transitionalEntry = (): Record<string, string> => {
    const entry: Record<string, string> = { framework: ctx.framework, by: law.by };
    if (!law.approvalOptional) entry.approved_by = law.approvedBy;
    return entry;
  };

  if (!arrangement) {
    if (spec.optional) return;
    const value: Record<string, unknown> = { by: inForce.by, approved_by: inForce.approvedBy };
    if (ctx.framework !== 'hca-2022' && differs) value.transitional = [transitionalEntry()];
    const edit = addUnder(ctx, position.loc, [spec.field], value);
    ctx.report({
      message: `The constitution does not set out ${spec.subject}'s ${spec.noun} (${who}). ${law.statement}: add \`${spec.field}\` with \`by\` and \`approved_by\`.`,
      at: roleAnchor(position),
      fixes: fix(`Set out ${spec.subject}'s ${spec.noun} as the law requires`, true, edit),
    });
    return;
  }

  const view = arrangementView(arrangement, ctx.framework);
  // Under a framework other than the law in force, with no transitional provision for it: the main
  // arrangement is read as it stands, and the fix adds a transitional provision (keeping the main one).
  const viaTransitional = ctx.framework !== 'hca-2022' && !view.transitional;
  const transitionalFix = (): Fix[] | undefined =>
    fix(`Add a transitional provision for ${ctx.framework}`, false, addUnder(ctx, arrangement.loc, ['transitional'], [transitionalEntry()]));
  const note = viaTransitional
    ? ` The constitution has no transitional provision for ${ctx.framework}: add one under \`${spec.field}.transitional\`, keeping the arrangement under the law in force.`
    : '';
  const sourceLoc: Loc = view.source?.loc ?? arrangement.loc;

  const by = view.by?.value.trim();
  if (!by) {
    ctx.report({
      message: `The constitution does not say who ${spec.verb} ${spec.subject} (${who}). ${law.statement}.${note}`,
      at: sourceLoc,
      fixes: viaTransitional ? transitionalFix() : fix(`Say that ${appointer(law.by)} ${spec.verb} ${spec.subject}`, true, addUnder(ctx, sourceLoc, ['by'], law.by)),
    });
  } else if (by !== law.by) {
    ctx.report({
      message: `${cap(spec.subject)} is ${spec.participle} by ${appointer(by)} here, but ${lower(law.statement)}.${note}`,
      at: view.by!.loc,
      fixes: viaTransitional ? transitionalFix() : fix(`Change to ${appointer(law.by)}`, false, ctx.editor.replaceScalar(view.by!.loc.node, law.by)),
    });
  }

  const approvedBy = view.approvedBy?.value.trim();
  if (!approvedBy) {
    if (!law.approvalOptional) {
      ctx.report({
        message: `The constitution does not say who approves ${spec.subject}'s ${spec.noun} (${who}). ${law.statement}.${note}`,
        at: sourceLoc,
        fixes: viaTransitional
          ? transitionalFix()
          : fix(`Say that ${appointer(law.approvedBy)} approves it`, true, addUnder(ctx, sourceLoc, ['approved_by'], law.approvedBy)),
      });
    }
  } else if (approvedBy !== law.approvedBy) {
    ctx.report({
      message: `${cap(spec.subject)}'s ${spec.noun} is approved by ${appointer(approvedBy)} here, but ${lower(law.statement)}.${note}`,
      at: view.approvedBy!.loc,
      fixes: viaTransitional ? transitionalFix() : fix(`Change to ${appointer(law.approvedBy)}`, false, ctx.editor.replaceScalar(view.approvedBy!.loc.node, law.approvedBy)),
    });
  }
}

function fix(title: string, safe: boolean, edit: TextEdit | undefined): Fix[] | undefined {
  return edit ? [{ title, safe, edits: [edit] }] : undefined;
}

/** "Schedule 1B …" stays capitalised; "Under the …" becomes "under the …". */
function lower(statement: string): string {
  return /^(Under|The) /.test(statement) ? statement.charAt(0).toLowerCase() + statement.slice(1) : statement;
}
