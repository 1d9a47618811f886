import { defineRule } from '../framework';
import { refLabel, sameRef } from '../../model/governance';
import { listText } from '../committees/helpers';
import { DIGITALHEALTH_SIRO, LEXOLOGY_CALDICOTT, SECTION_15, UKCGC_NDG } from '../duties/citations';
import { addOfficers, HEAD, holderOf, officersOf } from './shared';

export default defineRule({
  meta: {
    id: 'ICS-OFF-004',
    slug: 'siro-and-caldicott-guardian',
    title: 'Where the constitution names its officers, it names a senior information risk owner and a Caldicott guardian, and they are different people.',
    section: SECTION_15,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [UKCGC_NDG, LEXOLOGY_CALDICOTT, DIGITALHEALTH_SIRO],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Only when the constitution declares `officers`: checks that it names a senior information risk owner (`senior_information_risk_owner`) and a Caldicott guardian (`caldicott_guardian`), unless `officers.recorded_in` points to where the officers are named; and reports the two roles held by the same board member, seat or post.',
      rationale:
        'The National Data Guardian\'s guidance on the appointment of Caldicott guardians (2021) applies to public bodies in the health service that handle confidential information about patients (as the UK Caldicott Guardian Council describes it) and "advises against Caldicott Guardians also being a Senior Information Risk Owner (SIRO)" (as Lexology summarises it); the CQC and the National Data Guardian urged both to be appointed "at board or equivalent level" (Digital Health, 2016). The guidance itself was not read, so this is information.',
      incorrect: `${HEAD}officers:
  senior_information_risk_owner: {holder: {title: Chief Medical Officer}, board_level: true}
  caldicott_guardian: {holder: {title: Chief Medical Officer}, board_level: true}
`,
      correct: `${HEAD}officers:
  senior_information_risk_owner: {holder: {title: Chief Finance Officer}, board_level: true}
  caldicott_guardian: {holder: {title: Chief Medical Officer}, board_level: true}
`,
      howToFix: 'Name a senior information risk owner and a Caldicott guardian, and give the two roles to different people (often the SIRO is the chief finance officer or another director, the Caldicott guardian a senior clinician).',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const o = officersOf(icb);
    if (!o) return;
    const siro = holderOf(icb, o.officers.senior_information_risk_owner);
    const caldicott = holderOf(icb, o.officers.caldicott_guardian);
    const missing: string[] = [];
    if (!siro) missing.push('a senior information risk owner (`senior_information_risk_owner`)');
    if (!caldicott) missing.push('a Caldicott guardian (`caldicott_guardian`)');
    if (missing.length > 0 && !o.byReference) {
      ctx.report({
        message: `The named officers do not include ${listText(missing)}. Health bodies that handle confidential information about patients appoint a Caldicott guardian (the National Data Guardian's guidance, as the UK Caldicott Guardian Council describes it) and a senior information risk owner: name them.`,
        at: o.officers.loc,
        fixes: addOfficers(ctx, [], [...(siro ? [] : ['senior_information_risk_owner']), ...(caldicott ? [] : ['caldicott_guardian'])].filter((k) => !o.officers[k as 'caldicott_guardian'])),
      });
    }
    if (!siro || !caldicott || siro.kind === 'unknown' || caldicott.kind === 'unknown' || !sameRef(siro, caldicott)) return;
    ctx.report({
      message: `${refLabel(caldicott).replace(/^./, (c) => c.toUpperCase())} is both the Caldicott guardian and the senior information risk owner. The National Data Guardian's guidance advises against the Caldicott guardian also being the SIRO (as Lexology summarises it): give the roles to different people.`,
      at: caldicott.loc,
      related: [{ message: 'senior information risk owner named here', at: siro.loc }],
    });
  },
});
