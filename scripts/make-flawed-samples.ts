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
];

for (const s of samples) fs.writeFileSync(path.join(ROOT, 'samples', 'flawed', s.file), `${s.header}\n${s.make()}`);
console.log(`samples/flawed: ${samples.length} drafts written`);
