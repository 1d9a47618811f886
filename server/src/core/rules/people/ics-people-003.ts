import type { List, Loc, Scalar } from '../../model/spec';
import { items, text } from '../../model/query';
import type { Fix } from '../../types';
import { defineRule, type RuleContext } from '../framework';
import { WPC_STAT } from './citations';
import { SECTION } from './shared';

interface Member {
  name?: Scalar<string>;
  sector?: Scalar<string>;
  loc: Loc;
}

interface Forum {
  /** "The integrated care partnership", "Example City place partnership". */
  label: string;
  members?: List<Member>;
  /** Where to point when there is no members list. */
  anchor: Loc | undefined;
  /** Path of the forum's `members` key from the document root. */
  path: (string | number)[];
}

const LABEL: Record<string, string> = {
  healthwatch: 'Healthwatch',
  vcse: 'the voluntary, community and social enterprise (VCSE) sector',
  lived_experience: 'people with lived experience',
};

export default defineRule({
  meta: {
    id: 'ICS-PEOPLE-003',
    slug: 'people-represented-in-icp-and-places',
    title: 'People and communities are represented in the integrated care partnership and in every place partnership.',
    section: SECTION,
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [
      {
        ...WPC_STAT,
        provision:
          "successor (2022) to NHS England's ICS implementation guidance on working with people and communities (September 2021): representation of people and communities in the key forums of ICPs and place-based partnerships",
        confidence: 'I',
      },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution', 'integrated-care-partnership', 'place-partnership'],
    fixable: true,
    docs: {
      description:
        "Checks that the members of the integrated care partnership, of each place under `places` and of each place-partnership file include a voice of people and communities: a member with `sector: healthwatch`, `vcse` or `lived_experience`. Under the Health Bill 2026 framework Healthwatch is not asked for, nor counted, because the Bill would abolish it: a VCSE or lived-experience member is needed.",
      rationale:
        "NHS England's ICS implementation guidance on working with people and communities (September 2021) expects integrated care partnerships and place-based partnerships to have representation from people and communities in their key forums, so that their voices shape decisions where they are made. Local Healthwatch, the VCSE sector and people with lived experience are the usual routes. The Health Bill introduced in May 2026 would abolish Healthwatch, so a partnership that relies on Healthwatch alone should plan for its successor.",
      incorrect: `kind: integrated-care-partnership
version: 1
icb: nhs-example
name: Exampleshire Integrated Care Partnership
members:
  - {name: Cllr A Brown, appointed_by: Exampleshire County Council, sector: local_authority}
  - {name: Jane Smith, appointed_by: icb, sector: icb}
`,
      correct: `kind: integrated-care-partnership
version: 1
icb: nhs-example
name: Exampleshire Integrated Care Partnership
members:
  - {name: Cllr A Brown, appointed_by: Exampleshire County Council, sector: local_authority}
  - {name: Jane Smith, appointed_by: icb, sector: icb}
  - {name: Healthwatch Exampleshire, appointed_by: partnership, sector: healthwatch}
  - {name: Exampleshire VCSE Alliance, appointed_by: partnership, sector: vcse}
`,
      howToFix:
        'Add a member who speaks for people and communities — Local Healthwatch (while it exists), the VCSE sector or people with lived experience — to the partnership’s `members`, with its `sector`.',
    },
  },
  check(ctx) {
    const forums: Forum[] = [];
    if (ctx.icp) {
      forums.push({ label: 'The integrated care partnership', members: ctx.icp.members, anchor: ctx.icp.name?.loc, path: ['members'] });
    } else if (ctx.place) {
      const name = text(ctx.place.name) ?? text(ctx.place.id);
      forums.push({ label: name ? `The ${name} place partnership` : 'This place partnership', members: ctx.place.members, anchor: ctx.place.name?.loc, path: ['members'] });
    } else if (ctx.icb) {
      const places = ctx.icb.places;
      items(places).forEach((place) => {
        const index = places ? (places.loc.node as unknown as { items: unknown[] }).items.indexOf(place.loc.node) : -1;
        if (index < 0) return;
        const name = text(place.name) ?? text(place.id);
        forums.push({ label: name ? `The ${name} place partnership` : 'A place partnership', members: place.members, anchor: place.loc, path: ['places', index, 'members'] });
      });
    }
    for (const forum of forums) checkForum(ctx, forum);
  },
});

function checkForum(ctx: RuleContext, forum: Forum): void {
  const bill = ctx.framework === 'health-bill-2026';
  const counted = bill ? ['vcse', 'lived_experience'] : ['healthwatch', 'vcse', 'lived_experience'];
  const members = items(forum.members);
  if (members.some((m) => counted.includes(text(m.sector) ?? ''))) return;

  const healthwatch = members.filter((m) => text(m.sector) === 'healthwatch');
  const at = forum.members?.loc ?? forum.anchor ?? ctx.documentAnchor;
  const fixes: Fix[] = [];
  for (const sector of bill ? ['vcse', 'lived_experience'] : ['healthwatch', 'vcse']) {
    const edit = ctx.editor.addAtPath(forum.path, [{ name: 'TODO', sector }]);
    if (edit) fixes.push({ title: `Add a member from ${LABEL[sector]} (name to fill in)`, safe: false, edits: [edit] });
  }
  const source = "NHS England's ICS implementation guidance on working with people and communities (September 2021) expects people and communities to be represented in the key forums of integrated care partnerships and place-based partnerships";

  if (bill && healthwatch.length > 0) {
    ctx.report({
      message: `${forum.label} relies on Healthwatch alone to represent people and communities, but the Health Bill 2026 would abolish Healthwatch. ${source}: add a member from the VCSE sector or people with lived experience (\`sector: vcse\` or \`lived_experience\`), or the body that takes over Healthwatch's role.`,
      at,
      related: healthwatch.map((m) => ({ message: `${text(m.name) ?? 'Healthwatch member'}: Healthwatch would be abolished`, at: m.loc })),
      fixes,
    });
    return;
  }
  const routes = bill
    ? 'a member from the VCSE sector or people with lived experience (`sector: vcse` or `lived_experience`)'
    : 'a member from Local Healthwatch, the VCSE sector or people with lived experience (`sector: healthwatch`, `vcse` or `lived_experience`)';
  ctx.report({
    message: `${forum.label} has no member who represents people and communities. ${source}: add ${routes}.`,
    at,
    fixes,
  });
}
