import { defineRule, type Anchor, type RuleContext } from '../framework';
import { items, text } from '../../model/query';
import { LGPIHA_116ZB } from '../citations';
import { present, sameName } from '../place/system';
import { icpView, type IcpView } from './shared';

interface KnownHealthwatch {
  name: string;
  at: Anchor;
  uri?: string;
}

/**
 * The Local Healthwatch organisations the documents of this ICB mention: the ICB board's
 * participants, members of its places (inline or in place files) and of the partnership itself.
 */
export function knownHealthwatch(ctx: RuleContext, view: IcpView): KnownHealthwatch[] {
  const out: KnownHealthwatch[] = [];
  const add = (name: string | undefined, at: Anchor, uri?: string) => {
    if (name && !out.some((h) => sameName(h.name, name))) out.push({ name, at, uri });
  };
  for (const m of items(view.icp.members)) if (text(m.sector) === 'healthwatch') add(text(m.name), m.loc);
  const icb = view.icb;
  if (icb) {
    for (const p of items(icb.model.board?.participants)) if (text(p.represents) === 'healthwatch') add(text(p.name), p.loc, icb.uri);
    for (const place of items(icb.model.places))
      for (const m of items(place.members)) if (text(m.sector) === 'healthwatch') add(text(m.name), m.loc, icb.uri);
  }
  if (view.icbId) {
    for (const doc of ctx.system.places) {
      if (text(doc.model.icb) !== view.icbId) continue;
      for (const m of items(doc.model.members)) if (text(m.sector) === 'healthwatch') add(text(m.name), m.loc, doc.uri === ctx.uri ? undefined : doc.uri);
    }
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'ICS-ICP-006',
    slug: 'icp-strategy-involvement',
    title: 'In preparing the strategy, the partnership involves each Local Healthwatch for its area and people who live or work there.',
    section: '8. Integrated Care Partnership (ICP)',
    sourceKind: 'statute',
    severity: 'error',
    citations: [{ ...LGPIHA_116ZB, provision: 'section 116ZB(4)' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['integrated-care-partnership'],
    crossDocument: true,
    fixable: true,
    docs: {
      description:
        'When the partnership records a `strategy`, checks `strategy.involvement`: `public: true`, and — under the law in force (hca-2022) — that `healthwatch` lists the Local Healthwatch organisations involved, including every Local Healthwatch the documents of the ICB mention (board participants representing Healthwatch, Healthwatch members of places and of the partnership). Under the Health Bill 2026 framework, which would abolish Healthwatch, only the involvement of people who live or work in the area is required.',
      rationale:
        'Section 116ZB(4) of the Local Government and Public Involvement in Health Act 2007 requires the partnership, in preparing the strategy, to involve the Local Healthwatch organisations for its area and people who live or work in the area. The Health Bill 2026, as introduced, would abolish Healthwatch; until it is enacted and commenced, Local Healthwatch involvement remains a legal duty.',
      incorrect: `kind: integrated-care-partnership
version: 1
icb: nhs-example
strategy:
  url: https://example.nhs.uk/integrated-care-strategy
  adopted_on: 2022-12-14
`,
      correct: `kind: integrated-care-partnership
version: 1
icb: nhs-example
strategy:
  url: https://example.nhs.uk/integrated-care-strategy
  adopted_on: 2022-12-14
  involvement: {healthwatch: [Healthwatch Exampleshire], public: true}
`,
      howToFix:
        'Record in `strategy.involvement` each Local Healthwatch involved (`healthwatch`) and `public: true` once people who live or work in the area have been involved. The fixes only record; they are never applied unattended.',
    },
  },
  check(ctx) {
    const view = icpView(ctx);
    const s = view.icp.strategy;
    if (!s) return;
    const inv = s.involvement;
    const source = 'Local Government and Public Involvement in Health Act 2007 s.116ZB(4)';

    if (inv?.public?.value !== true) {
      const edit = inv?.public ? undefined : ctx.editor.addAtPath(['strategy', 'involvement', 'public'], true);
      ctx.report({
        message: `The strategy does not record that people who live or work in the area were involved in preparing it (\`involvement.public\`${inv?.public ? ' is false' : ''}). The partnership must involve them (${source}).`,
        at: inv?.public?.loc ?? inv?.loc ?? s.loc,
        fixes: edit ? [{ title: 'Record that people who live or work in the area were involved (check first)', safe: false, edits: [edit] }] : undefined,
      });
    }

    // The Health Bill 2026 would abolish Healthwatch: the duty to involve it is the law in force only.
    if (ctx.framework !== 'hca-2022') return;
    const involved = present(inv?.healthwatch);
    const known = knownHealthwatch(ctx, view);
    if (involved.length === 0) {
      const names = known.length > 0 ? known.map((h) => h.name) : ['TODO'];
      const edit = ctx.editor.addAtPath(['strategy', 'involvement', 'healthwatch'], names);
      ctx.report({
        message: `The strategy does not record that any Local Healthwatch was involved in preparing it (\`involvement.healthwatch\`). The partnership must involve the Local Healthwatch organisations for its area (${source}).`,
        at: inv?.healthwatch?.loc ?? inv?.loc ?? s.loc,
        fixes: edit ? [{ title: `Record the Local Healthwatch involved${known.length > 0 ? ` (${names.join(', ')})` : ' (name to fill in)'} (check first)`, safe: false, edits: [edit] }] : undefined,
      });
      return;
    }
    for (const h of known) {
      if (involved.some((n) => sameName(n, h.name))) continue;
      const edit = ctx.editor.addAtPath(['strategy', 'involvement', 'healthwatch'], [h.name]);
      ctx.report({
        message: `${h.name} is a Local Healthwatch of the area but is not listed among those involved in preparing the strategy (\`involvement.healthwatch\`). The partnership must involve each Local Healthwatch for its area (${source}).`,
        at: inv!.healthwatch!.loc,
        related: [{ message: `${h.name} is named here`, at: h.at, uri: h.uri }],
        fixes: edit ? [{ title: `Record that ${h.name} was involved (check first)`, safe: false, edits: [edit] }] : undefined,
      });
    }
  },
});
