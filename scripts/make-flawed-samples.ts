// Derives samples/flawed/*.yaml from samples/valid/constitution.yaml: each is the valid
// constitution of its own fictional ICB (its own ids and councils, so all samples can be checked
// together without colliding) with exactly one class of problem. Run after changing the valid
// sample: `npx tsx scripts/make-flawed-samples.ts`; test/samples.test.ts checks what each trips.
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..');
const valid = fs.readFileSync(path.join(ROOT, 'samples', 'valid', 'constitution.yaml'), 'utf8');
const body = valid.slice(valid.indexOf('kind: icb-constitution'));

function rename(text: string, a: string, b: string, slug: string, districts: string[]): string {
  let t = text
    .replaceAll('nhs-northmoor-castlebridge', slug)
    .replaceAll('northmoor-castlebridge', slug.replace(/^nhs-/, ''))
    .replaceAll('Northmoor and Castlebridge', `${a} and ${b}`)
    .replaceAll('north-northmoor', `north-${a.toLowerCase()}`)
    .replaceAll('North Northmoor', `North ${a}`)
    .replaceAll('Northmoor', a)
    .replaceAll('Castlebridge', b)
    .replaceAll('castlebridge', b.toLowerCase());
  ['Eastdale', 'Westfell', 'Southmere', 'Rivenhall'].forEach((d, i) => (t = t.replaceAll(d, districts[i])));
  return t;
}

function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const out = text.replace(from, to);
  if (out === text) throw new Error(`make-flawed-samples: the valid sample no longer contains ${String(from)}`);
  return out;
}

/** Removes a board member's or seat's whole block (from `- id: X` to the blank line after it). */
function withoutBlock(text: string, id: string, replacement = ''): string {
  return replaceOnce(text, new RegExp(`\\n    - id: ${id}\\n(?:.*\\n)*?\\n`), '\n' + replacement);
}

/** An executive seat with another portfolio, in place of a clinical one. */
const executiveSeat = (id: string, fn: string, title: string) =>
  `    - id: ${id}\n      title: ${title}\n      role: executive\n      function: ${fn}\n      employment: employee\n      appointment: {by: chief_executive, approved_by: chair, procedure: "open competition, then appointment by the chief executive with the chair's approval"}\n\n`;

const samples: { file: string; header: string; make: () => string }[] = [
  {
    file: 'no-clinical-executive.yaml',
    header: `# FLAWED SAMPLE: no registered clinician among the executives.
# The medical and nursing executive seats were turned into strategy and people directors, so the
# board has clinical advice at best, not clinical leadership (NHSCC/NHS Confederation, May 2021).
# One finding is waived by the board, with an owner and an expiry: see the comment under \`board:\`.`,
    make: () => {
      let t = rename(body, 'Ashby', 'Fenwick', 'nhs-ashby-fenwick', ['Oakdale', 'Pinfold', 'Quarrington', 'Redmire']);
      t = withoutBlock(t, 'chief-medical-officer', executiveSeat('chief-medical-officer', 'strategy', 'Director of Strategy'));
      t = withoutBlock(t, 'chief-nursing-officer', executiveSeat('chief-nursing-officer', 'people', 'Director of People'));
      t = withoutBlock(t, 'ruth-ode', '    - {id: ruth-ode, name: Dr Ruth Ode, seat: chief-medical-officer}\n\n');
      t = withoutBlock(t, 'grace-mensah', '    - {id: grace-mensah, name: Grace Mensah, seat: chief-nursing-officer}\n\n');
      // The board has considered one finding and accepted it for now: a waiver with an owner and an
      // expiry, which the reports list as waived (and `ics-check --waivers` in its register).
      return replaceOnce(
        t,
        '\nboard:\n',
        '\nboard:\n  # ics-check-disable-next-line ICS-CCPL-016 -- clinical leadership comes from the place clinical leads until the medical director post is filled (owner: Board Secretary, expires: 2029-03-31)\n',
      );
    },
  },
  {
    file: 'no-lay-members.yaml',
    header: `# FLAWED SAMPLE: no lay or non-executive members besides the chair.
# The non-executive seat and its three members were left out of this draft, so nobody independent
# chairs audit, remuneration or quality, and the board has no deputy chair.`,
    make: () => {
      let t = rename(body, 'Brackwater', 'Dunford', 'nhs-brackwater-dunford', ['Easterby', 'Fallow', 'Gorsey', 'Hatherley']);
      t = withoutBlock(t, 'non-executive');
      for (const id of ['pat-lee', 'chris-adeyemi', 'morgan-hale']) t = withoutBlock(t, id);
      t = replaceOnce(t, /  deputy_chair: chris-adeyemi.*\n  senior_non_executive: chris-adeyemi\n/, '');
      // With no non-executives, partner members fill the committee seats the draft kept.
      return t.replaceAll('pat-lee', 'tom-reid').replaceAll('chris-adeyemi', 'sam-obi').replaceAll('morgan-hale', 'leah-park');
    },
  },
  {
    file: 'place-without-governance.yaml',
    header: `# FLAWED SAMPLE: a place with no governance arrangement.
# North Cinderford has a footprint, leaders and a budget, but the draft never says how decisions are
# taken there (consultative forum, ICB committee, joint committee, individual delegation or lead provider).`,
    make: () => replaceOnce(rename(body, 'Cinderford', 'Vale', 'nhs-cinderford-vale', ['Ingham', 'Jessop', 'Kelby', 'Lowmoor']), '    governance_model: [icb_committee]\n', ''),
  },
  {
    file: 'bad-registration-number.yaml',
    header: `# FLAWED SAMPLE: a registration number that cannot be right.
# The chief medical officer's GMC reference number has five digits; GMC numbers have seven.`,
    make: () => replaceOnce(rename(body, 'Dunmore', 'Hale', 'nhs-dunmore-hale', ['Marston', 'Netherby', 'Orton', 'Prestwick']), 'number: "7012345"', 'number: "70123"'),
  },
  {
    file: 'typo-in-role.yaml',
    header: `# FLAWED SAMPLE: a typo.
# The chair's role is spelt \`chiar\`; the checker suggests \`chair\`.`,
    make: () => replaceOnce(rename(body, 'Elmbridge', 'Wyre', 'nhs-elmbridge-wyre', ['Quenby', 'Ravensworth', 'Stowey', 'Tadley']), '      role: chair\n', '      role: chiar\n'),
  },
  {
    file: 'yaml-syntax-error.yaml',
    header: `# FLAWED SAMPLE: broken YAML.
# A closing brace is missing on the chief nursing officer's registration, so the file cannot be read
# past that point; the checker points at the exact place.`,
    make: () => replaceOnce(rename(body, 'Foxley', 'Marsh', 'nhs-foxley-marsh', ['Upton', 'Verwood', 'Wickham', 'Yarley']), 'register_part: RNA}', 'register_part: RNA'),
  },
  // Issue 13: one draft per class of problem beyond the board.
  {
    file: 'delegation-without-committee.yaml',
    header: `# FLAWED SAMPLE: a delegated function with no committee exercising it.
# NHS England's primary care functions are recorded as delegated to the ICB, but the draft neither
# names the committee that exercises them nor links the delegation agreement.`,
    make: () => {
      let t = rename(body, 'Garside', 'Holm', 'nhs-garside-holm', ['Ashwell', 'Brantham', 'Colby', 'Dunstan']);
      t = replaceOnce(t, /      agreement: \{url: [^}]*primary-care-delegation-agreement\}\n      exercised_by: primary-care\n/, '');
      return t;
    },
  },
  {
    file: 'reserved-and-delegated.yaml',
    header: `# FLAWED SAMPLE: a matter both reserved to the board and delegated.
# The scheme reserves the joint capital resource use plan to the board, and also delegates it to the
# audit committee: it says two things about who decides.`,
    make: () =>
      replaceOnce(
        rename(body, 'Ingleby', 'Jarrow', 'nhs-ingleby-jarrow', ['Kettlewell', 'Langdon', 'Millbrook', 'Norton']),
        '    - {decision: primary_care_contracting, to: primary-care}\n',
        '    - {decision: primary_care_contracting, to: primary-care}\n    - {decision: joint_capital_resource_use_plan, to: audit}\n',
      ),
  },
  {
    file: 'orphan-function.yaml',
    header: `# FLAWED SAMPLE: an orphan function.
# NHS continuing healthcare is in the functions map with an executive lead but nowhere to decide it.`,
    make: () =>
      replaceOnce(
        rename(body, 'Kirkby', 'Lowther', 'nhs-kirkby-lowther', ['Ormside', 'Penrith', 'Quarry', 'Ravenstone']),
        '    - {function: continuing_healthcare, decided_by: quality, executive_lead: grace-mensah}\n',
        '    - {function: continuing_healthcare, executive_lead: grace-mensah}\n',
      ),
  },
  {
    file: 'urgent-decisions-unreported.yaml',
    header: `# FLAWED SAMPLE: urgent decisions that are never reported.
# The standing orders let the chair and the chief executive act between meetings but do not say where
# their decisions are reported afterwards.`,
    make: () =>
      replaceOnce(rename(body, 'Marden', 'Nettleham', 'nhs-marden-nettleham', ['Swaby', 'Tealby', 'Usselby', 'Walesby']), '    reported_to: next_meeting\n', ''),
  },
  {
    file: 'capital-plan-approved-by-committee.yaml',
    header: `# FLAWED SAMPLE: a statutory plan approved below the board.
# The joint capital resource use plan is approved by the audit committee, not by the board as NHS
# England's guidance expects.`,
    make: () =>
      replaceOnce(rename(body, 'Oakham', 'Pilton', 'nhs-oakham-pilton', ['Empingham', 'Ketton', 'Lyddington', 'Morcott']), '    approved_by: icb-board\n', '    approved_by: audit\n'),
  },
  {
    file: 'officers-incomplete.yaml',
    header: `# FLAWED SAMPLE: named officers left out.
# The draft names its officers but has no accountable emergency officer and no non-executive lead
# for Freedom to Speak Up.`,
    make: () => {
      let t = rename(body, 'Quenington', 'Ridley', 'nhs-quenington-ridley', ['Ampney', 'Bibury', 'Coln', 'Driffield']);
      t = replaceOnce(t, /  accountable_emergency_officer: .*\n/, '');
      t = replaceOnce(t, '    non_executive_lead: {holder: morgan-hale}\n', '');
      return t;
    },
  },
  {
    file: 'coi-2017-guidance.yaml',
    header: `# FLAWED SAMPLE: a conflicts of interest policy on superseded guidance.
# The policy still follows the 2017 statutory guidance for CCGs, which NHS England's current guidance
# replaced for ICBs and the Provider Selection Regime.`,
    make: () =>
      replaceOnce(rename(body, 'Stanwick', 'Thrapston', 'nhs-stanwick-thrapston', ['Raunds', 'Ringstead', 'Titchmarsh', 'Woodford']), 'national_guidance: nhse-managing-conflicts-current', 'national_guidance: ccg-statutory-2017'),
  },
  {
    file: 'place-budget-without-inequalities.yaml',
    header: `# FLAWED SAMPLE: place budgets on need alone.
# Both place budgets are allocated on population need, with nothing for health inequalities, which the
# NHS Clinical Commissioners' briefing (2021) asked for as well.`,
    make: () => rename(body, 'Uffington', 'Vernham', 'nhs-uffington-vernham', ['Compton', 'Faringdon', 'Shrivenham', 'Watchfield']).replaceAll('allocation_basis: [population_need, health_inequalities]', 'allocation_basis: population_need'),
  },
];

for (const s of samples) fs.writeFileSync(path.join(ROOT, 'samples', 'flawed', s.file), `${s.header}\n${s.make()}`);
console.log(`samples/flawed: ${samples.length} drafts written`);
