import { strict as assert } from 'node:assert';
import { AnalysisCache, analyzeFile } from '../../server/src/core/analyze';
import { compositionOf } from '../../server/src/core/model/composition';
import { governanceOf } from '../../server/src/core/model/governance';
import type { IcbConstitution } from '../../server/src/core/model/kinds';
import { tracking } from '../../server/src/core/model/reads';

/**
 * Views computed once per model and shared between rules must say, on every use, which sections
 * they were built from: the rule cache re-uses a rule's findings while the sections it read are
 * unchanged, so a rule that got a view built earlier for another rule would otherwise keep stale
 * findings after an edit to those sections.
 */
describe('views shared between rules note the sections they read, on every use', () => {
  const yaml = `kind: icb-constitution
version: 1.1
icb: {id: nhs-example}
board:
  seats:
    - {id: chair, role: chair}
committees:
  - {id: audit, type: audit, chair: chair}
joint_working:
  arrangements:
    - {id: pc, type: nhse_delegation}
`;
  /** A model as the language server builds it for incremental checking: its root notes reads. */
  function instrumented(): IcbConstitution {
    return analyzeFile('file:///w/c.yaml', yaml, {}, new AnalysisCache()).documents[0].typed!.model as IcbConstitution;
  }

  it('the governance index (references to committees and arrangements)', () => {
    const icb = instrumented();
    const first = tracking(() => governanceOf(icb)).reads;
    const second = tracking(() => governanceOf(icb)).reads;
    for (const reads of [first, second]) {
      assert.ok(reads.has('committees'), `reads: ${[...reads].join(', ')}`);
      assert.ok(reads.has('joint_working'), `reads: ${[...reads].join(', ')}`);
    }
  });

  it('the board composition', () => {
    const icb = instrumented();
    tracking(() => compositionOf(icb));
    assert.ok(tracking(() => compositionOf(icb)).reads.has('board'));
  });
});
