import { defineRule } from '../framework';
import type { IcbConstitution } from '../../model/kinds';
import { boardMembers, firstLoc, items, text } from '../../model/query';
import { compositionOf } from '../../model/composition';
import { HF, LSC_BOARD } from './citations';
import { unusedId } from './util';

interface Voice {
  represents: 'healthwatch' | 'vcse';
  words: string;
  /** Words in a member's name or title that show they bring this voice. */
  pattern: RegExp;
  idBase: string;
}

const VOICES: Voice[] = [
  { represents: 'healthwatch', words: 'Healthwatch', pattern: /\bhealthwatch\b/i, idBase: 'healthwatch' },
  {
    represents: 'vcse',
    words: 'the voluntary, community and social enterprise (VCSE) sector',
    pattern: /\b(vcse|vcfse|voluntary)\b/i,
    idBase: 'vcse',
  },
];

function heard(icb: IcbConstitution, v: Voice): boolean {
  if (items(icb.board?.participants).some((p) => text(p.represents) === v.represents || v.pattern.test(text(p.name) ?? ''))) return true;
  if (boardMembers(icb).some((m) => v.pattern.test(text(m.title) ?? '') || v.pattern.test(text(m.name) ?? ''))) return true;
  // A seat for them (format 1.1): one that represents them, or is titled for them.
  return compositionOf(icb).positions.some((p) => p.represents === v.represents || v.pattern.test(p.title ?? ''));
}

export default defineRule({
  meta: {
    id: 'ICS-PART-002',
    slug: 'healthwatch-and-vcse-at-the-board',
    title: 'Healthwatch and the VCSE sector have a voice at the board, as participants or members.',
    section: '2. ICB board composition and roles',
    sourceKind: 'guidance',
    severity: 'information',
    citations: [LSC_BOARD, HF],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Checks that `board.participants` includes someone with `represents: healthwatch` and someone with `represents: vcse`, or that a board member\'s name or title shows they bring that voice. Under the Health Bill 2026 framework only the VCSE voice is checked, because the Bill would abolish Healthwatch.',
      rationale:
        'Good practice is to hear Healthwatch and the voluntary, community and social enterprise sector at the board: Lancashire and South Cumbria ICB has VCFSE and Healthwatch participants, and West Yorkshire has a Healthwatch member on its board (the Health Foundation). This is good practice, so the rule is information. The Health Bill 2026 would abolish Healthwatch; its successor arrangements are not yet known.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  participants:
    - {id: hw, name: Healthwatch Exampleshire, represents: healthwatch}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  participants:
    - {id: hw, name: Healthwatch Exampleshire, represents: healthwatch}
    - {id: vcse-rep, name: Example VCSE Alliance, represents: vcse}
`,
      howToFix: 'Add participants for local Healthwatch and the VCSE sector (`represents: healthwatch`, `represents: vcse`), or a board member who brings that voice.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const voices = ctx.framework === 'health-bill-2026' ? VOICES.filter((v) => v.represents !== 'healthwatch') : VOICES;
    for (const v of voices) {
      if (heard(icb, v)) continue;
      const edit = ctx.editor.addAtPath(['board', 'participants'], [{ id: unusedId(icb, v.idBase), name: 'TODO', represents: v.represents }]);
      ctx.report({
        message: `Nobody brings the voice of ${v.words} to the board. Good practice is to include them as participants or members, as Lancashire and South Cumbria and West Yorkshire ICBs do (the Health Foundation): add a participant with \`represents: ${v.represents}\`.`,
        at: firstLoc(icb.board?.participants, icb.board) ?? ctx.documentAnchor,
        fixes: edit ? [{ title: `Add a ${v.represents === 'vcse' ? 'VCSE' : 'Healthwatch'} participant (name to fill in)`, safe: false, edits: [edit] }] : undefined,
      });
    }
  },
});
