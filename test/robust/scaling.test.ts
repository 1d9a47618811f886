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

  it('many committees (ICS-REF-001 resolves every reporting line)', async () => {
    const ratio = await workRatio((k) => generateCommittees(400 * k), 4, { rules: ['ICS-REF-001'], rulesOnly: true });
    assert.ok(ratio < 6, `4× the committees cost ${ratio.toFixed(1)}× the work`);
  });
});
