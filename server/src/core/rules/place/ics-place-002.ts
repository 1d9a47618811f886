import { defineRule } from '../framework';
import { items, text } from '../../model/query';
import { THRIVING_PLACES } from '../citations';
import { CRONER_TP, LANCS_OPT, MONDAQ_PLACE } from './citations';
import { capitalise, placeViews, present, unreadable } from './system';
import type { Fix } from '../../types';
import type { Place } from '../../model/kinds';

/** The five models, in the design framework's order, as they read in a fix title. */
export const GOVERNANCE_MODELS: { value: string; label: string }[] = [
  { value: 'consultative_forum', label: 'a consultative forum' },
  { value: 'icb_committee', label: 'a committee of the ICB with delegated authority' },
  { value: 'joint_committee', label: 'a joint committee' },
  { value: 'individual_delegation', label: 'individual directors or executives with delegated authority' },
  { value: 'lead_provider', label: 'a lead provider' },
];

/**
 * The model the rest of the place's entry points to, if any: it is offered first. Only a joint
 * committee's membership is specific to one model (holders of delegated functions, for example,
 * also exist under an ICB committee).
 */
function suggested(p: Place): string | undefined {
  return items(p.joint_committee?.members).length > 0 ? 'joint_committee' : undefined;
}

export default defineRule({
  meta: {
    id: 'ICS-PLACE-002',
    slug: 'place-governance-model',
    title: 'Each place records its governance model: one or more of the five models of Thriving places and the ICS design framework, or another arrangement it describes.',
    section: '7. Place-based partnerships',
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [
      { ...THRIVING_PLACES, provision: 'governance arrangements for place-based partnerships' },
      { ...CRONER_TP, provision: 'consultative forums, joint committees and lead provider models' },
      { ...MONDAQ_PLACE, provision: 'five place governance models' },
      { ...LANCS_OPT, provision: 'options 1 to 3' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution', 'place-partnership'],
    fixable: true,
    docs: {
      description:
        'Checks that every place has a `governance_model` (consultative_forum, icb_committee, joint_committee, individual_delegation or lead_provider; several may be combined; or `other`), that a place whose model is `other` describes it in `governance_model_description`, and that a place governed only by a consultative forum does not also hold delegated functions or budgets. A place introducing its arrangements in stages (format 1.1: `arrangement.stages`) has the models of its stages; a delegation only `planned` is not yet held.',
      rationale:
        '"Thriving places" (NHS England and NHS Improvement with the LGA, September 2021) and the ICS design framework describe the ways a place-based partnership can be governed: a consultative forum, a committee of the ICB with delegated authority, a joint committee, individuals with delegated authority, or a lead provider. Place partnerships are not statutory bodies, so any authority they exercise comes from the model chosen; a place without one has no governance arrangement at all. A consultative forum advises and holds no delegated authority. The five models are a menu, not a legal list: place-based partnerships are local arrangements, and a place governed some other way (a place board that is a sub-committee of an ICB committee, say) is a local choice the guidance allows, provided the constitution says what it is.',
      changes: [
        'Issue 10: `governance_model: [other]` with a `governance_model_description` is accepted; the schema no longer rejects a model outside the five of "Thriving places", which describes options, not a closed list. `other` without a description is reported.',
      ],
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
places:
  - id: example-city
    name: Example City
    local_authorities: [Example City Council]
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
places:
  - id: example-city
    name: Example City
    local_authorities: [Example City Council]
    governance_model: [icb_committee]
`,
      howToFix:
        'Record how the place is governed in `governance_model`. The checker does not choose the model for you: it offers one fix per model, none applied automatically. If a consultative forum holds delegations, add the model that holds them (e.g. icb_committee).',
    },
  },
  check(ctx) {
    for (const pv of placeViews(ctx)) {
      const p = pv.place;
      const who = capitalise(pv.label);
      // A staged approach (format 1.1) records its models stage by stage; options under consideration list them in `governance_model`.
      const staged = items(p.arrangement?.stages).flatMap((st) => present(st.governance_model));
      const models = [...new Set([...present(p.governance_model), ...staged])];
      if (models.length === 0 && !unreadable(p, 'governance_model')) {
        // One fix per model, never applied unattended: choosing the model is the partners' decision.
        const first = suggested(p);
        // A consultative forum alone cannot hold the place's delegations (checked below): not offered then.
        const holds = items(p.delegations).length > 0;
        const ordered = GOVERNANCE_MODELS.filter((m) => !(holds && m.value === 'consultative_forum')).sort((a, b) => Number(b.value === first) - Number(a.value === first));
        const fixes: Fix[] = [];
        for (const m of ordered) {
          const edit = ctx.editor.addAtPath([...pv.path, 'governance_model'], [m.value]);
          if (edit) fixes.push({ title: `Record the governance model as ${m.label} (${m.value})${m.value === first ? ' — matches its `joint_committee`' : ''}`, safe: false, edits: [edit] });
        }
        ctx.report({
          message: `${who} has no governance model (\`governance_model\`). "Thriving places" (NHS England and NHS Improvement with the LGA, 2021) expects each place's governance to be agreed: a consultative forum, an ICB committee, a joint committee, individuals with delegated authority or a lead provider (models may be combined).`,
          at: p.governance_model?.loc ?? pv.anchor,
          fixes: fixes.length > 0 ? fixes : undefined,
        });
        continue;
      }
      if (models.includes('other') && !text(p.governance_model_description)) {
        const edit = ctx.editor.addAtPath([...pv.path, 'governance_model_description'], 'TODO');
        ctx.report({
          message: `${who} is governed by another arrangement (\`governance_model: other\`) but does not describe it (\`governance_model_description\`). A model outside the five of "Thriving places" (NHS England and NHS Improvement with the LGA, 2021) is a local choice, but the constitution must say what it is, so that readers know where the place's authority comes from.`,
          at: p.governance_model?.loc ?? pv.anchor,
          fixes: edit ? [{ title: 'Describe the governance arrangement (to fill in)', safe: false, edits: [edit] }] : undefined,
        });
      }
      if (models.length > 0 && models.every((m) => m === 'consultative_forum')) {
        // A delegation only planned (format 1.1) is not yet held by anyone.
        const held = items(p.delegations).filter((d) => text(d.status) !== 'planned' && (text(d.function) !== undefined || d.budget_gbp !== undefined));
        if (held.length > 0) {
          ctx.report({
            message: `${who} is governed only by a consultative forum, yet ${held.length === 1 ? 'a function or budget is' : `${held.length} functions or budgets are`} delegated to it. A consultative forum advises and holds no delegated authority ("Thriving places", 2021): name the model that holds the delegation, e.g. an ICB committee (icb_committee) or individual delegation.`,
            at: p.governance_model?.loc ?? pv.anchor,
            related: held.map((d) => ({ message: 'delegation declared here', at: d.loc })),
          });
        }
      }
    }
  },
});
