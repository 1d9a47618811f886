import { isPlaceholder } from '../../model/query';
import { compositionOf } from '../../model/composition';
import type { Citation, RuleDocs, RuleMeta } from '../../types';
import { defineRule, type Rule, type RuleContext } from '../framework';
import { CCPL_KEY, SECTION, ccplAnchor, ccplOf, indexInList, items, nearestMemberId, proposedOwner, text } from './shared';
import { ccplGuidance } from './citations';

/**
 * The five design principles of NHS England's ICS implementation guidance on effective clinical and
 * care professional leadership (September 2021), one rule each (ICS-CCPL-010..014).
 *
 * What counts as meeting a principle — our decision, stated in each rule's docs:
 * - a `principles` entry with that `number`, with `evidence` (plain words) and an `owner`, the id
 *   of a board member who answers for it;
 * - for principles 2 to 5 the section's own key — `learning_mechanisms`, `resourcing`,
 *   `development_offer`, `talent_pipeline` — is evidence too, in place of the entry's `evidence`.
 *   An owner is still needed, and only a `principles` entry can name one.
 * A `TODO` placeholder counts as present: the fixes insert it for a person to fill in.
 */

export type PrincipleNumber = 1 | 2 | 3 | 4 | 5;
export type EvidenceKey = 'learning_mechanisms' | 'resourcing' | 'development_offer' | 'talent_pipeline';

export interface PrincipleSpec {
  number: PrincipleNumber;
  /** The principle as a short noun phrase without commas: "Design principle N, <statement>, has …". */
  statement: string;
  /** The section key that can hold its evidence. */
  key?: EvidenceKey;
}

export const PRINCIPLES: Record<PrincipleNumber, PrincipleSpec> = {
  1: { number: 1, statement: 'clinical and care professionals in decision-making at every level of the ICS' },
  2: { number: 2, statement: 'a culture of shared learning and innovation alongside patients and communities', key: 'learning_mechanisms' },
  3: { number: 3, statement: "resources for leaders' system roles (protected time, data and analytics)", key: 'resourcing' },
  4: { number: 4, statement: 'dedicated leadership development for all clinical and care professional leaders', key: 'development_offer' },
  5: { number: 5, statement: 'a diverse and inclusive pipeline of future leaders', key: 'talent_pipeline' },
};

export interface PrincipleRuleSpec {
  id: string;
  slug: string;
  title: string;
  principle: PrincipleNumber;
  citations?: Citation[];
  docs: RuleDocs;
  /** What else the rule checks (principle 1 also looks at places). */
  also?: (ctx: RuleContext) => void;
  appliesTo?: RuleMeta['appliesTo'];
}

export function definePrincipleRule(spec: PrincipleRuleSpec): Rule {
  return defineRule({
    meta: {
      id: spec.id,
      slug: spec.slug,
      title: spec.title,
      section: SECTION,
      sourceKind: 'guidance',
      severity: 'information',
      citations: spec.citations ?? [ccplGuidance(`design principle ${spec.principle}`)],
      frameworks: ['hca-2022', 'health-bill-2026'],
      appliesTo: spec.appliesTo ?? ['icb-constitution'],
      fixable: true,
      docs: spec.docs,
    },
    check(ctx) {
      if (ctx.icb) checkPrinciple(ctx, PRINCIPLES[spec.principle]);
      spec.also?.(ctx);
    },
  });
}

/** How every principle finding opens: "Design principle N, <statement>, <what is wrong> (source)." */
export function principleSentence(p: PrincipleSpec, what: string): string {
  return `Design principle ${p.number}, ${p.statement}, ${what} (NHS England guidance on clinical and care professional leadership, September 2021).`;
}

export function checkPrinciple(ctx: RuleContext, p: PrincipleSpec): void {
  const icb = ctx.icb!;
  const ccpl = ccplOf(icb);
  const list = ccpl?.principles;
  const path = [CCPL_KEY, 'principles'];
  const entries = items(list).filter((e) => e.number?.value === p.number);
  const keyScalar = p.key ? ccpl?.[p.key] : undefined;
  const keyEvidence = text(keyScalar);
  const owner = proposedOwner(icb);
  const ownerHint = owner ? ` (the fix proposes \`${owner}\`)` : '';

  if (entries.length === 0) {
    if (keyEvidence && keyScalar) {
      const edit = owner ? ctx.editor.addAtPath(path, [{ number: p.number, owner }]) : undefined;
      ctx.report({
        message: `${principleSentence(p, `has evidence in \`${p.key}\` but no owner`)} Add a \`principles\` entry with \`number: ${p.number}\` and an \`owner\`, the id of the board member who answers for it${ownerHint}.`,
        at: keyScalar.loc,
        fixes: edit ? [{ title: `Add an owner for principle ${p.number} (${owner})`, safe: false, edits: [edit] }] : undefined,
      });
      return;
    }
    const edit = owner ? ctx.editor.addAtPath(path, [{ number: p.number, evidence: 'TODO', owner }]) : undefined;
    const alt = p.key ? `, or describe it in \`${p.key}\`` : '';
    ctx.report({
      message: `${principleSentence(p, 'has no evidence and no owner in the constitution')} Add a \`principles\` entry with \`number: ${p.number}\`, the \`evidence\` in plain words and an \`owner\` — the id of the board member who answers for it${alt}.`,
      at: ccplAnchor(ctx, list?.loc),
      fixes: edit ? [{ title: `Add principle ${p.number} with its evidence (to fill in) and owner (${owner})`, safe: false, edits: [edit] }] : undefined,
    });
    return;
  }

  const judged = entries.map((e) => {
    const ownerId = text(e.owner);
    return { e, evidence: text(e.evidence) ?? keyEvidence, ownerId, ownerOk: !!compositionOf(icb).resolve(ownerId) };
  });
  if (judged.some((j) => j.evidence && j.ownerOk)) return;
  const j = judged[0];
  const index = indexInList(list, j.e);

  if (!j.evidence) {
    const edit = index >= 0 ? ctx.editor.setAtPath([...path, index, 'evidence'], 'TODO') : undefined;
    const alt = p.key ? ` (or in \`${p.key}\`)` : '';
    ctx.report({
      message: `${principleSentence(p, 'is listed without evidence')} Say in \`evidence\`${alt}, in plain words, how the ICB meets the principle.`,
      at: j.e.loc,
      fixes: edit ? [{ title: `Add the evidence for principle ${p.number} (to fill in)`, safe: false, edits: [edit] }] : undefined,
    });
  }
  if (!j.ownerId) {
    const edit = owner && index >= 0 ? ctx.editor.setAtPath([...path, index, 'owner'], owner) : undefined;
    ctx.report({
      message: `${principleSentence(p, 'is listed without an owner')} Add \`owner\`, the id of the board member who answers for the principle${ownerHint}.`,
      at: j.e.loc,
      fixes: edit ? [{ title: `Make ${owner} the owner of principle ${p.number}`, safe: false, edits: [edit] }] : undefined,
    });
  } else if (!j.ownerOk && j.e.owner) {
    const guess = isPlaceholder(j.ownerId) ? undefined : nearestMemberId(icb, j.ownerId);
    ctx.report({
      message: `${principleSentence(p, `is owned by \`${j.ownerId}\`, which is not the id of any board member`)} The owner must be a board member: use an \`id\` from \`board.members\`${guess ? ` (did you mean \`${guess}\`?)` : ''}.`,
      at: j.e.owner.loc,
      fixes: guess ? [{ title: `Change to \`${guess}\``, safe: false, edits: [ctx.editor.replaceScalar(j.e.owner.loc.node, guess)] }] : undefined,
    });
  }
}
