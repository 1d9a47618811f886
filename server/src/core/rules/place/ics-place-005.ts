import { defineRule } from '../framework';
import { items, text } from '../../model/query';
import { THRIVING_PLACES } from '../citations';
import { STAFFS_GOV } from './citations';
import { isIcbRef, placeViews, present, prose } from './system';
import type { FrameworkId } from '../../types';
import type { Place } from '../../model/kinds';

interface Group {
  /** How the group reads in a message. */
  label: string;
  /** Member sectors that cover it. */
  sectors: string[];
  /** The sector a fix adds. */
  add: string;
}

/** The Thriving places membership list, as member sectors. */
export function expectedGroups(framework: FrameworkId): Group[] {
  return [
    { label: 'primary care (e.g. PCN clinical directors)', sectors: ['primary_care'], add: 'primary_care' },
    { label: 'NHS providers (acute, community and mental health trusts, provider collaboratives)', sectors: ['nhs_provider', 'provider_collaborative'], add: 'nhs_provider' },
    framework === 'health-bill-2026'
      ? // The Health Bill 2026 would abolish Healthwatch: people who use services still need a voice.
        { label: 'people who use services and their representatives', sectors: ['healthwatch', 'lived_experience'], add: 'lived_experience' }
      : { label: 'Local Healthwatch', sectors: ['healthwatch'], add: 'healthwatch' },
    { label: 'local government (e.g. the directors of adult social services and public health, elected members)', sectors: ['local_authority', 'public_health'], add: 'local_authority' },
    { label: 'social care providers', sectors: ['social_care_provider'], add: 'social_care_provider' },
    { label: 'the VCSE sector', sectors: ['vcse'], add: 'vcse' },
    { label: 'the ICB', sectors: ['icb'], add: 'icb' },
  ];
}

/** The ICB takes part by construction when it governs the place itself or delegates to it. */
function icbTakesPart(p: Place, icbId: string | undefined): boolean {
  const models = present(p.governance_model);
  if (models.includes('icb_committee') || models.includes('individual_delegation')) return true;
  if (items(p.joint_committee?.members).some((m) => text(m.org_type) === 'icb')) return true;
  return items(p.delegations).some((d) => isIcbRef(text(d.delegated_by), undefined, icbId));
}

export default defineRule({
  meta: {
    id: 'ICS-PLACE-005',
    slug: 'place-membership-coverage',
    title: 'A place partnership\'s membership covers primary care, NHS providers, Healthwatch, local government, social care providers, the VCSE sector and the ICB.',
    section: '7. Place-based partnerships',
    sourceKind: 'guidance',
    severity: 'information',
    citations: [
      { ...STAFFS_GOV, provision: 'Thriving places best-practice membership list' },
      { ...THRIVING_PLACES, provision: 'membership of place-based partnerships' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution', 'place-partnership'],
    fixable: true,
    docs: {
      description:
        'Looks at the `sector` of each place member and lists the groups of the Thriving places membership list that are missing: primary care, NHS providers, Local Healthwatch, local government, social care providers, the VCSE sector and the ICB. The ICB counts as taking part when it governs the place (icb_committee, individual_delegation), sits on its joint committee, or delegates to it. Under the Health Bill 2026 framework, which would abolish Healthwatch, members speaking for people who use services (`lived_experience`) count instead.',
      rationale:
        '"Thriving places" (NHS England and NHS Improvement with the LGA, September 2021), as reproduced by Staffordshire and Stoke-on-Trent ICB, suggests that place partnerships include primary care provider leadership, NHS providers, people who use services and their representatives including Healthwatch, local authorities, social care providers, the VCSE sector and the ICB, with wider partners (housing, emergency services, education) as relevant. It is good practice, not a requirement: the list helps spot a missing voice.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
places:
  - id: example-city
    name: Example City
    governance_model: [icb_committee]
    members:
      - {name: Example City Council, sector: local_authority}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
places:
  - id: example-city
    name: Example City
    governance_model: [icb_committee]
    members:
      - {name: Example City Council, sector: local_authority}
      - {name: Example PCN clinical directors, sector: primary_care}
      - {name: Example Hospitals NHS FT, sector: nhs_provider}
      - {name: Healthwatch Example City, sector: healthwatch}
      - {name: Example Care Association, sector: social_care_provider}
      - {name: Example Voluntary Action, sector: vcse}
`,
      howToFix: 'Add the missing groups to the place\'s `members`, each with its `sector`, or record why a group is not a member.',
    },
  },
  check(ctx) {
    for (const pv of placeViews(ctx)) {
      const p = pv.place;
      const sectors = new Set(items(p.members).map((m) => text(m.sector)).filter((s) => s !== undefined));
      const icbIn = icbTakesPart(p, text(pv.owner?.model.icb?.id) ?? text(ctx.place?.icb));
      const missing = expectedGroups(ctx.framework).filter((g) => !g.sectors.some((s) => sectors.has(s)) && !(g.add === 'icb' && icbIn));
      if (missing.length === 0) continue;
      const edit = ctx.editor.addAtPath(
        [...pv.path, 'members'],
        missing.map((g) => ({ name: 'TODO', sector: g.add })),
      );
      ctx.report({
        message: `The membership of ${pv.label} does not include ${prose(missing.map((g) => g.label))}. "Thriving places" (NHS England and NHS Improvement with the LGA, 2021) suggests these as members of a place-based partnership.`,
        at: p.members?.loc ?? pv.anchor,
        fixes: edit ? [{ title: `Add ${missing.length === 1 ? 'a member' : 'members'} for ${prose(missing.map((g) => g.add))} (names to fill in)`, safe: false, edits: [edit] }] : undefined,
      });
    }
  },
});
