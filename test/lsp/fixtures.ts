import { defineRule, type Rule } from '../../server/src/core/rules/framework';
import { ruleById } from '../../server/src/core';
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


/**
 * A rule for editor tests with a safe fix (so fix-all has something to do whatever the catalogue's
 * rules offer): the board must say how it decides; the fix adds `decision_making: consensus`.
 */
export const SAFE_FIX_RULE: Rule = defineRule({
  meta: { ...ruleById('ICS-BOARD-001')!.meta, id: 'ICS-TEST-001', slug: 'test-decision-making', title: 'The board says how it decides (test rule).', crossDocument: false },
  check(ctx) {
    const board = ctx.icb?.board;
    if (!board || board.decision_making) return;
    const edit = ctx.editor.addAtPath(['board', 'decision_making'], 'consensus');
    ctx.report({ message: 'The board does not say how it decides.', at: board.loc, fixes: edit ? [{ title: 'Decide by consensus', safe: true, edits: [edit] }] : undefined });
  },
});

/** A cross-document rule for editor tests: a place file must name an ICB that is among the files. */
export const PLACE_NEEDS_ICB_RULE: Rule = defineRule({
  meta: { ...ruleById('ICS-BOARD-001')!.meta, id: 'ICS-TEST-002', slug: 'test-place-icb', title: 'A place names an ICB of the system (test rule).', appliesTo: ['place-partnership'], crossDocument: true },
  check(ctx) {
    const id = ctx.place?.icb?.value;
    if (id && !ctx.system.icbById(id)) ctx.report({ message: `No ICB with the id \`${id}\` is among the files.`, at: ctx.place!.icb!.loc });
  },
});
