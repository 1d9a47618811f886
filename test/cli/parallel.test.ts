import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { check } from '../../server/src/api';
import { workerCount } from '../../server/src/cli/parallel';
import { generateConstitution } from '../../scripts/bench/generate';

const ROOT = path.join(__dirname, '..', '..');
const read = (p: string) => fs.readFileSync(path.join(ROOT, p), 'utf8');

/**
 * A system whose findings depend on the files seen together: ICBs whose areas overlap (ICS-AREA-002),
 * partnership and place files kept in folders apart from their ICB (so one thread must fetch them),
 * a place naming an ICB that is not there ("did you mean", with every ICB as related), flawed drafts.
 */
function writeSystem(dir: string): void {
  const put = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  put('a-icb/constitution.yaml', read('samples/valid/constitution.yaml'));
  for (let i = 0; i < 6; i++) put(`b-others/icb-${i}.yaml`, generateConstitution(0, `b${i}`));
  // Same councils as the first ICB under another id: the areas overlap.
  put('c-overlap/constitution.yaml', read('samples/valid/constitution.yaml').replace(/id: nhs-northmoor-castlebridge/, 'id: nhs-overlap').replace(/Northmoor and Castlebridge Integrated Care Board/, 'Overlap Integrated Care Board'));
  for (const name of fs.readdirSync(path.join(ROOT, 'samples/flawed'))) put(`d-flawed/${name}`, read(`samples/flawed/${name}`));
  put('z-later/partnership.yaml', read('samples/valid/partnership.yaml'));
  put('z-later/south-northmoor.place.yaml', read('samples/valid/south-northmoor.place.yaml'));
  put('z-later/lost.place.yaml', read('samples/valid/south-northmoor.place.yaml').replace('icb: nhs-northmoor-castlebridge', 'icb: nhs-northmoor-castlebrige'));
  put('z-later/other.yaml', 'name: not ours\n');
}

describe('CLI: large systems checked on worker threads', () => {
  let dir: string;
  const saved = process.env.ICS_CHECK_WORKERS;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ics-parallel-'));
    writeSystem(dir);
  });
  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (saved === undefined) delete process.env.ICS_CHECK_WORKERS;
    else process.env.ICS_CHECK_WORKERS = saved;
  });

  it('uses threads only for a large input, or when told', () => {
    const small = Array.from({ length: 3 }, () => ({ text: 'x'.repeat(1000) }));
    const large = Array.from({ length: 100 }, () => ({ text: 'x'.repeat(100_000) }));
    assert.equal(workerCount(small, {}), 0);
    assert.equal(workerCount(small, { ICS_CHECK_WORKERS: '2' }), 2);
    assert.equal(workerCount(large, { ICS_CHECK_WORKERS: '1' }), 0);
    assert.ok(workerCount(large, {}) === 0 || workerCount(large, {}) >= 2);
  });

  for (const threads of ['2', '3']) {
    it(`gives exactly the findings of a check on one thread (${threads} threads)`, async function () {
      this.timeout(120_000);
      process.env.ICS_CHECK_WORKERS = '0';
      const one = await check({ files: [dir], cwd: dir, today: '2026-01-15' });
      process.env.ICS_CHECK_WORKERS = threads;
      const many = await check({ files: [dir], cwd: dir, today: '2026-01-15' });
      assert.ok(one.results.some((r) => r.findings.some((f) => f.ruleId === 'ICS-AREA-002')), 'the overlap is found');
      assert.ok(one.results.some((r) => r.findings.some((f) => (f.related?.length ?? 0) > 3)), 'a finding lists every ICB');
      assert.deepEqual(many.skipped, one.skipped);
      assert.deepEqual(
        many.results.map((r) => ({ file: r.filePath, findings: r.findings, waivers: r.waivers })),
        one.results.map((r) => ({ file: r.filePath, findings: r.findings, waivers: r.waivers })),
      );
    });
  }
});
