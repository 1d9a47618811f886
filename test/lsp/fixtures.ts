/** Small documents for the editor tests: a constitution, its partnership and a place file. */

export const CONSTITUTION = `kind: icb-constitution
version: 1
icb:
  id: nhs-example
  name: NHS Example Integrated Care Board
board:
  members:
    - id: jane-smith
      name: Jane Smith
      role: chair
      independent: true
    - id: amir-khan
      name: Amir Khan
      role: chief_executive
    - id: ruth-ode
      name: Ruth Ode
      role: executive
      function: medical
      registration: {regulator: GMC, number: "7012345"}
    - id: lay-1
      name: Pat Lee
      role: non_executive
      independent: true
  deputy_chair: lay-1
  quorum:
    minimum_members: 3
committees:
  - id: audit
    name: Audit and Risk Committee
    type: audit
    chair: lay-1
    members: [lay-1, jane-smith]
places:
  - id: example-city
    name: Example City
clinical_and_care_professional_leadership:
  board_leads: [ruth-ode]
conflicts_of_interest:
  guardian: lay-1
`;

export const PARTNERSHIP = `kind: integrated-care-partnership
version: 1
icb: nhs-example
name: Exampleshire Integrated Care Partnership
`;

export const PLACE = `kind: place-partnership
version: 1
icb: nhs-example
id: south-town
name: South Town
`;

export const NOT_OURS = `# a GitHub workflow
name: ci
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
`;

/** The position of the n-th occurrence of `needle` in `text` (0-based line and character). */
export function positionOf(text: string, needle: string, occurrence = 0, offsetInNeedle = 0): { line: number; character: number } {
  let from = 0;
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, from);
    if (at < 0) throw new Error(`"${needle}" (#${occurrence}) not in text`);
    from = at + 1;
  }
  const before = text.slice(0, at + offsetInNeedle);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}
