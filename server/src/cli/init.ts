import * as fs from 'node:fs';
import * as path from 'node:path';
import { AnswerError, COUNCIL_TYPES, councilType, councilTypeFromName, icbNames, parseCouncils, parsePlaces, type Council, type InitAnswers } from '../core/init/answers';
import { CONSTITUTION_FILE, generateConstitution, type GeneratedFile } from '../core/init/generate';
import { FRAMEWORKS, type FrameworkId } from '../core/types';
import { displayPath } from '../core/formatters';
import { UsageError } from './args';

/**
 * `ics-check init [folder]`: writes a new constitution — and, if asked, its partnership and one file
 * per place — into a folder (the current one by default). Answers come from flags; on a terminal,
 * what the flags leave out is asked for; elsewhere it is left as TODO. It never overwrites a file:
 * if any file it would write exists, it writes nothing and exits 2.
 */

/** Asks one question on the terminal; undefined when the input has ended. */
export type Ask = (question: string) => Promise<string | undefined>;

export interface InitIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Present when a person is at a terminal to answer questions. */
  ask?: Ask;
}

export const INIT_HELP = `Usage: ics-check init [folder] [options]

Writes a new ICB constitution (format 1.1) into folder (default: the current folder), with every
seat and section the law and NHS England expect and TODO where only the ICB knows the answer.
Check it with \`ics-check folder\`: what is left to fill in is reported as placeholders. A file
that already exists is never overwritten: init then writes nothing and exits 2.

On a terminal, init asks for what the options below leave out; elsewhere it leaves it as TODO.

Options:
  --icb-name NAME            The ICB's name, e.g. "NHS Example ICB" (written as its legal name,
                             "NHS Example Integrated Care Board")
  --councils LIST            The councils of its area, "Name:type, Name:type", type one of
                             ${COUNCIL_TYPES.join(', ')} (may be left out when the name
                             says it, e.g. "Exampleshire County Council")
  --places LIST              Its places, "North, South"
  --partnership              Also write the integrated care partnership (partnership.yaml)
  --place-files              Write each place in a file of its own (places/<id>.yaml)
  --framework NAME           hca-2022 (default) | health-bill-2026
  -y, --yes                  Ask nothing; leave what the options do not give as TODO
  -h, --help                 Print this help
`;

interface InitArgs {
  folder: string;
  answers: Partial<InitAnswers> & { councils?: Council[]; places?: string[] };
  given: Set<string>;
  yes: boolean;
  help: boolean;
}

export function parseInitArgs(argv: readonly string[]): InitArgs {
  const out: InitArgs = { folder: '.', answers: {}, given: new Set(), yes: false, help: false };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    let value: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    const need = () => {
      if (value !== undefined) return value;
      if (i + 1 >= argv.length) throw new UsageError(`${arg} needs a value`);
      return argv[++i];
    };
    const flag = () => {
      if (value !== undefined) throw new UsageError(`${arg} takes no value`);
    };
    try {
      switch (arg) {
        case '--icb-name':
          out.answers.icbName = need();
          break;
        case '--councils':
          out.answers.councils = parseCouncils(need());
          break;
        case '--places':
          out.answers.places = parsePlaces(need());
          break;
        case '--partnership':
          flag();
          out.answers.partnership = true;
          break;
        case '--place-files':
          flag();
          out.answers.placeFiles = true;
          break;
        case '--framework': {
          const v = need();
          if (!(FRAMEWORKS as readonly string[]).includes(v)) throw new UsageError(`--framework must be one of ${FRAMEWORKS.join(', ')}, not "${v}"`);
          out.answers.framework = v as FrameworkId;
          break;
        }
        case '-y':
        case '--yes':
          flag();
          out.yes = true;
          break;
        case '-h':
        case '--help':
          out.help = true;
          break;
        default:
          if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg} for init`);
          positional.push(arg);
      }
    } catch (err) {
      if (err instanceof AnswerError) throw new UsageError(`${arg}: ${err.message}`);
      throw err;
    }
    if (arg.startsWith('--')) out.given.add(arg);
  }
  if (positional.length > 1) throw new UsageError(`init writes into one folder, not ${positional.length} (${positional.join(', ')})`);
  if (positional.length === 1) out.folder = positional[0];
  return out;
}

/** Runs `init`; returns the exit code. Errors that are the user's (usage, existing files) are exit 2. */
export async function runInit(argv: readonly string[], io: InitIo): Promise<number> {
  const args = parseInitArgs(argv);
  if (args.help) {
    io.stdout(INIT_HELP);
    return 0;
  }
  const folder = path.resolve(io.cwd, args.folder);
  const ask = args.yes ? undefined : io.ask;
  // Refuse early, before asking anything, when the constitution is already there.
  const existing = path.join(folder, CONSTITUTION_FILE);
  if (fs.existsSync(existing)) return refuse(io, [existing]);

  const answers: InitAnswers = {
    icbName: args.answers.icbName,
    councils: args.answers.councils ?? [],
    places: args.answers.places ?? [],
    partnership: args.answers.partnership ?? false,
    placeFiles: args.answers.placeFiles ?? false,
    framework: args.answers.framework,
  };
  if (ask) {
    io.stdout(`A new ICB constitution in ${displayPath(folder, io.cwd) || '.'}. Press Enter to leave an answer as TODO.\n`);
    if (!args.given.has('--icb-name')) answers.icbName = (await ask('Name of the ICB (e.g. NHS Example ICB): '))?.trim() || undefined;
    const names = icbNames(answers.icbName);
    if (names.name) io.stdout(`  Legal name: ${names.name} (id ${names.id})\n`);
    if (!args.given.has('--councils')) answers.councils = await askCouncils(ask, io);
    if (!args.given.has('--places')) answers.places = await askList(ask, io, 'Places, separated by commas (e.g. North, South): ', parsePlaces);
    if (!args.given.has('--partnership')) answers.partnership = await askYesNo(ask, 'Also write the integrated care partnership? [y/N] ');
    if (!args.given.has('--place-files') && answers.places.length > 0) answers.placeFiles = await askYesNo(ask, 'Write each place in a file of its own? [y/N] ');
  }

  const files = generateConstitution(answers);
  const targets = files.map((f) => ({ file: f, full: path.join(folder, ...f.path.split('/')) }));
  const clashes = targets.filter((t) => fs.existsSync(t.full)).map((t) => t.full);
  if (clashes.length > 0) return refuse(io, clashes);
  const written = writeAll(targets);
  if ('error' in written) {
    io.stderr(`ics-check: init: ${written.error}; nothing was written\n`);
    return 2;
  }
  for (const t of targets) io.stdout(`Wrote ${displayPath(t.full, io.cwd)}\n`);
  // The TODOs to fill in (not those the comments mention).
  const todo = files.reduce((n, f) => n + (f.text.replace(/(^|\s)#.*$/gm, '').match(/\bTODO\b/gi) ?? []).length, 0);
  const where = path.relative(io.cwd, folder).split(path.sep).join('/') || '.';
  io.stdout(`\nNext: replace the ${todo} TODOs (only the ICB knows those answers), then run \`ics-check ${where}\` to see what is left.\n`);
  return 0;
}

function refuse(io: InitIo, files: string[]): number {
  io.stderr(`ics-check: init never overwrites a file, and ${files.map((f) => displayPath(f, io.cwd)).join(', ')} ${files.length === 1 ? 'exists' : 'exist'}: nothing was written. Choose another folder, or move ${files.length === 1 ? 'it' : 'them'} first.\n`);
  return 2;
}

/** Creates every file, each only if it does not exist yet; on any failure removes what this run created. */
function writeAll(targets: { file: GeneratedFile; full: string }[]): { ok: true } | { error: string } {
  const created: string[] = [];
  const folders: string[] = [];
  try {
    for (const t of targets) {
      const dir = path.dirname(t.full);
      if (!fs.existsSync(dir)) {
        const first = fs.mkdirSync(dir, { recursive: true });
        if (first) folders.push(first);
      }
      fs.writeFileSync(t.full, t.file.text, { flag: 'wx' });
      created.push(t.full);
    }
    return { ok: true };
  } catch (err) {
    for (const f of created.reverse()) fs.rmSync(f, { force: true });
    for (const d of folders.reverse()) fs.rmSync(d, { recursive: true, force: true });
    const e = err as NodeJS.ErrnoException;
    return { error: e.code === 'EEXIST' ? `${e.path ?? 'a file'} appeared while writing` : `cannot write ${e.path ?? ''}: ${e.code ?? e.message}` };
  }
}

async function askYesNo(ask: Ask, question: string): Promise<boolean> {
  for (;;) {
    const a = (await ask(question))?.trim().toLowerCase();
    if (a === undefined || a === '' || a === 'n' || a === 'no') return false;
    if (a === 'y' || a === 'yes') return true;
  }
}

async function askList<T>(ask: Ask, io: InitIo, question: string, parse: (s: string) => T[]): Promise<T[]> {
  for (;;) {
    const a = await ask(question);
    if (a === undefined || a.trim() === '') return [];
    try {
      return parse(a);
    } catch (err) {
      if (!(err instanceof AnswerError)) throw err;
      io.stdout(`  ${err.message}\n`);
    }
  }
}

/** Councils one at a time, asking for the type when the name does not say it. */
async function askCouncils(ask: Ask, io: InitIo): Promise<{ name: string; type: (typeof COUNCIL_TYPES)[number] }[]> {
  const out: Council[] = [];
  io.stdout('The councils of the ICB\'s area, one per line (an empty line when done):\n');
  for (;;) {
    const name = (await ask(`  Council ${out.length + 1}: `))?.trim();
    if (!name) return out;
    if (out.some((c) => c.name.toLowerCase() === name.toLowerCase())) {
      io.stdout(`  "${name}" is already in the list.\n`);
      continue;
    }
    let type = councilTypeFromName(name);
    while (!type) {
      const typed = await ask(`  Type of ${name} (${COUNCIL_TYPES.join(', ')}): `);
      if (typed === undefined) return out;
      type = councilType(typed);
      if (!type) io.stdout(`  "${typed.trim()}" is not one of ${COUNCIL_TYPES.join(', ')}.\n`);
    }
    out.push({ name, type });
  }
}
