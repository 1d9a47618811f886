import * as fs from 'node:fs';
import * as path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { check, versions, writeFixes, type CheckResult } from '../api';
import { ConfigError, ConfigLoader, formatConfigProblem } from '../core/config';
import { formatters, isFormatName, FORMAT_NAMES, displayPath, summarize, type FileResult } from '../core/formatters';
import { SEVERITY_ORDER } from '../core/types';
import { HELP, parseArgs, UsageError, type CliArgs } from './args';
import { InputError } from './files';
import { writeRefusal } from './atomic';
import { DEFAULT_MAX_FILE_SIZE, formatSize, parseSize } from '../core/read';
import { findBasePath } from './basepath';
import { explainOutput, listRulesOutput, printConfig, waiverRows, waiversOutput } from './info';
import { runRender } from './render';
import { runInit, type Ask } from './init';
import { terminalAsk } from './prompt';

/** Where the CLI reads and writes: the real process, or a test's buffers. */
export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads standard input; rejects with an InputError past `maxBytes`. */
  readStdin: (maxBytes?: number) => Promise<string>;
  stdoutIsTTY: boolean;
  /** Asks a question and reads the answer, when a person is at a terminal (`init`). */
  ask?: Ask;
  /** Lets go of the terminal once the questions are over. */
  closeAsk?: () => void;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

/** Runs the command line and returns the exit code. Never throws. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const fail = (message: string) => {
    io.stderr(`ics-check: ${message}\n`);
    return EXIT_ERROR;
  };
  try {
    if (argv[0] === 'init') {
      try {
        return await runInit(argv.slice(1), io);
      } finally {
        io.closeAsk?.();
      }
    }
    const args = parseArgs(argv);
    switch (args.mode) {
      case 'help':
        io.stdout(HELP);
        return EXIT_OK;
      case 'version':
        io.stdout(versionText());
        return EXIT_OK;
      case 'list-rules':
        io.stdout(listRulesOutput(args.outputs[0]?.format ?? 'table'));
        return EXIT_OK;
      case 'explain':
        io.stdout(explainOutput(args.explain!));
        return EXIT_OK;
      case 'print-config': {
        const loader = new ConfigLoader({ configPath: args.config ? path.resolve(io.cwd, args.config) : undefined });
        const overrides = { profile: args.profile, framework: args.framework, rules: args.rules, requireWaiverOwnerAndExpiry: args.requireWaiverOwnerAndExpiry || undefined };
        io.stdout(printConfig(args.printConfig!, io.cwd, loader, overrides, args.outputs[0]?.format ?? 'text'));
        return EXIT_OK;
      }
      case 'waivers':
        return await waivers(args, io);
      case 'check':
        return await runCheck(args, io);
      case 'render':
        return await runRender(args, io, () => checkFromArgs(args, io, false));
    }
  } catch (err) {
    if (err instanceof UsageError) return fail(`${err.message} (see ics-check --help)`);
    if (err instanceof ConfigError) {
      for (const p of err.problems.slice(1)) io.stderr(`ics-check: ${formatConfigProblem(p)}\n`);
      return fail(`broken configuration: ${err.message}`);
    }
    if (err instanceof InputError) return fail(err.message);
    const e = err as Error;
    if (io.env.ICS_CHECK_DEBUG) io.stderr(`${e?.stack ?? String(err)}\n`);
    return fail(`internal error: ${e?.message ?? String(err)} (please report this; ICS_CHECK_DEBUG=1 shows details)`);
  }
}

async function checkFromArgs(args: CliArgs, io: CliIo, fix: boolean): Promise<CheckResult> {
  const maxFileSize = args.maxFileSize !== undefined ? parseSize(args.maxFileSize) : undefined;
  const text = args.stdin ? await io.readStdin(maxFileSize ?? DEFAULT_MAX_FILE_SIZE) : undefined;
  const loader = new ConfigLoader({ configPath: args.config ? path.resolve(io.cwd, args.config) : undefined, maxFileSize });
  return check({
    basePath: findBasePath(io.cwd, io.env, loader, args.basePath),
    errorOnUnmatchedPattern: !args.allowUnmatched,
    files: args.inputs.length > 0 ? args.inputs : args.stdin ? [] : undefined,
    text,
    filename: args.stdinFilename,
    config: args.config,
    profile: args.profile,
    framework: args.framework,
    rules: args.rules,
    fix,
    cwd: io.cwd,
    today: args.today,
    requireWaiverOwnerAndExpiry: args.requireWaiverOwnerAndExpiry || undefined,
    maxFileSize: args.maxFileSize,
  });
}

/** `--version`: the package and its version on the first line (for scripts), then what reports depend on. */
export function versionText(): string {
  const v = versions();
  const c = v.catalogue;
  return [
    `ics-constitution-checker ${v.tool}`,
    `document format: ${v.formats.map((f) => `v${f}`).join(', ')}`,
    `rule catalogue: ${c.rules} rules (${c.notImplemented} more catalogued, not implemented), fingerprint ${c.fingerprint}`,
    `JSON report: v${v.jsonReport}`,
  ].join('\n') + '\n';
}

function useColor(args: CliArgs, io: CliIo): boolean {
  if (args.color !== undefined) return args.color;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false';
  return io.stdoutIsTTY;
}

async function runCheck(args: CliArgs, io: CliIo): Promise<number> {
  for (const o of args.outputs) if (!isFormatName(o.format)) throw new UsageError(`unknown format "${o.format}" (use one of ${FORMAT_NAMES.join(', ')})`);
  let result = await checkFromArgs(args, io, args.fix || args.fixDryRun);
  for (const w of result.warnings) io.stderr(`ics-check: warning: ${w}\n`);
  const base = result.context.cwd;
  reportSkipped(result, io);
  refuseOutputsOntoInputs(args, result, io);

  let refused = 0;
  if (args.fix) {
    const written = await writeFixes(result.results);
    const wasWritten = new Set(written.written);
    for (const r of result.results) if (wasWritten.has(r.filePath)) for (const f of r.fixed ?? []) io.stderr(`fixed ${displayPath(r.filePath, base)}:${f.line}  ${f.ruleId}  ${f.title}\n`);
    for (const x of written.refused) io.stderr(`ics-check: not fixed ${displayPath(x.filePath, base)}: ${x.reason}\n`);
    refused = written.refused.length;
    // A file refused at the moment of writing is reported as it is on disk, not as it would have been.
    if (written.refused.some((x) => !result.results.find((r) => r.filePath === x.filePath)?.notFixed)) {
      const fixedBy = new Map(result.results.filter((r) => wasWritten.has(r.filePath)).map((r) => [r.filePath, r.fixed]));
      const now = await checkFromArgs(args, io, false);
      result = { ...now, results: now.results.map((r) => (fixedBy.has(r.filePath) ? { ...r, fixed: fixedBy.get(r.filePath) } : r)) };
    }
  }
  if (args.fixDryRun) {
    let fixes = 0;
    let files = 0;
    for (const r of result.results) {
      const refusal = r.notFixed ?? (r.output !== undefined && r.output !== r.text ? writeRefusal(r.filePath) : undefined);
      if (refusal) io.stderr(`ics-check: --fix would not fix ${displayPath(r.filePath, io.cwd)}: ${refusal}\n`);
      if (r.output === undefined || r.output === r.text) continue;
      const name = displayPath(r.filePath, base);
      io.stdout(createTwoFilesPatch(`a/${name}`, `b/${name}`, r.text, r.output, undefined, undefined, { context: 3 }));
      fixes += r.fixed?.length ?? 0;
      files++;
    }
    io.stderr(fixes > 0 ? `ics-check: --fix would apply ${fixes} fix${fixes === 1 ? '' : 'es'} in ${files} file${files === 1 ? '' : 's'} (nothing written)\n` : 'ics-check: no safe fixes to apply\n');
  }

  // --quiet: errors only, for the reports and for the exit code alike; the reports say how many
  // others were hidden, so a quiet run never reads as "no problems" when there are warnings.
  // Waived findings below error are left out of the lists too (the rules' outcomes are unchanged).
  const errorsOnly = (r: FileResult): FileResult => ({
    ...r,
    findings: r.findings.filter((f) => f.severity === 'error'),
    ...(r.outcome ? { outcome: { ...r.outcome, waived: r.outcome.waived.filter((w) => w.finding.severity === 'error') } } : {}),
  });
  const shown: FileResult[] = args.quiet ? result.results.map(errorsOnly) : result.results;
  const hidden = args.quiet ? summarize(result.results, result.context) : undefined;
  const context = {
    ...result.context,
    color: false,
    maxAnnotations: args.maxAnnotations,
    ...(hidden ? { hidden: { error: 0, warning: hidden.warning, information: hidden.information, hint: hidden.hint } } : {}),
  };
  for (const o of args.outputs) {
    const formatter = formatters[o.format as keyof typeof formatters];
    if (o.file !== undefined) {
      const target = path.resolve(io.cwd, o.file);
      try {
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, formatter(shown, context));
      } catch (err) {
        throw new InputError(`cannot write ${o.file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      }
    } else if (!args.fixDryRun) {
      io.stdout(formatter(shown, { ...context, color: (o.format === 'stylish' || o.format === 'checklist') && useColor(args, io) }));
    }
  }

  // Fixes that should have been written and were not: the run did not do what was asked.
  if (refused > 0) return EXIT_ERROR;
  const summary = summarize(shown, context);
  const failing = shown.some((r) => r.findings.some((f) => SEVERITY_ORDER[f.severity] <= SEVERITY_ORDER[args.failOn]));
  if (args.maxWarnings !== undefined && summary.warning > args.maxWarnings) {
    io.stderr(`ics-check: too many warnings (${summary.warning}; --max-warnings is ${args.maxWarnings})\n`);
    return EXIT_FINDINGS;
  }
  return failing ? EXIT_FINDINGS : EXIT_OK;
}

/**
 * `-o FILE` must not overwrite what the run reads: a checked document (by any spelling, symbolic or
 * hard link) or a configuration file. Refused before anything is written.
 */
function refuseOutputsOntoInputs(args: CliArgs, result: CheckResult, io: CliIo): void {
  const inputs: { filePath: string; what: 'checks' | 'reads' }[] = [
    ...result.results.map((r) => ({ filePath: r.filePath, what: 'checks' as const })),
    ...result.skipped.map((s) => ({ filePath: s.filePath, what: 'reads' as const })),
    ...result.results.flatMap((r) => r.config.chain.map((c) => ({ filePath: c.path, what: 'reads' as const }))),
  ];
  if (args.config) inputs.push({ filePath: path.resolve(io.cwd, args.config), what: 'reads' });
  const identity = (p: string) => {
    try {
      const st = fs.statSync(p);
      return `${st.dev}:${st.ino}`;
    } catch {
      return undefined;
    }
  };
  for (const o of args.outputs) {
    if (o.file === undefined) continue;
    const target = path.resolve(io.cwd, o.file);
    const targetId = identity(target);
    const hit = inputs.find((i) => path.resolve(i.filePath) === target || (targetId !== undefined && identity(i.filePath) === targetId));
    if (hit) throw new InputError(`-o ${o.file} would overwrite a file this run ${hit.what} (${displayPath(hit.filePath, io.cwd)}); write the report somewhere else`);
  }
}

function reportSkipped(result: CheckResult, io: CliIo): void {
  const byReason = new Map<string, string[]>();
  for (const s of result.skipped) {
    if (!byReason.has(s.reason)) byReason.set(s.reason, []);
    byReason.get(s.reason)!.push(displayPath(s.filePath, result.context.cwd));
  }
  for (const [reason, files] of byReason) io.stderr(`ics-check: skipped ${files.length} file${files.length === 1 ? '' : 's'}, ${reason}: ${files.join(', ')}\n`);
}

async function waivers(args: CliArgs, io: CliIo): Promise<number> {
  const result = await checkFromArgs(args, io, false);
  for (const w of result.warnings) io.stderr(`ics-check: warning: ${w}\n`);
  const today = args.today ?? new Date().toISOString().slice(0, 10);
  const rows = waiverRows(result.results, result.context.cwd, today, args.expiringWithinDays);
  io.stdout(waiversOutput(rows, args.outputs[0]?.format ?? 'markdown', today));
  // The register fails a pipeline only for what was asked of it.
  const dated = args.failOnExpired || args.expiringWithinDays !== undefined;
  const failing: [string, number][] = [
    ['expired', dated ? rows.filter((r) => r.status === 'expired').length : 0],
    ['have an expiry that is not a date', dated ? rows.filter((r) => r.status === 'invalid expiry').length : 0],
    [`expire within ${args.expiringWithinDays} days`, rows.filter((r) => r.status === 'expiring').length],
    ['have no owner or no expiry (required)', rows.filter((r) => r.status === 'incomplete').length],
  ];
  const reasons = failing.filter(([, n]) => n > 0).map(([words, n]) => `${n} ${n === 1 ? 'waiver' : 'waivers'} ${n === 1 ? words.replace(/^have /, 'has ').replace(/^expire /, 'expires ') : words}`);
  if (reasons.length === 0) return EXIT_OK;
  io.stderr(`ics-check: ${reasons.join(', ')}\n`);
  return EXIT_FINDINGS;
}

/** All of a stream, or an InputError once it passes `maxBytes` (`ics-check - < /dev/zero` must not fill the memory). */
function readAll(stream: NodeJS.ReadableStream, maxBytes = DEFAULT_MAX_FILE_SIZE): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const onData = (c: Buffer | string) => {
      const chunk = typeof c === 'string' ? Buffer.from(c) : c;
      total += chunk.length;
      if (total > maxBytes) {
        stream.removeListener('data', onData);
        stream.pause();
        reject(new InputError(`standard input is over the ${formatSize(maxBytes)} limit (raise it with --max-file-size)`));
        return;
      }
      chunks.push(chunk);
    };
    stream.on('data', onData);
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    stream.on('error', reject);
  });
}

/** The process's own streams. A closed stdout (EPIPE, e.g. `| head`) must not change the exit code. */
export function processIo(): CliIo {
  const ignoreBrokenPipe = (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
  };
  process.stdout.on('error', ignoreBrokenPipe);
  process.stderr.on('error', ignoreBrokenPipe);
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (t) => {
      if (!process.stdout.destroyed) process.stdout.write(t);
    },
    stderr: (t) => {
      if (!process.stderr.destroyed) process.stderr.write(t);
    },
    readStdin: (maxBytes) => readAll(process.stdin, maxBytes),
    stdoutIsTTY: process.stdout.isTTY === true,
    ...(process.stdin.isTTY && process.stdout.isTTY ? terminalIo() : {}),
  };
}

function terminalIo(): Pick<CliIo, 'ask' | 'closeAsk'> {
  let terminal: ReturnType<typeof terminalAsk> | undefined;
  return {
    ask: (question) => (terminal ??= terminalAsk(process.stdin, process.stdout)).ask(question),
    closeAsk: () => terminal?.close(),
  };
}

/** Runs the CLI as the process: its arguments, its streams, its exit code. */
export function runAsProcess(): void {
  run(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`ics-check: internal error: ${(err as Error)?.message ?? String(err)}\n`);
      process.exitCode = EXIT_ERROR;
    },
  );
}
