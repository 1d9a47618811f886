import { defineRule } from '../framework';
import { items, linkGiven, text } from '../../model/query';

import { listText } from '../committees/helpers';
import { NHSCC_LETTER_2021 } from '../citations';
import { NHSCC_WHITE_PAPER } from '../place/citations';
import { SECTION_12 } from '../delegation/citations';

const HEAD = `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
`;

/** The functions seed 002 asks to be mapped explicitly, with the keys that count for each. */
const ASKED: { words: string; keys: string[][]; add: string }[] = [
  { words: 'quality assurance', keys: [['quality_assurance']], add: 'quality_assurance' },
  { words: 'safeguarding', keys: [['safeguarding'], ['safeguarding_children', 'safeguarding_adults']], add: 'safeguarding' },
  { words: 'medicines optimisation', keys: [['medicines_optimisation']], add: 'medicines_optimisation' },
  { words: 'NHS continuing healthcare', keys: [['continuing_healthcare']], add: 'continuing_healthcare' },
];

export default defineRule({
  meta: {
    id: 'ICS-FUNC-002',
    slug: 'seed-functions-mapped',
    title: 'Quality assurance, safeguarding, medicines optimisation and continuing healthcare are mapped explicitly.',
    section: SECTION_12,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [
      { ...NHSCC_WHITE_PAPER, provision: 'no orphan functions, "such as medicines optimisation and NHS continuing healthcare"; decisions "based on clinical advice, for example quality assurance and safeguarding"' },
      { ...NHSCC_LETTER_2021, provision: 'clinical skillsets at board level for quality assurance and safeguarding' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'When the constitution writes out its functions map (`functions_map.functions`, without `recorded_in`), checks that it includes quality assurance, safeguarding (`safeguarding`, or both `safeguarding_children` and `safeguarding_adults`), medicines optimisation and NHS continuing healthcare.',
      rationale:
        'NHS Clinical Commissioners\' 2021 briefing on the white paper warned of "orphan functions" in the transfer from CCGs, "such as medicines optimisation and NHS continuing healthcare", and said ICS NHS bodies "will be accountable for key decisions and functions based on clinical advice, for example quality assurance and safeguarding"; its letter with the NHS Confederation asked for clinical skillsets at board level for the same. These four are the functions most easily left between bodies. Good practice from the seeds of this tool: information.',
      incorrect: `${HEAD}functions_map:
  functions:
    - {function: quality_assurance, decided_by: icb-board}
`,
      correct: `${HEAD}functions_map:
  functions:
    - {function: quality_assurance, decided_by: icb-board}
    - {function: safeguarding, decided_by: icb-board}
    - {function: medicines_optimisation, decided_by: icb-board}
    - {function: continuing_healthcare, decided_by: icb-board}
`,
      howToFix: 'Add the missing functions to `functions_map.functions`, each with where it is decided (`decided_by`) and its `executive_lead`.',
    },
  },
  check(ctx) {
    const map = ctx.icb!.functions_map;
    const list = items(map?.functions);
    if (!map || list.length === 0 || linkGiven(map.recorded_in)) return;
    const present = new Set(list.map((f) => text(f.function)).filter((k): k is string => !!k));
    const missing = ASKED.filter((a) => !a.keys.some((alt) => alt.every((k) => present.has(k))));
    if (missing.length === 0) return;
    const edit = ctx.editor.addAtPath(['functions_map', 'functions'], missing.map((m) => ({ function: m.add, decided_by: { title: 'TODO' } })));
    ctx.report({
      message: `The functions map does not include ${listText(missing.map((m) => m.words))}. NHS Clinical Commissioners (2021) asked that these be mapped explicitly so that none is orphaned in the move from CCGs (medicines optimisation and continuing healthcare) and that quality assurance and safeguarding rest on clinical advice: add ${missing.length === 1 ? 'it' : 'them'}, with where each is decided.`,
      at: map.functions!.loc,
      fixes: edit ? [{ title: `Add ${missing.map((m) => m.add).join(', ')} to the map (decision-makers to fill in)`, safe: false, edits: [edit] }] : undefined,
    });
  },
});
