import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkText } from '../server/src/core/engine';
import { PLACEHOLDER_RULE_ID } from '../server/src/core/types';

/**
 * Placeholders (`TODO`, `TBC`, `TBD`, `XXX`) left in a draft are flagged, however they are written —
 * the engine skips the search in a file that cannot hold one, so these pin what "cannot" means.
 */
const VALID = fs.readFileSync(path.join(__dirname, '..', 'samples', 'valid', 'constitution.yaml'), 'utf8');
const NAME = '  legal_name: NHS Northmoor and Castlebridge Integrated Care Board';
const LINE = VALID.split('\n').indexOf(NAME);

function placeholderLines(text: string): number[] {
  return checkText('file:///c.yaml', text, { today: '2026-11-26' })
    .filter((f) => f.ruleId === PLACEHOLDER_RULE_ID)
    .map((f) => f.range.start.line);
}

describe('placeholders', () => {
  it('the valid sample has none', () => {
    assert.ok(LINE > 0);
    assert.deepEqual(placeholderLines(VALID), []);
  });

  for (const [label, value] of [
    ['plain', 'TODO'],
    ['lower case, with more words', 'tbc once the board agrees'],
    ['single-quoted', "'XXXX'"],
    ['double-quoted with an escape that spells it', '"\\x54BD"'],
    ['double-quoted with a unicode escape', '"\\u0074odo"'],
  ]) {
    it(`is flagged when ${label}: ${value}`, () => {
      assert.deepEqual(placeholderLines(VALID.replace(NAME, `  legal_name: ${value}`)), [LINE]);
    });
  }
});
