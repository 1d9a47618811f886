import { defineRule } from '../framework';
import { firstLoc } from '../../model/query';
import { BSOL } from './citations';
import { SECTION_5 } from './helpers';

const PUBLIC_MONTHS = 6;
const PRIVATE_YEARS = 6;

export default defineRule({
  meta: {
    id: 'ICS-COI-005',
    slug: 'register-retention',
    title: 'Expired interests stay on the public register for at least 6 months; a private record is kept for 6 years.',
    section: SECTION_5,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [{ ...BSOL, provision: 'retention of declared interests' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Checks `conflicts_of_interest.register.retention`: `public_months` must be at least 6 and `private_years` at least 6. Each one that is missing or too short is reported on its own.',
      rationale:
        'Birmingham and Solihull ICB keeps an interest on its public register for at least 6 months after it expires, and keeps a private record of past interests for 6 years, so that decisions can be checked against the interests declared when they were taken.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
conflicts_of_interest:
  register:
    url: https://example.nhs.uk/register-of-interests
    retention: {public_months: 3, private_years: 6}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
conflicts_of_interest:
  register:
    url: https://example.nhs.uk/register-of-interests
    retention: {public_months: 6, private_years: 6}
`,
      howToFix: 'Record the retention periods of your policy under `conflicts_of_interest.register.retention`: `public_months: 6` (or more) and `private_years: 6` (or more).',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const register = icb.conflicts_of_interest?.register;
    const retention = register?.retention;
    const anchor = firstLoc(retention, register, icb.conflicts_of_interest, icb.kind) ?? ctx.documentAnchor;
    const checks = [
      {
        key: 'public_months' as const,
        min: PUBLIC_MONTHS,
        missing: `The constitution does not say how long expired interests stay on the public register. Good practice (Birmingham and Solihull ICB) is at least ${PUBLIC_MONTHS} months after the interest ends: add \`conflicts_of_interest.register.retention.public_months: ${PUBLIC_MONTHS}\`.`,
        short: (n: number) => `Expired interests stay on the public register for only ${n} month${n === 1 ? '' : 's'}. Good practice (Birmingham and Solihull ICB) is at least ${PUBLIC_MONTHS} months after the interest ends.`,
        fixTitle: `Keep expired interests on the public register for ${PUBLIC_MONTHS} months`,
      },
      {
        key: 'private_years' as const,
        min: PRIVATE_YEARS,
        missing: `The constitution does not say how long a private record of interests is kept. Good practice (Birmingham and Solihull ICB) is ${PRIVATE_YEARS} years: add \`conflicts_of_interest.register.retention.private_years: ${PRIVATE_YEARS}\`.`,
        short: (n: number) => `A private record of interests is kept for only ${n} year${n === 1 ? '' : 's'}. Good practice (Birmingham and Solihull ICB) is ${PRIVATE_YEARS} years.`,
        fixTitle: `Keep a private record of interests for ${PRIVATE_YEARS} years`,
      },
    ];
    for (const c of checks) {
      const value = retention?.[c.key];
      if (value && value.value >= c.min) continue;
      if (value) {
        ctx.report({ message: c.short(value.value), at: value.loc, fixes: [{ title: c.fixTitle, safe: false, edits: [ctx.editor.replaceScalar(value.loc.node, c.min)] }] });
        continue;
      }
      const edit = ctx.editor.addAtPath(['conflicts_of_interest', 'register', 'retention', c.key], c.min);
      ctx.report({ message: c.missing, at: anchor, fixes: edit ? [{ title: c.fixTitle, safe: false, edits: [edit] }] : undefined });
    }
  },
});
