import type { RuleContext } from '../framework';
import type { Scalar } from '../../model/spec';
import { items, text } from '../../model/query';
import { arrangementLabel, BOARD_REF, governanceReferences, type ReferenceTarget } from '../../model/governance';

/**
 * ICS-REF-001's checks of the references a constitution makes beyond the board (issue 13): joint
 * working arrangements, the scheme of reservation and delegation, the functions map, standing
 * orders, statutory duties, named officers, health and wellbeing boards, the plans, clinical and
 * care professional leadership, and Provider Selection Regime decisions. Each reference must name
 * something of the kind it may name (`governanceReferences` lists them); a post (`{title,
 * organisation}`) is never checked. The rules
 * of those sections leave an unknown id to this check, so it is reported once.
 */

interface Target {
  noun: string;
  ids: Map<string, string>;
  why?: string;
}
type CheckRef = (ctx: RuleContext, ref: Scalar<string> | undefined, where: string, target: Target) => void;

const WHY =
  'What the constitution says beyond the board — who exercises a delegated function, who decides, who leads — is only as clear as the ids it uses, which must name the committees, joint working arrangements, board members and seats it declares (a data check of this tool)';

/** A reference as an id to check, or undefined for a post or nothing. */
function asId(s: Scalar<unknown> | undefined): Scalar<string> | undefined {
  if (!s || typeof s.value !== 'string' || s.value.trim() === '') return undefined;
  return s as Scalar<string>;
}

export function checkGovernanceReferences(ctx: RuleContext, people: Map<string, string>, committees: Map<string, string>, checkRef: CheckRef): void {
  const icb = ctx.icb!;
  const arrangements = new Map<string, string>();
  const board = new Map([[BOARD_REF, 'the board']]);

  // Arrangement ids: unique, and not the id of a committee, member or seat (references could not tell them apart).
  const seen = new Map<string, Scalar<string>>();
  for (const a of items(icb.joint_working?.arrangements)) {
    const id = a.id;
    const value = text(id);
    if (!id || !value) continue;
    const first = seen.get(value);
    const clash = first ? 'another joint working arrangement' : committees.has(value) ? `the committee ${committees.get(value)}` : people.has(value) ? `the board member or seat ${people.get(value)}` : undefined;
    if (clash) {
      ctx.report({
        message: `The id \`${value}\` of ${arrangementLabel(a)} is also the id of ${clash}. References such as \`exercised_by\`, \`decided_by\` and \`reports_to\` could not tell them apart (a data check of this tool): give the arrangement another id.`,
        at: id.loc,
        related: first ? [{ message: `\`${value}\` first declared here`, at: first.loc }] : undefined,
      });
      continue;
    }
    seen.set(value, id);
    arrangements.set(value, arrangementLabel(a));
  }

  const targets = {
    bodies: { noun: 'committee (nor is it `icb-board`, the board)', ids: new Map([...board, ...committees]), why: WHY },
    committee: { noun: 'committee', ids: committees, why: WHY },
    people: { noun: 'board member or seat', ids: people, why: WHY },
    arrangement: { noun: 'joint working arrangement', ids: arrangements, why: WHY },
    jointCommittee: { noun: 'joint committee arrangement (`type: joint_committee`)', ids: new Map([...arrangements].filter(([id]) => text(items(icb.joint_working?.arrangements).find((a) => text(a.id) === id)?.type) === 'joint_committee')), why: WHY },
    deciders: { noun: 'committee, joint working arrangement, board member or seat (nor is it `icb-board`, the board)', ids: new Map([...board, ...committees, ...arrangements, ...people]), why: WHY },
  } satisfies Record<ReferenceTarget, Target>;
  for (const r of governanceReferences(icb)) checkRef(ctx, asId(r.scalar), r.where, targets[r.target]);
}
