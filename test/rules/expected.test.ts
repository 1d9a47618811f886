import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ALL_RULES } from '../../server/src/core';
import { EXPECTED, expectedTable } from './expected';

describe('rules: findings and fixes pinned per rule (test/rules/expected/)', () => {
  it('every rule has its table, and there is no table of a rule that is gone', () => {
    const tables = fs.readdirSync(EXPECTED).filter((n) => n.endsWith('.txt')).map((n) => n.slice(0, -4)).sort();
    assert.deepEqual(tables, ALL_RULES.map((r) => r.meta.id).sort());
  });
  for (const rule of ALL_RULES) {
    const id = rule.meta.id;
    it(`${id}: messages, locations, fixes and safe flags as pinned`, () => {
      const file = path.join(EXPECTED, `${id}.txt`);
      const pinned = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
      assert.equal(expectedTable(id), pinned, `${id} changed what it reports; if deliberate, run npx tsx test/rules/expected/update.ts and review the diff`);
    });
  }
});
