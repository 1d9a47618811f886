import { strict as assert } from 'node:assert';
import { generateCommittees, generateConstitution } from '../../scripts/bench/generate';
import { workRatio } from './work';

/**
 * Work grows with the size of the input, not its square. Measured by counting what the engine
 * executes (see work.ts), never by a clock: a document four times larger must cost less than six
 * times the work (linear is four; quadratic, sixteen).
 */
describe('scaling: work is linear in the size of the document', function () {
  this.timeout(120_000);

  it('a valid constitution', async () => {
    const ratio = await workRatio((k) => generateConstitution(1000 * k), 4);
    assert.ok(ratio < 6, `4× the lines cost ${ratio.toFixed(1)}× the work`);
  });

  it('one stray character before the first line (a thousand YAML errors)', async () => {
    const ratio = await workRatio((k) => 'x' + generateConstitution(1000 * k), 4);
    assert.ok(ratio < 6, `4× the lines cost ${ratio.toFixed(1)}× the work`);
  });

  it('many places and committees (ICS-PLACE-004 looks up each place’s reporting lines)', async () => {
    // The rule does a lot of linear work per place: the bound is tighter here (a set of the
    // committees built per place gave 5.2×).
    const ratio = await workRatio((k) => generateConstitution(3000 * k), 4, { rules: ['ICS-PLACE-004'], rulesOnly: true });
    assert.ok(ratio < 4.5, `4× the places and committees cost ${ratio.toFixed(2)}× the work`);
  });

  it('many committees (ICS-REF-001 resolves every reporting line)', async () => {
    const ratio = await workRatio((k) => generateCommittees(400 * k), 4, { rules: ['ICS-REF-001'], rulesOnly: true });
    assert.ok(ratio < 6, `4× the committees cost ${ratio.toFixed(1)}× the work`);
  });
});
