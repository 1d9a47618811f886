// Generates large, valid constitutions for benchmarks, by growing the shipped valid sample:
// more non-executive members, committees and places, each with its own ids.
import * as fs from 'node:fs';
import * as path from 'node:path';

const VALID = path.join(__dirname, '..', '..', 'samples', 'valid', 'constitution.yaml');

/** A constitution of about `targetLines` lines (never fewer), unique ICB `suffix` for many-file runs. */
export function generateConstitution(targetLines: number, suffix = ''): string {
  let base = fs.readFileSync(VALID, 'utf8');
  if (suffix) base = base.replace(/nhs-northmoor-castlebridge/g, `nhs-northmoor-castlebridge-${suffix}`).replace(/Northmoor and Castlebridge Integrated Care Board/g, `Northmoor and Castlebridge ${suffix} Integrated Care Board`).replace(/Northmoor County Council/g, `Northmoor ${suffix} County Council`).replace(/Castlebridge City Council/g, `Castlebridge ${suffix} City Council`).replace(/(Eastdale|Westfell|Southmere|Rivenhall) District Council/g, `$1 ${suffix} District Council`);
  const lines = base.split('\n');
  const count = () => lines.length;
  const insertAfter = (marker: string, block: string[]) => {
    const i = lines.findIndex((l) => l.startsWith(marker));
    if (i < 0) throw new Error(`generate: no ${marker}`);
    let end = i + 1;
    while (end < lines.length && (lines[end].startsWith(' ') || lines[end] === '')) end++;
    lines.splice(end, 0, ...block);
  };
  let n = 0;
  while (count() < targetLines) {
    n++;
    insertAfter('committees:', [
      `  - id: working-group-${n}`,
      `    name: Working Group ${n}`,
      '    type: other',
      '    chair: chris-adeyemi',
      '    members: [chris-adeyemi, pat-lee, ruth-ode]',
      '    quorum: {minimum_members: 2}',
      '    reports_to: quality',
      `    terms_of_reference: {url: https://example.org/northmoor-castlebridge/working-group-${n}}`,
    ]);
    insertAfter('places:', [
      `  - id: neighbourhood-place-${n}`,
      `    name: Neighbourhood Place ${n}`,
      '    footprint: Part of Castlebridge',
      '    local_authorities: [Castlebridge City Council]',
      '    population: 300000',
      '    functions: [integrated neighbourhood teams]',
      '    agreed_by: [icb, Castlebridge City Council]',
      '    governance_model: [consultative_forum]',
      '    leadership:',
      `      convenor: {name: Convenor ${n}, organisation: Castlebridge City Council}`,
      `      delegated_function_holders: [{name: Convenor ${n}, function: integrated neighbourhood teams}]`,
      '      clinical_and_care_professional_leads:',
      `        - {name: Dr Lead ${n}, profession: general_practice, registration: {regulator: GMC, number: "${String(7000000 + n).slice(0, 7)}"}}`,
      `        - {name: Nurse Lead ${n}, profession: nursing, registration: {regulator: NMC, number: 05B1234C}}`,
      '    members:',
      '      - {name: Castlebridge City Council, sector: local_authority}',
      '      - {name: Castlebridge primary care networks, sector: primary_care}',
      '      - {name: Healthwatch Castlebridge, sector: healthwatch}',
      '      - {name: Castlebridge Voluntary Action, sector: vcse}',
      `    lay_members: [{name: Lay Member ${n}, role: lay member for patient and public involvement}]`,
      '    delegations:',
      '      - {function: integrated neighbourhood teams, delegated_by: icb, accountable_body: icb, budget_gbp: 1000000, allocation_basis: population_need}',
      '    reports_to: [icb-board, icp]',
      '    icp_representation: The convenor sits on the partnership.',
    ]);
  }
  return lines.join('\n');
}

/** The valid sample with `count` more committees, one line each (for rules that look at every pair of committees). */
export function generateCommittees(count: number): string {
  const block: string[] = [];
  for (let i = 1; i <= count; i++) block.push(`  - {id: group-${i}, name: Group ${i}, type: other, chair: chris-adeyemi, members: [chris-adeyemi, pat-lee], reports_to: ${i > 1 ? `group-${i - 1}` : 'quality'}}`);
  const base = fs.readFileSync(VALID, 'utf8');
  return base.replace(/^committees:\n/m, (m) => `${m}${block.join('\n')}\n`);
}
