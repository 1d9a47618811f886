import { strict as assert } from 'node:assert';
import { analyzeFile, checkFiles, ruleById } from '../../server/src/core';
import type { EngineOptions } from '../../server/src/core/engine';
import { generateCommittees, generateConstitution } from '../../scripts/bench/generate';
import { WorkMeter } from './work';

/**
 * Work grows with the size of the input, not its square. Measured by counting what the engine
 * executes (see WorkMeter), never by a clock: a document k times larger must cost less than one and
 * a half times k the work (linear is k; quadratic, k²).
 */
export function workRatio(meter: WorkMeter, make: (scale: number) => string, scale: number, options: EngineOptions & { rulesOnly?: boolean } = {}): number {
  const uri = 'file:///scaling/constitution.yaml';
  const work = (text: string) => {
    // rulesOnly: the document is parsed before the count starts, so the rules' share shows.
    const prepared = options.rulesOnly ? analyzeFile(uri, text) : undefined;
    return meter.measure(() => checkFiles([prepared ?? analyzeFile(uri, text)], { today: '2026-01-15', ...options }));
  };
  work(make(1)); // warm up: schema compilation
  return work(make(scale)) / work(make(1));
}

describe('scaling: work is linear in the size of the document', function () {
  this.timeout(120_000);
  let meter: WorkMeter;
  before(() => (meter = new WorkMeter()));
  after(() => meter.dispose());

  it('a valid constitution', () => {
    const ratio = workRatio(meter, (k) => generateConstitution(1000 * k), 4);
    assert.ok(ratio < 6, `4× the lines cost ${ratio.toFixed(1)}× the work`);
  });

  it('one stray character before the first line (a thousand YAML errors)', () => {
    const ratio = workRatio(meter, (k) => 'x' + generateConstitution(1000 * k), 4);
    assert.ok(ratio < 6, `4× the lines cost ${ratio.toFixed(1)}× the work`);
  });

  it('many committees (ICS-REF-001 resolves every reporting line)', () => {
    const ratio = workRatio(meter, (k) => generateCommittees(400 * k), 4, { rules: [ruleById('ICS-REF-001')!], rulesOnly: true });
    assert.ok(ratio < 6, `4× the committees cost ${ratio.toFixed(1)}× the work`);
  });
});
