import { strict as assert } from 'node:assert';
import {
  REGULATORS,
  REGULATOR_IDS,
  expectedRegulators,
  isRegisteredClinician,
  isRegisteredProfessional,
  professionExpectation,
  regulatorById,
  validateRegistrationNumber,
} from '../server/src/core/regulators';
import { analyzeFile } from '../server/src/core';
import type { BoardMember } from '../server/src/core/model/kinds';
import * as fs from 'node:fs';
import * as path from 'node:path';

describe('regulators (catalogue §11)', () => {
  it('lists every regulator the schema accepts, and only those', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'schemas', 'icb-constitution.schema.json'), 'utf8'));
    assert.deepEqual([...REGULATOR_IDS].sort(), [...schema.$defs.regulator.enum].sort());
  });

  it('gives every regulator a name, a source and, when confirmed, an example that passes its own format', () => {
    for (const id of REGULATOR_IDS) {
      const r = REGULATORS[id];
      assert.equal(r.id, id);
      assert.ok(r.name.length > 0 && r.registers.length > 0 && r.formatNote.length > 0, id);
      assert.ok(r.sources.length > 0, `${id} has a source`);
      for (const f of r.formats) {
        assert.ok(f.pattern.test(f.example), `${id} example ${f.example} matches ${f.pattern}`);
        assert.ok(f.description.includes(f.example), `${id} describes its format with the example`);
      }
      if (r.confidence === 'U') assert.equal(r.formats.length, 0, `${id}: an unconfirmed format must not be enforced`);
    }
  });

  describe('validateRegistrationNumber', () => {
    const cases: [string, string, boolean][] = [
      ['GMC', '7012345', true],
      ['GMC', 'L123456', true],
      ['GMC', '701234', false],
      ['GMC', '70123456', false],
      ['GMC', 'C7012345', false],
      ['GMC', '71A2998E', false],
      ['NMC', '71A2998E', true],
      ['NMC', '71a2998e', true],
      ['NMC', '7012345', false],
      ['NMC', '71A2998', false],
      ['HCPC', 'PH123456', true],
      ['HCPC', 'PYL12345', true],
      ['HCPC', 'PA 12345', true],
      ['HCPC', 'ODP1', true],
      ['HCPC', 'SW12345', false],
      ['HCPC', 'XX123456', false],
      ['HCPC', 'PH1234567', false],
      ['HCPC', '123456', false],
      ['GPhC', '2012345', true],
      ['GPhC', '5012345', true],
      ['GPhC', '1012345', false],
      ['GPhC', '201234', false],
    ];
    for (const [reg, num, ok] of cases) {
      it(`${reg} ${num} is ${ok ? 'accepted' : 'rejected'}`, () => {
        const r = validateRegistrationNumber(reg, num);
        assert.equal(r.ok, ok, r.expected);
        assert.equal(r.checked, true);
      });
    }

    it('says what a valid number looks like', () => {
      assert.match(validateRegistrationNumber('GMC', '12').expected, /7 digits, e\.g\. 7012345/);
      assert.match(validateRegistrationNumber('NMC', '12').expected, /8 characters/);
      assert.match(validateRegistrationNumber('HCPC', '12').expected, /profession code/);
      assert.match(validateRegistrationNumber('GPhC', '12').expected, /starting with 2/);
    });

    it('accepts numbers given as YAML integers', () => {
      assert.equal(validateRegistrationNumber('GMC', 7012345).ok, true);
    });

    for (const id of ['PSNI', 'GDC', 'GOC', 'GOsC', 'GCC', 'SWE', 'UKPHR']) {
      it(`${id}: an unconfirmed format accepts any non-empty number but not an empty one`, () => {
        const any = validateRegistrationNumber(id, 'anything-123');
        assert.equal(any.ok, true);
        assert.equal(any.checked, false);
        assert.match(any.expected, /not (been )?(confirmed|found|researched)|not checked/);
        assert.equal(validateRegistrationNumber(id, '  ').ok, false);
        assert.equal(validateRegistrationNumber(id, undefined).ok, false);
      });
    }

    it('an empty number never passes, even for a confirmed regulator', () => {
      assert.equal(validateRegistrationNumber('GMC', '').ok, false);
    });

    it('an unknown regulator is not format-checked', () => {
      const r = validateRegistrationNumber('XYZ', '1');
      assert.equal(r.ok, true);
      assert.equal(r.checked, false);
    });

    it('finds regulators ignoring case', () => {
      assert.equal(regulatorById('gphc')?.id, 'GPhC');
      assert.equal(regulatorById('Swe')?.id, 'SWE');
      assert.equal(regulatorById('nobody'), undefined);
    });
  });

  describe('expectedRegulators', () => {
    const table: [string, string | undefined, string[]][] = [
      ['medicine', undefined, ['GMC']],
      ['general_practice', undefined, ['GMC']],
      ['nursing', undefined, ['NMC']],
      ['midwifery', undefined, ['NMC']],
      ['nursing_associate', undefined, ['NMC']],
      ['allied_health', 'physiotherapy', ['HCPC']],
      ['allied_health', 'paramedic', ['HCPC']],
      ['allied_health', 'osteopathy', ['GOsC']],
      ['allied_health', undefined, ['HCPC', 'GOsC', 'GCC']],
      ['psychology', undefined, ['HCPC']],
      ['healthcare_science', undefined, ['HCPC']],
      ['pharmacy', undefined, ['GPhC', 'PSNI']],
      ['pharmacy_technician', undefined, ['GPhC']],
      ['dentistry', undefined, ['GDC']],
      ['optometry', undefined, ['GOC']],
      ['social_work', undefined, ['SWE']],
      ['public_health', undefined, ['UKPHR', 'GMC', 'NMC', 'GDC']],
      ['social_care', undefined, []],
      ['other', undefined, []],
    ];
    for (const [profession, ahp, regs] of table) {
      it(`${profession}${ahp ? ` (${ahp})` : ''} → ${regs.join(', ') || 'none in particular'}`, () => {
        assert.deepEqual(expectedRegulators(profession, ahp), regs);
      });
    }

    it('narrows the number within the regulator: psychologists PYL, paramedics PA, technicians 5…', () => {
      assert.ok(professionExpectation('psychology')!.number!.pattern.test('PYL12345'));
      assert.ok(!professionExpectation('psychology')!.number!.pattern.test('PH12345'));
      assert.ok(professionExpectation('allied_health', 'paramedic')!.number!.pattern.test('PA12345'));
      assert.ok(!professionExpectation('allied_health', 'paramedic')!.number!.pattern.test('PH12345'));
      assert.ok(professionExpectation('pharmacy_technician')!.number!.pattern.test('5012345'));
      assert.ok(!professionExpectation('pharmacy_technician')!.number!.pattern.test('2012345'));
      assert.ok(professionExpectation('pharmacy')!.number!.pattern.test('2012345'));
    });

    it('every regulator it names exists, and lists the profession among those it registers', () => {
      for (const [profession, ahp] of table) {
        for (const r of expectedRegulators(profession, ahp)) {
          assert.ok(REGULATORS[r], r);
          assert.ok(REGULATORS[r].professions.includes(profession as never), `${r} registers ${profession}`);
        }
      }
    });
  });

  describe('isRegisteredClinician', () => {
    function member(yaml: string): BoardMember {
      const text = `kind: icb-constitution\nversion: 1\nboard:\n  members:\n    - ${yaml}\n`;
      const doc = analyzeFile('file:///m.yaml', text).documents[0];
      assert.equal(doc.typed?.kind, 'icb-constitution');
      const m = doc.typed!.kind === 'icb-constitution' ? doc.typed!.model.board?.members?.items[0] : undefined;
      assert.ok(m);
      return m;
    }

    it('is true for a doctor with a GMC number, and for an unchecked-format regulator', () => {
      assert.equal(isRegisteredClinician(member('{id: a, profession: medicine, registration: {regulator: GMC, number: "7012345"}}')), true);
      assert.equal(isRegisteredClinician(member('{id: a, registration: {regulator: GDC, number: "12345"}}')), true);
      assert.equal(isRegisteredClinician(member('{id: a, registration: {regulator: GMC, number: 7012345}}')), true);
    });

    it('is false without a registration, without a number, or for a care (not health) register', () => {
      assert.equal(isRegisteredClinician(member('{id: a, profession: medicine}')), false);
      assert.equal(isRegisteredClinician(member('{id: a, registration: {regulator: GMC}}')), false);
      assert.equal(isRegisteredClinician(member('{id: a, registration: {regulator: SWE, number: SW1}}')), false);
      assert.equal(isRegisteredClinician(member('{id: a, registration: {regulator: UKPHR, number: "1"}}')), false);
      assert.equal(isRegisteredProfessional(member('{id: a, registration: {regulator: SWE, number: SW1}}')), true);
    });
  });
});
