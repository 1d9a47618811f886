import { isMap, isPair, isScalar, type Node, type YAMLMap } from 'yaml';
import { defineRule } from '../framework';
import { ACT_SCH1B_P1 } from '../citations';
import { SECTION_1 } from './helpers';
import type { Range } from '../../types';

const KEYS_OF_A_CONSTITUTION = ['icb', 'board'];

export default defineRule({
  meta: {
    id: 'ICS-CONST-001',
    slug: 'constitution-declares-itself',
    title: 'The constitution says what it is: an ICB constitution with the ICB and its board, and every document in the file says its kind.',
    section: SECTION_1,
    sourceKind: 'statute',
    severity: 'error',
    citations: [{ ...ACT_SCH1B_P1, provision: 'Schedule 1B paragraph 1' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Checks that a document marked `kind: icb-constitution` really is a constitution — it has the ICB\'s details (`icb:`) or its board (`board:`) — and that no other document in the same file (after a `---`) leaves out `kind:`, which would leave it unchecked.',
      rationale:
        'Schedule 1B paragraph 1 to the NHS Act 2006 says every integrated care board must have a constitution. The checker can only hold a document to that standard if the document says it is the constitution; a handbook fragment or committee terms of reference labelled as a constitution would be checked against the wrong requirements, and a document with no `kind:` is not checked at all.',
      incorrect: `kind: icb-constitution
version: 1
committees:
  - {id: audit, name: Audit and Risk Committee, type: audit}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
`,
      howToFix:
        'Keep the constitution in a document that starts `kind: icb-constitution` and `version: 1` and sets out the ICB (`icb:`) and its board (`board:`). Give every other document in the file its own `kind:`, or move it to its own file.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    if (!icb.icb && !icb.board) {
      const edit = ctx.editor.addAtPath(['icb'], { id: 'todo', name: 'TODO' });
      ctx.report({
        message:
          'This document says it is an ICB constitution but sets out neither the ICB (`icb:`) nor its board (`board:`). Schedule 1B paragraph 1 of the NHS Act 2006 requires each integrated care board to have a constitution; if this is a fragment (a handbook section, committee terms of reference), give it its own kind or move it out, and keep the constitution itself in a document with `icb:` and `board:`.',
        at: ctx.documentAnchor,
        fixes: edit ? [{ title: 'Add the ICB\'s details (id and name to fill in)', safe: false, edits: [edit] }] : undefined,
      });
    }

    // Documents in the same file without `kind:` are not checked; say so once, from the first typed document.
    const firstTyped = ctx.file.documents.find((d) => d.typed);
    if (firstTyped !== ctx.document) return;
    for (const other of ctx.file.documents) {
      if (other === ctx.document || other.broken || other.declaredKind) continue;
      const root = other.yaml.contents as Node | null;
      if (!isMap(root) || (root as YAMLMap).items.length === 0) continue;
      const keys = (root as YAMLMap).items.filter(isPair).map((p) => (isScalar(p.key) ? String(p.key.value) : ''));
      const first = (root as YAMLMap).items[0];
      const at: Range = first && isScalar(first.key) && (first.key as Node).range
        ? ctx.file.lines.range((first.key as Node).range![0], (first.key as Node).range![1])
        : other.range;
      const looksLikeConstitution = keys.some((k) => KEYS_OF_A_CONSTITUTION.includes(k));
      const insertAt = root.range ? ctx.file.lines.positionAt(root.range[0]) : undefined;
      ctx.report({
        message: `Document ${other.index + 1} of this file (after a \`---\`) does not say what kind of document it is, so nothing in it is checked. Start it with \`kind:\` (icb-constitution, integrated-care-partnership or place-partnership) and \`version: 1\`, or move it to a file of its own.`,
        at,
        fixes:
          looksLikeConstitution && insertAt
            ? [{ title: 'Mark it as an ICB constitution', safe: false, edits: [{ range: { start: insertAt, end: insertAt }, newText: 'kind: icb-constitution\n' + (keys.includes('version') ? '' : 'version: 1\n') + ' '.repeat(insertAt.character) }] }]
            : undefined,
      });
    }
  },
});
