import { strict as assert } from 'node:assert';
import { parseArgs, UsageError, type CliArgs } from '../../server/src/cli/args';

/**
 * The command line as a pipeline author writes it: every option in both `--opt value` and
 * `--opt=value` forms, and every bad value refused with a reason (exit 2, one line) rather than
 * read as something else — a threshold silently off, a date that is not one.
 */
function usage(argv: string[]): string {
  try {
    parseArgs(argv);
  } catch (e) {
    assert.ok(e instanceof UsageError, `expected a UsageError, got ${String(e)}`);
    assert.equal(e.name, 'UsageError');
    return e.message;
  }
  assert.fail(`${argv.join(' ')} was accepted`);
}

const DEFAULTS: CliArgs = {
  mode: 'check',
  inputs: [],
  stdin: false,
  outputs: [{ format: 'stylish' }],
  formatGiven: false,
  failOn: 'error',
  quiet: false,
  fix: false,
  fixDryRun: false,
  rules: {},
  failOnExpired: false,
  requireWaiverOwnerAndExpiry: false,
  allowUnmatched: false,
};

/** Options that take a value: the argv (spaced form) and what it sets. */
const WITH_VALUE: { argv: string[]; expect: Partial<CliArgs> }[] = [
  { argv: ['--format', 'json'], expect: { outputs: [{ format: 'json' }], formatGiven: true } },
  { argv: ['--output-file', 'out.txt'], expect: { outputs: [{ format: 'stylish', file: 'out.txt' }] } },
  { argv: ['--stdin-filename', 'piped.yaml', '-'], expect: { stdinFilename: 'piped.yaml', stdin: true } },
  { argv: ['--fail-on', 'warning'], expect: { failOn: 'warning' } },
  { argv: ['--max-warnings', '5'], expect: { maxWarnings: 5 } },
  { argv: ['--max-warnings', '0'], expect: { maxWarnings: 0 } },
  // -1 is "no limit", as in ESLint
  { argv: ['--max-warnings', '-1'], expect: { maxWarnings: undefined } },
  { argv: ['--base-path', 'repo/root'], expect: { basePath: 'repo/root' } },
  { argv: ['--config', 'ci.yaml'], expect: { config: 'ci.yaml' } },
  { argv: ['--profile', 'statutory'], expect: { profile: 'statutory' } },
  { argv: ['--framework', 'health-bill-2026'], expect: { framework: 'health-bill-2026' } },
  { argv: ['--rule', 'ICS-SIZE-001=off'], expect: { rules: { 'ICS-SIZE-001': 'off' } } },
  { argv: ['--max-annotations', '20'], expect: { maxAnnotations: 20 } },
  { argv: ['--today', '2026-11-23'], expect: { today: '2026-11-23' } },
  { argv: ['--today', '2024-02-29'], expect: { today: '2024-02-29' } },
  { argv: ['--max-file-size', '20MB'], expect: { maxFileSize: '20MB' } },
  { argv: ['--max-file-size', '1048576'], expect: { maxFileSize: '1048576' } },
];

describe('ics-check options (parseArgs)', () => {
  it('no options: check the current selection, stylish to standard output, fail on errors', () => {
    assert.deepEqual(parseArgs([]), DEFAULTS);
    assert.deepEqual(parseArgs(['a.yaml', 'docs/']), { ...DEFAULTS, inputs: ['a.yaml', 'docs/'] });
  });

  for (const { argv, expect } of WITH_VALUE) {
    const [opt, value, ...rest] = argv;
    it(`${opt} ${value} and ${opt}=${value} mean the same`, () => {
      const spaced = parseArgs(argv);
      const joined = parseArgs([`${opt}=${value}`, ...rest]);
      assert.deepEqual(spaced, { ...DEFAULTS, ...expect });
      assert.deepEqual(joined, spaced);
    });
    it(`${opt} with no value is refused`, () => {
      assert.equal(usage([opt]), `${opt} needs a value`);
    });
  }

  it('--explain and --print-config, spaced and joined', () => {
    for (const argv of [['--explain', 'ICS-BOARD-001'], ['--explain=ICS-BOARD-001']]) {
      assert.deepEqual(parseArgs(argv), { ...DEFAULTS, mode: 'explain', explain: 'ICS-BOARD-001', outputs: [] });
    }
    for (const argv of [['--print-config', 'a.yaml'], ['--print-config=a.yaml']]) {
      assert.deepEqual(parseArgs(argv), { ...DEFAULTS, mode: 'print-config', printConfig: 'a.yaml', outputs: [] });
    }
    assert.equal(usage(['--explain']), '--explain needs a value');
  });

  it('short forms: -f, -o, -c take the next word; a value joined with = is only for long forms', () => {
    assert.deepEqual(parseArgs(['-f', 'sarif', '-o', 'r.sarif', '-c', 'x.yaml']), { ...DEFAULTS, outputs: [{ format: 'sarif', file: 'r.sarif' }], formatGiven: true, config: 'x.yaml' });
    assert.equal(usage(['-f=json']), 'unknown option -f=json');
    assert.equal(usage(['-f']), '-f needs a value');
  });

  it('a value may itself contain = (only the first = splits)', () => {
    assert.deepEqual(parseArgs(['--rule=ICS-SIZE-001=warning']).rules, { 'ICS-SIZE-001': 'warning' });
    assert.equal(parseArgs(['--config=a=b.yaml']).config, 'a=b.yaml');
    assert.equal(parseArgs(['--output-file=']).outputs[0].file, '', 'an empty joined value is a value');
  });

  it('a value that looks like an option is still the value (--config -x)', () => {
    assert.equal(parseArgs(['--config', '-x.yaml']).config, '-x.yaml');
  });

  it('flags: each sets what it says, and refuses a value', () => {
    const flags: [string, Partial<CliArgs>][] = [
      ['--color', { color: true }],
      ['--no-color', { color: false }],
      ['--quiet', { quiet: true }],
      ['--fix', { fix: true }],
      ['--fix-dry-run', { fixDryRun: true }],
      ['--stdin', { stdin: true }],
      ['--no-error-on-unmatched-pattern', { allowUnmatched: true }],
    ];
    for (const [flag, expect] of flags) {
      assert.deepEqual(parseArgs([flag]), { ...DEFAULTS, ...expect }, flag);
      assert.equal(usage([`${flag}=yes`]), `${flag} takes no value`);
    }
    assert.equal(usage(['--help=1']), '--help takes no value');
  });

  it('information modes: --help, -h, --version, -v, --list-rules, --waivers', () => {
    for (const [argv, mode] of [[['--help'], 'help'], [['-h'], 'help'], [['--version'], 'version'], [['-v'], 'version'], [['--list-rules'], 'list-rules'], [['--waivers'], 'waivers']] as const) {
      assert.deepEqual(parseArgs([...argv]), { ...DEFAULTS, mode, outputs: [] }, argv.join(' '));
    }
    assert.deepEqual(parseArgs(['--list-rules', '-f', 'json']).outputs, [{ format: 'json' }]);
    assert.equal(usage(['--waivers', '-f', 'csv', '-f', 'json']), '--waivers takes one --format');
  });

  it('--help and --version win over any other mode; two other modes are refused', () => {
    assert.equal(parseArgs(['--list-rules', '--help']).mode, 'help');
    assert.equal(parseArgs(['--waivers', '--version']).mode, 'version');
    assert.equal(parseArgs(['--version', '--help']).mode, 'help');
    assert.equal(usage(['--list-rules', '--waivers']), 'use one of --list-rules, --waivers at a time');
    assert.equal(usage(['--explain', 'ICS-BOARD-001', '--print-config', 'a.yaml']), 'use one of --explain, --print-config at a time');
  });

  it('unknown options are refused by name', () => {
    assert.equal(usage(['--formatt', 'json']), 'unknown option --formatt');
    assert.equal(usage(['-x']), 'unknown option -x');
    assert.equal(usage(['--max_warnings=1']), 'unknown option --max_warnings');
  });

  it('- is standard input; after --, everything is a file, even - and --fix', () => {
    assert.deepEqual(parseArgs(['-', 'a.yaml']), { ...DEFAULTS, stdin: true, inputs: ['a.yaml'] });
    assert.deepEqual(parseArgs(['--', '-', '--fix', '-weird.yaml']), { ...DEFAULTS, inputs: ['-', '--fix', '-weird.yaml'] });
    assert.deepEqual(parseArgs(['a.yaml', '--', '--']), { ...DEFAULTS, inputs: ['a.yaml', '--'] });
  });

  describe('bad values are refused with a reason', () => {
    it('--max-warnings and --max-annotations: whole numbers only (5x is not 5, and not "no limit")', () => {
      for (const bad of ['5x', 'x5', '', ' 5', '1.5', '-3', 'five', '1e3', ' -1']) {
        assert.match(usage(['--max-warnings', bad]), new RegExp(`^--max-warnings must be a whole number.*, not "${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"$`), bad);
        assert.match(usage([`--max-annotations=${bad}`]), /^--max-annotations must be a whole number, not ".*"$/, bad);
      }
    });

    it('--max-warnings says that -1 is no limit; --max-annotations, which has no such value, does not', () => {
      for (const argv of [['--max-warnings', '5x'], ['--max-warnings=-2']]) assert.match(usage(argv), /-1\b/, argv.join(' '));
      assert.doesNotMatch(usage(['--max-annotations', '-1']), /-1\b.*-1\b|no limit/);
    });

    it('--today: a date written YYYY-MM-DD', () => {
      for (const bad of ['23/11/2026', '2026-11-23T00:00', '2026-1-23', '20261123', 'today', ' 2026-11-23']) {
        assert.equal(usage(['--today', bad]), `--today must be a date written YYYY-MM-DD, not "${bad}"`);
        assert.equal(usage([`--today=${bad}`]), `--today must be a date written YYYY-MM-DD, not "${bad}"`);
      }
    });

    it('--today: a date that exists (2025-02-30 and 2026-13-01 do not; 2024-02-29 does)', () => {
      for (const bad of ['2025-02-30', '2026-13-01', '2026-00-10', '2026-11-31', '2025-02-29', '0000-00-00']) {
        assert.equal(usage(['--today', bad]), `--today ${bad}: there is no such date`, bad);
        assert.equal(usage([`--today=${bad}`]), `--today ${bad}: there is no such date`, bad);
      }
    });

    it('--max-file-size: a size with its unit, or a number of bytes', () => {
      for (const bad of ['10 potatoes', 'MB', '0', '-5MB', 'ten']) {
        assert.equal(usage(['--max-file-size', bad]), `--max-file-size takes a size such as 10MB, 512KB or a number of bytes, not "${bad}"`, bad);
        assert.equal(usage([`--max-file-size=${bad}`]), `--max-file-size takes a size such as 10MB, 512KB or a number of bytes, not "${bad}"`, bad);
      }
    });

    it('--fail-on, --profile, --framework: one of their values, listed', () => {
      assert.equal(usage(['--fail-on', 'errors']), '--fail-on must be one of error, warning, information, hint, not "errors"');
      assert.equal(usage(['--fail-on=off']), '--fail-on must be one of error, warning, information, hint, not "off"');
      assert.equal(usage(['--profile', 'strictest']), '--profile must be one of statutory, nhse, recommended, strict, not "strictest"');
      assert.equal(usage(['--framework=hca2022']), '--framework must be one of hca-2022, health-bill-2026, not "hca2022"');
      for (const failOn of ['error', 'warning', 'information', 'hint'] as const) assert.equal(parseArgs(['--fail-on', failOn]).failOn, failOn);
      for (const profile of ['statutory', 'nhse', 'recommended', 'strict'] as const) assert.equal(parseArgs([`--profile=${profile}`]).profile, profile);
      assert.equal(parseArgs(['--framework', 'hca-2022']).framework, 'hca-2022');
    });

    it('--rule: RULE-ID=SETTING (or RULE-ID:SETTING), with a setting that exists', () => {
      assert.deepEqual(parseArgs(['--rule', 'ICS-A-001:warning', '--rule', 'ICS-B-002 = hint', '--rule=ICS-C-003=error', '--rule', 'ICS-D-004=information']).rules, {
        'ICS-A-001': 'warning',
        'ICS-B-002': 'hint',
        'ICS-C-003': 'error',
        'ICS-D-004': 'information',
      });
      for (const bad of ['ICS-SIZE-001', 'ICS-SIZE-001=', '=off', 'ICS-SIZE-001=off extra', 'ICS SIZE=off']) {
        assert.equal(usage(['--rule', bad]), `--rule takes RULE-ID=SETTING, e.g. --rule ICS-SIZE-001=off, not "${bad}"`, bad);
      }
      assert.equal(usage(['--rule', 'ICS-SIZE-001=warn']), '--rule ICS-SIZE-001: the setting must be one of off, error, warning, information, hint, not "warn"');
    });
  });

  describe('outputs', () => {
    it('an -o goes with the -f before it; an -o before any -f writes the default format', () => {
      assert.deepEqual(parseArgs(['-f', 'stylish', '-f', 'sarif', '-o', 'r.sarif', '-f', 'junit', '--output-file=r.xml']).outputs, [
        { format: 'stylish' },
        { format: 'sarif', file: 'r.sarif' },
        { format: 'junit', file: 'r.xml' },
      ]);
      assert.deepEqual(parseArgs(['-o', 'r.txt', '-f', 'json']).outputs, [{ format: 'stylish', file: 'r.txt' }, { format: 'json' }]);
    });

    it('two -o for one -f, or two formats to standard output, are refused', () => {
      assert.equal(usage(['-f', 'sarif', '-o', 'a.sarif', '-o', 'b.sarif']), '-o b.sarif has no -f before it to go with (sarif already goes to a.sarif)');
      assert.equal(usage(['-f', 'json', '-f', 'sarif']), 'only one format can go to standard output (json, sarif); give the others -o FILE');
    });
  });

  describe('the waiver register (--waivers)', () => {
    it('--expiring-within: days or weeks, spaced or joined; only with --waivers', () => {
      const periods: [string, number][] = [['30d', 30], ['30', 30], ['1 day', 1], ['2days', 2], ['6w', 42], ['1 week', 7], ['3weeks', 21], ['2W', 14], [' 10d ', 10], ['0', 0]];
      for (const [p, days] of periods) {
        assert.equal(parseArgs(['--waivers', '--expiring-within', p]).expiringWithinDays, days, p);
        assert.equal(parseArgs(['--waivers', `--expiring-within=${p}`]).expiringWithinDays, days, p);
      }
      for (const bad of ['30x', 'd', 'one week', '-3d', '1.5w', '30dd', '', 'w6']) {
        assert.equal(usage(['--waivers', '--expiring-within', bad]), `--expiring-within takes a number of days or weeks, e.g. 30d or 6w, not "${bad}"`, bad);
      }
      assert.equal(usage(['--expiring-within', '30d']), '--expiring-within goes with --waivers (an expired waiver is already an error in a normal run)');
      assert.equal(usage(['--expiring-within']), '--expiring-within needs a value');
    });

    it('--fail-on-expired: only with --waivers, takes no value', () => {
      assert.deepEqual(parseArgs(['--waivers', '--fail-on-expired']), { ...DEFAULTS, mode: 'waivers', outputs: [], failOnExpired: true });
      assert.equal(usage(['--fail-on-expired']), '--fail-on-expired goes with --waivers (an expired waiver is already an error in a normal run)');
      assert.equal(usage(['--list-rules', '--fail-on-expired', '--expiring-within', '1w']), '--fail-on-expired goes with --waivers (an expired waiver is already an error in a normal run)');
      assert.equal(usage(['--waivers', '--fail-on-expired=yes']), '--fail-on-expired takes no value');
    });

    it('--require-waiver-owner-and-expiry: in a check run or with --waivers', () => {
      assert.deepEqual(parseArgs(['--require-waiver-owner-and-expiry']), { ...DEFAULTS, requireWaiverOwnerAndExpiry: true });
      assert.equal(parseArgs(['--waivers', '--require-waiver-owner-and-expiry']).requireWaiverOwnerAndExpiry, true);
      assert.equal(usage(['--require-waiver-owner-and-expiry=1']), '--require-waiver-owner-and-expiry takes no value');
    });
  });

  describe('render (a subcommand: ics-check render FILE… -f html|docx|md -o OUT)', () => {
    it('comes first: render FILE renders Markdown to standard output; the word elsewhere is a file name', () => {
      assert.deepEqual(parseArgs(['render', 'constitution/']), { ...DEFAULTS, mode: 'render', inputs: ['constitution/'], outputs: [{ format: 'md' }] });
      assert.deepEqual(parseArgs(['constitution/', 'render']), { ...DEFAULTS, inputs: ['constitution/', 'render'] });
      assert.deepEqual(parseArgs(['render', '-']), { ...DEFAULTS, mode: 'render', stdin: true, outputs: [{ format: 'md' }] });
    });

    it('-f html, md or markdown (read as md), and docx only into a file', () => {
      assert.deepEqual(parseArgs(['render', 'a.yaml', '-f', 'html', '-o', 'a.html']).outputs, [{ format: 'html', file: 'a.html' }]);
      assert.deepEqual(parseArgs(['render', 'a.yaml', '-f', 'html']).outputs, [{ format: 'html' }]);
      assert.deepEqual(parseArgs(['render', 'a.yaml', '--format=markdown']).outputs, [{ format: 'md' }]);
      assert.deepEqual(parseArgs(['render', 'a.yaml', '-f', 'docx', '-o', 'a.docx']).outputs, [{ format: 'docx', file: 'a.docx' }]);
      assert.equal(usage(['render', 'a.yaml', '-f', 'docx']), '-f docx writes a Word file: give it -o FILE.docx');
      assert.equal(usage(['render', 'a.yaml', '-f', 'json']), 'render writes html, docx or md, not "json"');
      assert.equal(usage(['render', 'a.yaml', '-f', 'stylish', '-o', 'a.txt']), 'render writes html, docx or md, not "stylish"');
    });

    it('one output, files to render, and no fixing', () => {
      assert.equal(usage(['render', 'a.yaml', '-f', 'html', '-o', 'a.html', '-f', 'md', '-o', 'a.md']), 'render takes one -f (html, docx or md) and one -o');
      assert.equal(usage(['render']), 'render needs the files to render, e.g. ics-check render constitution/ -f docx -o constitution.docx');
      assert.equal(usage(['render', '-f', 'html']), 'render needs the files to render, e.g. ics-check render constitution/ -f docx -o constitution.docx');
      assert.equal(usage(['render', 'a.yaml', '--fix']), 'render does not fix files; run ics-check --fix first');
      assert.equal(usage(['render', 'a.yaml', '--fix-dry-run']), 'render does not fix files; run ics-check --fix first');
    });
  });

  describe('combinations', () => {
    it('--fix and --fix-dry-run: one at a time, only when checking, --fix never on standard input', () => {
      assert.equal(usage(['--fix', '--fix-dry-run']), 'use --fix or --fix-dry-run, not both');
      assert.equal(usage(['--fix', '--list-rules']), '--fix and --fix-dry-run only apply when checking files');
      assert.equal(usage(['--fix-dry-run', '--waivers']), '--fix and --fix-dry-run only apply when checking files');
      assert.equal(usage(['--fix', '-']), '--fix cannot write to standard input; use --fix-dry-run to see the changes');
      assert.equal(usage(['--fix', '--stdin']), '--fix cannot write to standard input; use --fix-dry-run to see the changes');
      assert.deepEqual(parseArgs(['--fix-dry-run', '-']), { ...DEFAULTS, fixDryRun: true, stdin: true });
    });

    it('--stdin-filename needs standard input', () => {
      assert.equal(usage(['--stdin-filename', 'a.yaml']), '--stdin-filename needs - (standard input) among the files');
      assert.equal(usage(['--stdin-filename=a.yaml', 'b.yaml']), '--stdin-filename needs - (standard input) among the files');
    });
  });
});
