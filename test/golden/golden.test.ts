import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, ROOT } from '../cli/helpers';
import { toolVersion } from '../../server/src/api';
import { FORMAT_NAMES } from '../../server/src/core/formatters';

/**
 * Golden files: the output of every format on samples/flawed/, compared byte for byte with
 * test/golden/flawed.<format>. Absolute paths become <cwd> and the tool version <version>.
 * When a rule or a sample changes on purpose, regenerate them and review the diff:
 *
 *   UPDATE_GOLDEN=1 npx mocha --no-config -r tsx/cjs test/golden/golden.test.ts   (or test/golden/update.sh)
 */
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const EXT: Record<string, string> = { stylish: 'txt', json: 'json', sarif: 'sarif', junit: 'xml', github: 'txt', markdown: 'md', gitlab: 'json', checklist: 'txt' };

function normalise(text: string): string {
  const version = toolVersion().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text
    .split(ROOT)
    .join('<cwd>')
    .split(encodeURI(ROOT))
    .join('<cwd>')
    .replace(new RegExp(`("version": "|"semanticVersion": ")${version}"`, 'g'), '$1<version>"');
}

describe('golden files (samples/flawed)', () => {
  it('samples/flawed exists', () => {
    assert.ok(fs.readdirSync(path.join(ROOT, 'samples/flawed')).some((n) => n.endsWith('.yaml')));
  });

  // html (the reviewer's report) is tested by what it shows, in test/render/report.test.ts.
  for (const format of FORMAT_NAMES.filter((f) => f !== 'html')) {
    it(`-f ${format}`, async () => {
      const r = await cli(['-f', format, '--today', '2026-11-23', 'samples/flawed'], { cwd: ROOT });
      assert.equal(r.code, 1, r.stderr);
      const actual = normalise(r.stdout);
      const file = path.join(__dirname, `flawed.${format}.${EXT[format]}`);
      if (UPDATE) fs.writeFileSync(file, actual);
      assert.ok(fs.existsSync(file), `missing ${path.relative(ROOT, file)}: run with UPDATE_GOLDEN=1`);
      assert.equal(actual, fs.readFileSync(file, 'utf8'), `${path.relative(ROOT, file)} differs: if the change is intended, regenerate with UPDATE_GOLDEN=1 and review the diff`);
    });
  }

  it('the valid samples print only the clean summary', async () => {
    const r = await cli(['--today', '2026-11-23', 'samples/valid'], { cwd: ROOT });
    const count = fs.readdirSync(path.join(ROOT, 'samples/valid')).filter((n) => /\.ya?ml$/.test(n)).length;
    assert.equal(r.stdout, `✔ ${count} files checked, no problems\n`);
    assert.equal(r.code, 0);
  });
});
