import { FRAMEWORKS, PROFILES, type FrameworkId, type ProfileId, type Severity, type SeverityOrOff } from '../core/types';
import { isCalendarDate } from '../core/dates';
import { parseSize } from '../core/read';

/** A mistake on the command line: exit code 2, one line. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface OutputSpec {
  format: string;
  /** A file to write to; standard output when undefined. */
  file?: string;
}

export type Mode = 'check' | 'help' | 'version' | 'list-rules' | 'explain' | 'print-config' | 'waivers' | 'render';

export interface CliArgs {
  mode: Mode;
  inputs: string[];
  stdin: boolean;
  stdinFilename?: string;
  outputs: OutputSpec[];
  /** `-f` was given (for modes whose format default differs). */
  formatGiven: boolean;
  color?: boolean;
  failOn: Severity;
  maxWarnings?: number;
  quiet: boolean;
  fix: boolean;
  fixDryRun: boolean;
  explain?: string;
  printConfig?: string;
  config?: string;
  profile?: ProfileId;
  framework?: FrameworkId;
  rules: Record<string, SeverityOrOff>;
  maxAnnotations?: number;
  today?: string;
  /** `--waivers --fail-on-expired`: exit 1 when a waiver has expired (or its expiry cannot be read). */
  failOnExpired: boolean;
  /** `--waivers --expiring-within 30d`: also exit 1 when a waiver expires within this many days. */
  expiringWithinDays?: number;
  /** Every waiver must give an owner and an expiry. */
  requireWaiverOwnerAndExpiry: boolean;
  /** --max-file-size, as given ("10MB"). */
  maxFileSize?: string;
  /** `--base-path`: the folder report paths are relative to (default: the repository root). */
  basePath?: string;
  /** `--no-error-on-unmatched-pattern`. */
  allowUnmatched: boolean;
}

/** What `ics-check render` writes. */
export const RENDER_FORMATS: readonly string[] = ['html', 'docx', 'md'];

const FAIL_ON: readonly Severity[] = ['error', 'warning', 'information', 'hint'];
const RULE_SETTINGS: readonly SeverityOrOff[] = ['off', 'error', 'warning', 'information', 'hint'];

/** Options that take a value, by every name they go by. */
const WITH_VALUE = new Set([
  '-f', '--format', '-o', '--output-file', '--stdin-filename', '--fail-on', '--max-warnings', '--explain', '--print-config',
  '-c', '--config', '--profile', '--framework', '--rule', '--max-annotations', '--today', '--expiring-within', '--max-file-size', '--base-path',
]);
const FLAGS = new Set([
  '-h', '--help', '-v', '--version', '--color', '--no-color', '--quiet', '--fix', '--fix-dry-run', '--list-rules', '--waivers', '--stdin',
  '--fail-on-expired', '--require-waiver-owner-and-expiry', '--no-error-on-unmatched-pattern',
]);

/** Parses argv (without `node` and the script). Throws `UsageError`. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = {
    mode: 'check',
    inputs: [],
    stdin: false,
    outputs: [],
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
  const modes = new Set<Mode>();
  let onlyPositional = false;
  // `ics-check render FILE… -f html|docx|md -o OUT`: a subcommand, so it comes first.
  const render = argv[0] === 'render';
  if (render) modes.add('render');
  for (let i = render ? 1 : 0; i < argv.length; i++) {
    let arg = argv[i];
    if (onlyPositional || arg === '-' || !arg.startsWith('-')) {
      if (arg === '-' && !onlyPositional) args.stdin = true;
      else args.inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositional = true;
      continue;
    }
    let value: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    if (WITH_VALUE.has(arg)) {
      if (value === undefined) {
        if (i + 1 >= argv.length) throw new UsageError(`${arg} needs a value`);
        value = argv[++i];
      }
    } else if (FLAGS.has(arg)) {
      if (value !== undefined) throw new UsageError(`${arg} takes no value`);
    } else {
      throw new UsageError(`unknown option ${arg}`);
    }
    const v = value as string;
    switch (arg) {
      case '-h':
      case '--help':
        modes.add('help');
        break;
      case '-v':
      case '--version':
        modes.add('version');
        break;
      case '--list-rules':
        modes.add('list-rules');
        break;
      case '--waivers':
        modes.add('waivers');
        break;
      case '--explain':
        modes.add('explain');
        args.explain = v;
        break;
      case '--print-config':
        modes.add('print-config');
        args.printConfig = v;
        break;
      case '-f':
      case '--format':
        args.outputs.push({ format: v });
        args.formatGiven = true;
        break;
      case '-o':
      case '--output-file': {
        // ESLint-style pairing: an -o goes with the -f before it; with no -f yet, with the default format.
        const last = args.outputs[args.outputs.length - 1];
        if (last && last.file === undefined) last.file = v;
        else if (!last) args.outputs.push({ format: 'stylish', file: v });
        else throw new UsageError(`-o ${v} has no -f before it to go with (${last.format} already goes to ${last.file})`);
        break;
      }
      case '--stdin':
        args.stdin = true;
        break;
      case '--stdin-filename':
        args.stdinFilename = v;
        break;
      case '--color':
        args.color = true;
        break;
      case '--no-color':
        args.color = false;
        break;
      case '--fail-on':
        if (!(FAIL_ON as readonly string[]).includes(v)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, not "${v}"`);
        args.failOn = v as Severity;
        break;
      case '--max-warnings':
        // -1 is "no limit", as in ESLint (so a script can pass a variable that may be unset).
        args.maxWarnings = v === '-1' ? undefined : nonNegativeInteger('--max-warnings', v, ' (or -1 for no limit)');
        break;
      case '--max-annotations':
        args.maxAnnotations = nonNegativeInteger('--max-annotations', v);
        break;
      case '--quiet':
        args.quiet = true;
        break;
      case '--fix':
        args.fix = true;
        break;
      case '--fix-dry-run':
        args.fixDryRun = true;
        break;
      case '-c':
      case '--config':
        args.config = v;
        break;
      case '--profile':
        if (!(PROFILES as readonly string[]).includes(v)) throw new UsageError(`--profile must be one of ${PROFILES.join(', ')}, not "${v}"`);
        args.profile = v as ProfileId;
        break;
      case '--framework':
        if (!(FRAMEWORKS as readonly string[]).includes(v)) throw new UsageError(`--framework must be one of ${FRAMEWORKS.join(', ')}, not "${v}"`);
        args.framework = v as FrameworkId;
        break;
      case '--rule': {
        const m = /^([^=:\s]+)\s*[=:]\s*(\S+)$/.exec(v);
        if (!m) throw new UsageError(`--rule takes RULE-ID=SETTING, e.g. --rule ICS-SIZE-001=off, not "${v}"`);
        if (!(RULE_SETTINGS as readonly string[]).includes(m[2])) throw new UsageError(`--rule ${m[1]}: the setting must be one of ${RULE_SETTINGS.join(', ')}, not "${m[2]}"`);
        args.rules[m[1]] = m[2] as SeverityOrOff;
        break;
      }
      case '--base-path':
        args.basePath = v;
        break;
      case '--no-error-on-unmatched-pattern':
        args.allowUnmatched = true;
        break;
      case '--today':
        if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new UsageError(`--today must be a date written YYYY-MM-DD, not "${v}"`);
        if (!isCalendarDate(v)) throw new UsageError(`--today ${v}: there is no such date`);
        args.today = v;
        break;
      case '--fail-on-expired':
        args.failOnExpired = true;
        break;
      case '--expiring-within':
        args.expiringWithinDays = period(v);
        break;
      case '--require-waiver-owner-and-expiry':
        args.requireWaiverOwnerAndExpiry = true;
        break;
      case '--max-file-size':
        if (parseSize(v) === undefined) throw new UsageError(`--max-file-size takes a size such as 10MB, 512KB or a number of bytes, not "${v}"`);
        args.maxFileSize = v;
        break;
    }
  }
  if (modes.has('help')) args.mode = 'help';
  else if (modes.has('version')) args.mode = 'version';
  else if (modes.size > 1) throw new UsageError(`use one of ${[...modes].map((m) => '--' + m).join(', ')} at a time`);
  else if (modes.size === 1) args.mode = [...modes][0];

  if (args.fix && args.fixDryRun) throw new UsageError('use --fix or --fix-dry-run, not both');
  if ((args.fix || args.fixDryRun) && args.mode !== 'check' && args.mode !== 'render') throw new UsageError(`--fix and --fix-dry-run only apply when checking files`);
  if (args.fix && args.stdin) throw new UsageError('--fix cannot write to standard input; use --fix-dry-run to see the changes');
  if (args.stdinFilename !== undefined && !args.stdin) throw new UsageError('--stdin-filename needs - (standard input) among the files');
  if ((args.failOnExpired || args.expiringWithinDays !== undefined) && args.mode !== 'waivers') {
    throw new UsageError(`${args.failOnExpired ? '--fail-on-expired' : '--expiring-within'} goes with --waivers (an expired waiver is already an error in a normal run)`);
  }
  if (args.mode === 'render') {
    if (args.fix || args.fixDryRun) throw new UsageError('render does not fix files; run ics-check --fix first');
    if (args.outputs.length > 1) throw new UsageError('render takes one -f (html, docx or md) and one -o');
    if (args.outputs.length === 0) args.outputs.push({ format: 'md' });
    const o = args.outputs[0];
    if (o.format === 'markdown') o.format = 'md';
    if (!RENDER_FORMATS.includes(o.format)) throw new UsageError(`render writes html, docx or md, not "${o.format}"`);
    if (o.format === 'docx' && o.file === undefined) throw new UsageError('-f docx writes a Word file: give it -o FILE.docx');
    if (args.inputs.length === 0 && !args.stdin) throw new UsageError('render needs the files to render, e.g. ics-check render constitution/ -f docx -o constitution.docx');
  } else if (args.mode === 'check') {
    if (args.outputs.length === 0) args.outputs.push({ format: 'stylish' });
    const toStdout = args.outputs.filter((o) => o.file === undefined);
    if (toStdout.length > 1) throw new UsageError(`only one format can go to standard output (${toStdout.map((o) => o.format).join(', ')}); give the others -o FILE`);
  } else if (args.outputs.length > 1) {
    throw new UsageError(`--${args.mode} takes one --format`);
  }
  return args;
}

/** `30d`, `6w` or `30` (days) as a number of days. */
function period(v: string): number {
  const m = /^(\d+)\s*(d|days?|w|weeks?)?$/i.exec(v.trim());
  if (!m) throw new UsageError(`--expiring-within takes a number of days or weeks, e.g. 30d or 6w, not "${v}"`);
  return Number(m[1]) * (m[2] && /^w/i.test(m[2]) ? 7 : 1);
}

function nonNegativeInteger(name: string, v: string, alternatives = ''): number {
  if (!/^\d+$/.test(v)) throw new UsageError(`${name} must be a whole number${alternatives}, not "${v}"`);
  return Number(v);
}

export const HELP = `Usage: ics-check [options] [file|folder|glob ...] [-]
       ics-check render [options] file|folder|glob ... -f html|docx|md [-o FILE]
       ics-check init [folder] [options]    Start a new constitution (ics-check init --help)

Checks NHS integrated care board constitutions, partnership and place files (YAML, format v1)
against the Health and Care Act 2022 and NHS England guidance. Every file of a run is checked
together, as one system. With no files: the configuration's \`files\`, else the current folder.
Folders are searched for *.yaml and *.yml, skipping node_modules and dot-folders.

Input:
  -                          Read one document from standard input
  --stdin-filename NAME      The name to report standard input under (and to find its configuration)

Configuration:
  -c, --config FILE          Use this configuration file instead of the .ics-check.yaml files found
                             by walking up from each checked file
  --profile NAME             statutory | nhse | recommended | strict (overrides the configuration)
  --framework NAME           hca-2022 | health-bill-2026 (wins over documents' icb.legal_framework)
  --rule ID=SETTING          off | error | warning | information | hint (repeatable)
  --today YYYY-MM-DD         The date waivers expire against (default: today)
  --require-waiver-owner-and-expiry
                             Every suppression must give (owner: …, expires: YYYY-MM-DD); one
                             without is an error (also require_waiver_owner_and_expiry: true)
  --max-file-size SIZE       The largest file read, e.g. 20MB (default: the configuration's
                             max_file_size, else 10MB); a larger constitution is an error
  --no-error-on-unmatched-pattern
                             A folder or glob with no ICS document to check is not an error

Output:
  -f, --format NAME          stylish (default) | json | sarif | junit | github | markdown | gitlab
                             | html | checklist (repeatable); html is the reviewer's report: one
                             self-contained page; checklist, every rule passed, failed, waived or
                             not applicable
  -o, --output-file FILE     Write the format given just before to FILE (repeatable); the format
                             without -o goes to standard output
  --color, --no-color        Force colours on or off (default: on for a terminal, off with NO_COLOR)
  --quiet                    Report errors only (warnings and below are neither shown nor counted)
  --max-annotations N        Annotations per severity level for -f github (default 10, GitHub's
                             limit per step); a notice first says how many more there are
  --base-path DIR            Report paths relative to DIR (default: the Git repository's top
                             folder, else the folder of the root .ics-check.yaml, else the
                             current folder)

Rendering (ics-check render):
  The constitution as people read it, in the order of NHS England's model constitution, with its
  partnership and place files; findings and placeholders marked. A draft with errors still renders.
  -f html | docx | md        The format (default md); docx needs -o
  -o FILE                    Write to FILE; without it, html and md go to standard output

Thresholds:
  --fail-on SEVERITY         error (default) | warning | information | hint: exit 1 when any
                             finding is at least this severe
  --max-warnings N           Also exit 1 when there are more than N warnings (-1: no limit)

Fixing:
  --fix                      Apply safe fixes in place (atomically), then report what is left
  --fix-dry-run              Print the safe fixes as a unified diff; write nothing

Information:
  --print-config FILE        Show the kind, schema, profile, framework, rule settings and
                             suppressions that apply to FILE, and where each comes from
  --waivers                  The register of suppression comments (-f markdown | csv | json)
  --fail-on-expired          With --waivers: exit 1 when a waiver has expired or its expiry
                             cannot be read
  --expiring-within PERIOD   With --waivers: mark waivers expiring within PERIOD (30d, 6w) and
                             exit 1 when there are any (or expired ones)
  --list-rules               Every rule (-f json for JSON), and the catalogue rules not implemented
  --explain RULE-ID          A rule's documentation: sources, rationale, examples, how to fix
  -v, --version              Print the version
  -h, --help                 Print this help

Exit codes:
  0  nothing at or above the failing severity (and no more than --max-warnings warnings)
  1  findings at or above the failing severity, or too many warnings; with --waivers, a waiver
     that fails --fail-on-expired, --expiring-within or the owner-and-expiry requirement
  2  a usage error, a broken configuration, a file that cannot be read, a file --fix could not
     write safely, an -o onto a file the run reads, a folder or glob with no ICS document, or an
     internal failure
`;
