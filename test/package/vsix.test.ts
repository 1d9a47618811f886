import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ENGINE_CHECKS } from '../../server/src/core/checks';

/**
 * The VS Code extension as the Marketplace and Open VSX receive it: `vsce ls` against an
 * allow-list, the packed .vsix under a size budget, self-contained, with its icon, banner,
 * changelog and README images.
 */
const ROOT = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

const ALLOWED: RegExp[] = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^CHANGELOG\.md$/,
  /^dist\/(client|server|cli|api)\.js$/,
  /^schemas\/[a-z-]+\.schema\.json$/,
  // The rule pages and the engine checks' pages (`schema`, `yaml-syntax`…): findings link to both.
  new RegExp(`^docs/rules/(README|ICS-[A-Z]+-\\d{3}|${ENGINE_CHECKS.map((c) => c.id).join('|')})\\.md$`),
  /^images\/icon\.png$/,
];
const REQUIRED = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/client.js', 'dist/server.js', 'dist/cli.js', 'dist/api.js', 'images/icon.png', 'schemas/icb-constitution.schema.json', 'docs/rules/ICS-BOARD-001.md', 'docs/rules/schema.md'];
/** The .vsix is about 1.3 MB. */
const MAX_VSIX = 3 * 1024 * 1024;

function zipEntries(file: string): string[] {
  return execFileSync('python3', ['-c', 'import sys,zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', file], { encoding: 'utf8' }).trim().split('\n');
}
function zipText(file: string, entry: string): string {
  return execFileSync('python3', ['-c', 'import sys,zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())', file, entry], { encoding: 'utf8' });
}

describe('the VS Code extension (.vsix)', function () {
  this.timeout(120_000);

  it('vsce ls lists only the allowed files and every required one', () => {
    const listed = execFileSync(process.execPath, ['scripts/package-vsix.mjs', '--ls'], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n');
    assert.deepEqual(listed.filter((f) => !ALLOWED.some((re) => re.test(f))), [], 'files outside the allow-list');
    for (const f of REQUIRED) assert.ok(listed.includes(f), `the .vsix holds ${f}`);
  });

  it('the packed .vsix is self-contained, under the size budget, with icon, banner, changelog and absolute README images', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ics-vsix-')), 'ext.vsix');
    try {
      execFileSync(process.execPath, ['scripts/package-vsix.mjs', '--out', out], { cwd: ROOT, encoding: 'utf8' });
      const size = fs.statSync(out).size;
      assert.ok(size < MAX_VSIX, `${size} bytes is over ${MAX_VSIX}`);
      const entries = zipEntries(out);
      assert.deepEqual(entries.filter((e) => /node_modules|\.ts$|\.map$|^extension\/(test|out|scripts|server|client)\//.test(e)), []);
      const manifest = zipText(out, 'extension.vsixmanifest');
      assert.match(manifest, /<Icon>extension\/images\/icon\.png<\/Icon>/);
      assert.match(manifest, /Branding\.Color" Value="#003087"/);
      assert.match(manifest, /Content\.Changelog" Path="extension\/changelog\.md"/);
      assert.match(manifest, /<Categories>Linters,Programming Languages<\/Categories>/);
      // vsce points the README's relative images at the repository, so the Marketplace, Open VSX
      // and VS Code's Details tab show them; each must exist in the repository.
      const readme = zipText(out, 'extension/readme.md');
      const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g)].map((m) => m[1]);
      assert.ok(images.length > 0, 'the README has images');
      for (const url of images) {
        const m = /^https:\/\/github\.com\/ics-constitution-checker\/ics-constitution-checker\/raw\/HEAD\/(.+)$/.exec(url);
        assert.ok(m, `${url} is an absolute link into the repository`);
        assert.ok(fs.existsSync(path.join(ROOT, m![1])), `${m![1]} exists`);
      }
    } finally {
      fs.rmSync(path.dirname(out), { recursive: true, force: true });
    }
  });

  it('the manifest: icon (a 256×256 PNG), gallery banner, categories, keywords', () => {
    const png = fs.readFileSync(path.join(ROOT, pkg.icon));
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [256, 256]);
    assert.match(pkg.galleryBanner.color, /^#[0-9a-f]{6}$/i);
    assert.ok(pkg.categories.includes('Linters'));
    assert.ok(pkg.keywords.length >= 5);
  });
});
