import type { RuleContext } from '../framework';
import type { Scalar } from '../../model/spec';
import { items, text } from '../../model/query';
import { arrangementLabel, BOARD_REF } from '../../model/governance';

/**
 * ICS-REF-001's checks of the references a constitution makes beyond the board (issue 13): joint
 * working arrangements, the scheme of reservation and delegation, the functions map, standing
 * orders, statutory duties, named officers, health and wellbeing boards, the plans, clinical and
 * care professional leadership, and Provider Selection Regime decisions. Each reference must name
 * something of the kind it may name; a post (`{title, organisation}`) is never checked. The rules
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
  } satisfies Record<string, Target>;
  const check = (s: Scalar<unknown> | undefined, where: string, target: Target) => checkRef(ctx, asId(s), where, target);

  for (const a of items(icb.joint_working?.arrangements)) {
    const what = arrangementLabel(a);
    check(a.exercised_by, `The body that exercises the functions of ${what} (\`exercised_by\`)`, targets.deciders);
    check(a.icb_committee, `The ICB committee that meets in common in ${what} (\`icb_committee\`)`, targets.committee);
    check(a.overseen_by, `The body that oversees ${what} (\`overseen_by\`)`, targets.deciders);
    for (const m of items(a.icb_members)) check(m, `A member of ${what} for the ICB (\`icb_members\`)`, targets.people);
    for (const r of items(a.reports_to)) check(r, `A body ${what} reports to (\`reports_to\`)`, targets.bodies);
    check(a.pooled_fund?.manager, `The manager of the pooled fund of ${what}`, targets.people);
  }
  for (const d of items(icb.reservation_and_delegation?.delegated)) check(d.to, 'A body a decision is delegated to (`delegated[].to`)', targets.deciders);
  for (const f of items(icb.functions_map?.functions)) {
    const fn = text(f.function) === 'other' ? (text(f.description) ?? 'another function') : (text(f.function)?.replace(/_/g, ' ') ?? 'a function');
    check(f.decided_by, `Where ${fn} is decided (\`decided_by\`)`, targets.deciders);
    check(f.executive_lead, `The executive lead for ${fn}`, targets.people);
    check(f.delegated_from, `The arrangement that ${fn} is delegated from (\`delegated_from\`)`, targets.arrangement);
    for (const s of items(f.shared_with)) check(s, `A decision-maker ${fn} is shared with`, targets.deciders);
  }
  const so = icb.standing_orders;
  for (const h of items(so?.urgent_decisions?.taken_by)) check(h, 'Someone who may take urgent decisions (`taken_by`)', targets.people);
  for (const h of items(so?.urgent_decisions?.consult)) check(h, 'Someone consulted on urgent decisions (`consult`)', targets.people);
  check(so?.suspension?.reported_to, 'The body a suspension of standing orders is reported to', targets.bodies);
  for (const d of items(icb.statutory_duties?.duties)) {
    const duty = text(d.duty) ?? 'a duty';
    check(d.lead, `The lead for the ${duty} duty`, targets.people);
    check(d.committee, `The committee that assures the ${duty} duty`, targets.bodies);
  }
  const o = icb.officers;
  const officerRefs: [Scalar<unknown> | undefined, string][] = [
    [o?.accountable_emergency_officer?.holder, 'The accountable emergency officer'],
    [o?.safeguarding_executive_lead?.holder, 'The safeguarding executive lead'],
    [o?.senior_information_risk_owner?.holder, 'The senior information risk owner'],
    [o?.caldicott_guardian?.holder, 'The Caldicott guardian'],
    [o?.freedom_to_speak_up?.guardian?.holder, 'The Freedom to Speak Up guardian'],
    [o?.freedom_to_speak_up?.executive_lead?.holder, 'The Freedom to Speak Up executive lead'],
    [o?.freedom_to_speak_up?.non_executive_lead?.holder, 'The Freedom to Speak Up non-executive lead'],
    [o?.net_zero_lead?.holder, 'The net zero lead'],
  ];
  for (const [s, who] of officerRefs) check(s, who, targets.people);
  for (const h of items(icb.health_and_wellbeing_boards)) check(h.icb_representative, `The ICB's representative on the health and wellbeing board of ${text(h.local_authority) ?? 'a council'}`, targets.people);
  check(icb.plans?.joint_capital_resource_use_plan?.approved_by, 'The body that approves the joint capital resource use plan', targets.bodies);
  const ccpl = icb.clinical_and_care_professional_leadership;
  check(ccpl?.evaluation?.board_sighted?.meeting, 'The meeting that was sighted on the leadership self-assessment', targets.bodies);
  check(ccpl?.evaluation?.action_owner, 'The owner of the actions on the leadership gaps', targets.people);
  for (const r of items(ccpl?.advice_to_board)) check(r.reports_to, `The body ${text(r.name) ?? 'an advice route'} reports to`, targets.bodies);
  for (const d of items(icb.conflicts_of_interest?.procurement?.decided_by)) check(d, 'A body that takes Provider Selection Regime decisions', targets.deciders);
  for (const p of items(icb.places)) check(p.joint_committee?.arrangement, `The joint committee of the place ${text(p.name) ?? text(p.id) ?? ''}`.trimEnd(), targets.jointCommittee);
}
