import assert from 'node:assert/strict';
import { adaptiveDelay, CheckCosts, INSTANT_BELOW_MS, MAX_DEBOUNCE_MS } from '../../server/src/lsp/scheduling';
import { startHarness, type Harness } from './harness';
import { CONSTITUTION, positionOf } from './fixtures';
import { uriKey } from '../../server/src/lsp/uris';

describe('language server: the wait after a keystroke follows the cost of checking', () => {
  it('a file that checks quickly is checked at once; a costly one waits, never longer than the maximum', () => {
    assert.equal(adaptiveDelay(2), 0);
    assert.equal(adaptiveDelay(INSTANT_BELOW_MS - 1), 0);
    assert.equal(adaptiveDelay(60), 60);
    assert.equal(adaptiveDelay(5_000), MAX_DEBOUNCE_MS);
    assert.ok(adaptiveDelay(undefined) > 0 && adaptiveDelay(undefined) < MAX_DEBOUNCE_MS, 'a file never checked gets a short wait');
  });

  it('the estimate follows the latest checks of each file', () => {
    const costs = new CheckCosts();
    costs.record('a', 400);
    costs.record('b', 4);
    assert.equal(costs.get('a'), 400);
    costs.record('a', 4);
    costs.record('a', 4);
    assert.ok(costs.get('a')! < 110, `two cheap checks bring the estimate down (${costs.get('a')})`);
    assert.equal(costs.get('b'), 4);
    costs.forget('a');
    assert.equal(costs.get('a'), undefined);
  });

  describe('over LSP, with no fixed wait', () => {
    let h: Harness;
    afterEach(async () => h?.dispose());

    it('each edit is published for its own version, and the wait comes from the measured cost', async () => {
      const uri = 'file:///work/nhs-example/constitution.yaml';
      h = await startHarness({ adaptive: true });
      await h.open(uri, CONSTITUTION);
      await h.diagnostics(uri);
      const at = positionOf(CONSTITUTION, 'role: chair');
      await h.change(uri, [{ range: { start: at, end: { line: at.line, character: at.character + 'role: chair'.length } }, text: 'role: non_executive' }]);
      assert.equal((await h.diagnostics(uri)).filter((d) => d.code === 'ICS-BOARD-001').length, 1);
      await h.replace(uri, CONSTITUTION);
      assert.equal((await h.diagnostics(uri)).filter((d) => d.code === 'ICS-BOARD-001').length, 0);
      const delay = h.server.delayFor(uriKey(uri));
      assert.ok(delay >= 0 && delay <= MAX_DEBOUNCE_MS, String(delay));
    });
  });
});
