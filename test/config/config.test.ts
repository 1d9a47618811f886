import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigError, ConfigLoader, ignoredBy, mergeOptions, parseConfig, selectedByFiles, CONFIG_FILENAME } from '../../server/src/core/config';

const trees: string[] = [];
after(() => {
  for (const dir of trees.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ics-config-'));
  trees.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    const full = path.join(dir, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
  }
  return dir;
}

function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  assert.fail('expected a ConfigError');
}

describe('config: parseConfig', () => {
  it('reads every setting and where each key is', () => {
    const text = 'root: true\nprofile: strict\nframework: health-bill-2026\nrules:\n  ICS-BOARD-001: warning\nfiles: ["gov/**/*.yaml"]\nignore: [drafts]\nboard_size_threshold: 12\n';
    const file = parseConfig(text, '/x/.ics-check.yaml');
    assert.equal(file.settings.profile, 'strict');
    assert.equal(file.settings.framework, 'health-bill-2026');
    assert.deepEqual(file.settings.rules, { 'ICS-BOARD-001': 'warning' });
    assert.equal(file.settings.board_size_threshold, 12);
    assert.deepEqual(file.keyOrigins.profile, { file: '/x/.ics-check.yaml', line: 2, column: 1 });
    assert.deepEqual(file.keyOrigins['rules.ICS-BOARD-001'], { file: '/x/.ics-check.yaml', line: 5, column: 3 });
    assert.deepEqual(file.warnings, []);
  });

  it('an empty file is a configuration with no settings', () => {
    assert.deepEqual(parseConfig('# nothing yet\n', '/x/.ics-check.yaml').settings, {});
  });

  it('a wrong value is an error at its line and column', () => {
    const err = configError(() => parseConfig('root: true\nprofile: strickt\n', '/x/c.yaml'));
    assert.equal(err.problems.length, 1);
    assert.equal(err.problems[0].line, 2);
    assert.equal(err.problems[0].column, 10);
    assert.match(err.message, /^\/x\/c\.yaml:2:10: .*profile.*strict/);
  });

  it('an unknown key is an error with a suggestion', () => {
    const err = configError(() => parseConfig('profil: strict\n', '/x/c.yaml'));
    assert.match(err.message, /^\/x\/c\.yaml:1:1: `profil` is not a key.*`profile`/);
  });

  it('a malformed rule id and a wrong severity are errors', () => {
    const err = configError(() => parseConfig('rules:\n  ICS-BOARD-001: fatal\n  board-001: off\n', '/x/c.yaml'));
    assert.equal(err.problems.length, 2);
    assert.deepEqual(err.problems.map((p) => p.line), [2, 3]);
  });

  it('YAML syntax errors are errors with a position', () => {
    const err = configError(() => parseConfig('profile: [strict\n', '/x/c.yaml'));
    assert.match(err.message, /^\/x\/c\.yaml:\d+:\d+: YAML syntax: /);
  });

  it('a top-level list is an error', () => {
    const err = configError(() => parseConfig('- profile\n', '/x/c.yaml'));
    assert.match(err.message, /^\/x\/c\.yaml:1:1: /);
  });

  it('a well-formed but unknown rule id is a warning with a suggestion, not an error', () => {
    const file = parseConfig('rules:\n  ICS-BORD-001: off\n', '/x/c.yaml');
    assert.equal(file.warnings.length, 1);
    assert.equal(file.warnings[0].line, 2);
    assert.match(file.warnings[0].message, /`ICS-BORD-001` is not a rule.*ICS-BOARD-001/);
  });
});

describe('config: ConfigLoader', () => {
  it('walks up and merges, nearest first, stopping at root: true', () => {
    const dir = tree({
      [CONFIG_FILENAME]: 'profile: statutory\n',
      ['proj/' + CONFIG_FILENAME]: 'root: true\nprofile: nhse\nframework: health-bill-2026\nrules: {ICS-BOARD-001: warning}\nboard_size_threshold: 30\n',
      ['proj/sub/' + CONFIG_FILENAME]: 'profile: strict\nrules: {ICS-BOARD-001: off}\nignore: ["drafts/**"]\n',
      'proj/sub/a.yaml': 'kind: icb-constitution\n',
    });
    const config = new ConfigLoader().forFile(path.join(dir, 'proj/sub/a.yaml'));
    assert.deepEqual(config.chain.map((c) => path.relative(dir, c.path)), [`proj/sub/${CONFIG_FILENAME}`, `proj/${CONFIG_FILENAME}`]);
    assert.deepEqual(config.options, { profile: 'strict', defaultFramework: 'health-bill-2026', ruleOverrides: { 'ICS-BOARD-001': 'off' }, boardSizeThreshold: 30 });
    assert.equal(config.origins.profile?.file, path.join(dir, 'proj/sub', CONFIG_FILENAME));
    assert.equal(config.origins.framework?.file, path.join(dir, 'proj', CONFIG_FILENAME));
    assert.equal(config.origins.rules['ICS-BOARD-001'].file, path.join(dir, 'proj/sub', CONFIG_FILENAME));
  });

  it('without root: true it goes on to the parent folders', () => {
    const dir = tree({ [CONFIG_FILENAME]: 'root: true\nprofile: statutory\n', ['a/' + CONFIG_FILENAME]: 'rules: {ICS-BOARD-001: hint}\n', 'a/b/x.yaml': '' });
    const config = new ConfigLoader().forFile(path.join(dir, 'a/b/x.yaml'));
    assert.equal(config.chain.length, 2);
    assert.equal(config.options.profile, 'statutory');
    assert.equal(config.options.ruleOverrides?.['ICS-BOARD-001'], 'hint');
  });

  it('no configuration file: empty options', () => {
    const dir = tree({ [CONFIG_FILENAME]: 'root: true\n', 'x.yaml': '' });
    const config = new ConfigLoader().forFile(path.join(dir, 'x.yaml'));
    assert.deepEqual(config.options, {});
    assert.equal(config.files, undefined);
  });

  it('a broken file in the chain is an error, not a fallback', () => {
    const dir = tree({ [CONFIG_FILENAME]: 'root: true\nprofile: 3\n', 'a/x.yaml': '' });
    const err = configError(() => new ConfigLoader().forFile(path.join(dir, 'a/x.yaml')));
    assert.equal(err.problems[0].file, path.join(dir, CONFIG_FILENAME));
    assert.equal(err.problems[0].line, 2);
  });

  it('--config replaces the walk; a missing one is an error', () => {
    const dir = tree({ [CONFIG_FILENAME]: 'root: true\nprofile: statutory\n', 'other.yaml': 'profile: strict\n', 'x.yaml': '' });
    const config = new ConfigLoader({ configPath: path.join(dir, 'other.yaml') }).forFile(path.join(dir, 'x.yaml'));
    assert.equal(config.options.profile, 'strict');
    assert.equal(config.chain.length, 1);
    const err = configError(() => new ConfigLoader({ configPath: path.join(dir, 'missing.yaml') }).forFile(path.join(dir, 'x.yaml')));
    assert.match(err.message, /missing\.yaml:1:1: the configuration file does not exist/);
  });

  it('reads through a readFile hook (unsaved editor buffers) and caches until clear()', () => {
    let profile = 'statutory';
    let reads = 0;
    const loader = new ConfigLoader({
      readFile: (p) => {
        if (p !== path.resolve('/virtual/.ics-check.yaml')) return undefined;
        reads++;
        return `root: true\nprofile: ${profile}\n`;
      },
    });
    assert.equal(loader.forFile('/virtual/x.yaml').options.profile, 'statutory');
    profile = 'strict';
    assert.equal(loader.forFile('/virtual/y.yaml').options.profile, 'statutory');
    assert.equal(reads, 1);
    loader.clear();
    assert.equal(loader.forFile('/virtual/x.yaml').options.profile, 'strict');
  });

  it('files and ignore globs are relative to the folder of the file that sets them', () => {
    const dir = tree({
      [CONFIG_FILENAME]: 'root: true\nfiles: ["gov/**/*.yaml"]\nignore: ["gov/drafts"]\n',
      ['gov/sub/' + CONFIG_FILENAME]: 'ignore: ["*.old.yaml"]\n',
    });
    const loader = new ConfigLoader();
    const top = loader.forFile(path.join(dir, 'gov/a.yaml'));
    assert.ok(selectedByFiles(path.join(dir, 'gov/a.yaml'), top));
    assert.ok(!selectedByFiles(path.join(dir, 'other/a.yaml'), top));
    assert.equal(ignoredBy(path.join(dir, 'gov/drafts/x.yaml'), top)?.pattern, 'gov/drafts');
    assert.equal(ignoredBy(path.join(dir, 'gov/a.yaml'), top), undefined);
    const sub = loader.forFile(path.join(dir, 'gov/sub/b.old.yaml'));
    assert.equal(ignoredBy(path.join(dir, 'gov/sub/b.old.yaml'), sub)?.pattern, '*.old.yaml');
    assert.equal(ignoredBy(path.join(dir, 'gov/sub/b.yaml'), sub), undefined);
    assert.ok(selectedByFiles(path.join(dir, 'gov/sub/b.yaml'), sub), 'files is inherited from the parent');
  });
});

describe('config: mergeOptions', () => {
  it('explicit options win; the config framework stays a default; rules merge', () => {
    const merged = mergeOptions(
      { profile: 'statutory', defaultFramework: 'hca-2022', ruleOverrides: { 'ICS-BOARD-001': 'off', 'ICS-NED-001': 'hint' } },
      { profile: 'strict', framework: 'health-bill-2026', rules: { 'ICS-BOARD-001': 'warning' } },
    );
    assert.deepEqual(merged, {
      profile: 'strict',
      defaultFramework: 'hca-2022',
      framework: 'health-bill-2026',
      ruleOverrides: { 'ICS-BOARD-001': 'warning', 'ICS-NED-001': 'hint' },
    });
  });
});
