import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ruleById } from '../../server/src/core';
import { COMPOSITION_RULES } from './composition-rules';

const FIXTURES = path.join(__dirname, 'fixtures');

/**
 * Every rule that reasons about the board's composition (or a committee's, or who holds a post)
 * has fixtures for a constitution that declares seats (format 1.1) and for one that lists members
 * only: a passing and a failing one of each, except where a kind cannot fail (noted).
 */
/** Seat rules only judge constitutions with seats: without seats they can only pass. */
const SEATS_ONLY = new Set(['ICS-SEAT-001', 'ICS-SEAT-002']);

function fixtureTexts(rule: string): { name: string; pass: boolean; text: string }[] {
  const dir = path.join(FIXTURES, rule);
  return fs
    .readdirSync(dir)
    .filter((n) => /^(pass|fail)/.test(n))
    .map((name) => {
      const full = path.join(dir, name);
      const files = fs.statSync(full).isDirectory() ? fs.readdirSync(full).map((n) => path.join(full, n)) : [full];
      return { name, pass: name.startsWith('pass'), text: files.map((f) => fs.readFileSync(f, 'utf8')).join('\n') };
    });
}

const hasSeats = (t: string) => /^\s+seats:/m.test(t);
const hasMembers = (t: string) => /^\s+members:/m.test(t) && !hasSeats(t);

describe('composition rules have fixtures for seats and for members', () => {
  for (const rule of COMPOSITION_RULES) {
    it(rule, () => {
      assert.ok(ruleById(rule), `${rule} is a rule`);
      const fixtures = fixtureTexts(rule);
      const missing: string[] = [];
      for (const pass of [true, false]) {
        const word = pass ? 'pass' : 'fail';
        if (!fixtures.some((f) => f.pass === pass && hasSeats(f.text))) missing.push(`${word}-…seats… (a constitution with board.seats)`);
        if (!(SEATS_ONLY.has(rule) && !pass) && !fixtures.some((f) => f.pass === pass && hasMembers(f.text))) missing.push(`${word}-… (board.members, no seats)`);
      }
      assert.deepEqual(missing, [], `test/rules/fixtures/${rule}/ needs`);
    });
  }
});
