import { defineRule } from '../framework';
import { text, values } from '../../model/query';
import { compositionOf } from '../../model/composition';
import { NHSE_MODEL_STANDING_ORDERS } from './citations';
import { boardQuorumSeats, listText, QUORUM_WORDS, requirementMet, SECTION_4 } from './helpers';

/** The commonly proposed mix, each part with the `must_include` values that satisfy it. */
const PARTS: { words: string; accepts: string[] }[] = [
  { words: 'a non-executive (or the chair or deputy chair)', accepts: ['chair_or_deputy', 'non_executive'] },
  { words: 'an executive member', accepts: ['executive', 'finance'] },
  { words: 'a clinically qualified member', accepts: ['clinical'] },
];

export default defineRule({
  meta: {
    id: 'ICS-QUORUM-003',
    slug: 'board-quorum-composition',
    title: 'The board\'s quorum includes a mix of members: a non-executive (or the chair or deputy), an executive and a clinician.',
    section: SECTION_4,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [{ ...NHSE_MODEL_STANDING_ORDERS, provision: 'quorum composition (a commonly proposed rule, not found in any source read)' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'When the board has a quorum, checks that `must_include` asks for (1) `chair_or_deputy` or `non_executive`, (2) `executive` or `finance`, and (3) `clinical` — each only when the board has a voting member who could meet it. Partner members are optional. This is a configurable good-practice check: it runs in the `recommended` and `strict` profiles, and can be turned off in the configuration.',
      rationale:
        'Source not confirmed: "the chair or a non-executive, an executive and a clinically qualified member (and a partner member)" is a commonly proposed quorum composition, but it was not found in the NHS England model standing orders or any other source read, so it is not presented as NHS England policy. A mix in the quorum stops a meeting of one kind of member from taking decisions alone.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
    - {id: amir-khan, name: Amir Khan, role: chief_executive}
    - {id: ruth-ode, name: Ruth Ode, role: executive, function: medical, profession: medicine}
    - {id: pat-lee, name: Pat Lee, role: non_executive}
  deputy_chair: pat-lee
  quorum: {minimum_members: 3}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
    - {id: amir-khan, name: Amir Khan, role: chief_executive}
    - {id: ruth-ode, name: Ruth Ode, role: executive, function: medical, profession: medicine}
    - {id: pat-lee, name: Pat Lee, role: non_executive}
  deputy_chair: pat-lee
  quorum: {minimum_members: 3, must_include: [chair_or_deputy, executive, clinical]}
`,
      howToFix:
        'Add the missing kinds of member to `board.quorum.must_include`, using the quorum vocabulary (`chair_or_deputy`, `non_executive`, `executive`, `clinical`, `partner`, `finance`). The quick fix adds them.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const quorum = icb.board?.quorum;
    if (!quorum) return; // ICS-QUORUM-001 asks for one
    const have = new Set(values(quorum.must_include));
    const seats = boardQuorumSeats(icb);
    const deputyNamed = compositionOf(icb).resolve(text(icb.board?.deputy_chair)) !== undefined;
    const missing: { words: string; value: string }[] = [];
    for (const part of PARTS) {
      if (part.accepts.some((v) => have.has(v))) continue;
      // Suggest a value the board can meet; `chair_or_deputy` only when a deputy is named (ICS-QUORUM-002).
      const options = part.accepts.filter((v) => v !== 'finance' && (v !== 'chair_or_deputy' || deputyNamed));
      const value = options.find((v) => requirementMet(icb, v, seats));
      if (value) missing.push({ words: part.words, value });
    }
    if (missing.length === 0) return;
    const edit = ctx.editor.addAtPath(['board', 'quorum', 'must_include'], missing.map((m) => m.value));
    ctx.report({
      message: `The board's quorum does not require ${listText(missing.map((m) => m.words))} to be present. A commonly proposed quorum includes the chair or a non-executive, an executive and a clinically qualified member, so that no one kind of member decides alone (good practice; source not confirmed): add ${listText(missing.map((m) => `\`${m.value}\``))} to \`must_include\`.`,
      at: quorum.must_include?.loc ?? quorum.loc,
      fixes: edit
        ? [{ title: `Require ${listText(missing.map((m) => QUORUM_WORDS[m.value] ?? m.value))} in the board's quorum`, safe: false, edits: [edit] }]
        : undefined,
    });
  },
});
