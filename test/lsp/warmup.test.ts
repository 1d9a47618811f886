import assert from 'node:assert/strict';
import { warmUpSteps } from '../../server/src/core/warmup';
import { ALL_RULES } from '../../server/src/core/rules';

describe('language server: warming up on start', () => {
  it('runs every rule on its own examples, one example a step, without a failure', function () {
    this.timeout(60_000);
    let steps = 0;
    for (const _ of warmUpSteps()) steps++;
    assert.ok(steps >= ALL_RULES.length, `${steps} steps for ${ALL_RULES.length} rules`);
  });
});
