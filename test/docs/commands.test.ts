import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { parseArgs } from '../../server/src/cli/args';
import { parseInitArgs } from '../../server/src/cli/init';
import { isFormatName } from '../../server/src/core/formatters';

/**
 * Every command line the documentation gives is one the command line accepts, and every use of the
 * GitHub Action gives only inputs `action.yml` declares: a reader who copies a CI example, a hook or
 * a README command gets no usage error. (The CI examples of docs/cli.md are also run in scratch
 * repositories by scripts/ci-examples/run.mjs in .ci/run; their YAML is tested in examples.test.ts.)
 */
const ROOT = path.resolve(__dirname, '../..');
const DOCS = ['README.md', ...fs.readdirSync(path.join(ROOT, 'docs')).filter((n) => n.endsWith('.md')).map((n) => `docs/${n}`)];

/** The code blocks of a Markdown file, with the line each starts on. */
function blocks(file: string): { lang: string; line: number; text: string }[] {
  const lines = fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n');
  const out: { lang: string; line: number; text: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i]);
    if (!open) continue;
    const end = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
    out.push({ lang: open[1], line: i + 1, text: lines.slice(i + 1, end).join('\n') });
    i = end;
  }
  return out;
}

/** Splits a shell command line into words (quotes kept together), up to a pipe, redirection, `;`, `&&` or comment. */
export function words(line: string): string[] {
  const out: string[] = [];
  const re = /\s*(?:'([^']*)'|"([^"]*)"|(\|\|?|&&|;|>>?|<|#.*)|([^\s'"|;&<>#]+))/gy;
  for (let m = re.exec(line); m && m[0].trim() !== ''; m = re.exec(line)) {
    if (m[3] !== undefined) break;
    out.push(m[1] ?? m[2] ?? m[4]);
  }
  return out;
}

const COMMAND = /(?:^|\s|["'`])(?:exec\s+)?npx\s+(?:-p\s+ics-constitution-checker\s+)?(?:ics-check|ics-constitution-checker)\b(.*)$/;

/** The arguments of every `npx ics-check …` / `npx ics-constitution-checker …` in a block of shell or YAML. */
function invocations(block: { lang: string; text: string }): string[][] {
  const out: string[][] = [];
  for (const line of block.text.split('\n')) {
    const m = COMMAND.exec(line);
    if (m) out.push(words(m[1]));
  }
  // A pre-commit hook gives the command as `entry` and its arguments as `args`.
  if (block.lang === 'yaml') {
    for (const doc of parseAllDocuments(block.text)) {
      const hooks = ((doc.toJS() as { repos?: { hooks?: { entry?: string; args?: string[] }[] }[] } | null)?.repos ?? []).flatMap((r) => r.hooks ?? []);
      for (const h of hooks) if (h.entry && COMMAND.test(h.entry)) out[out.length - 1] = [...words(COMMAND.exec(h.entry)![1]), ...(h.args ?? [])];
    }
  }
  return out;
}

/** What the command line does with the arguments before it reads a file: throws a usage error if any. */
function accepts(args: string[]): void {
  if (args[0] === 'init') {
    parseInitArgs(args.slice(1));
    return;
  }
  const parsed = parseArgs(args);
  // Report formats are checked by name once the arguments are read (render's by parseArgs).
  if (parsed.mode === 'check') for (const o of parsed.outputs) if (!isFormatName(o.format)) throw new Error(`unknown format "${o.format}"`);
}

describe('documentation: every command line and every use of the GitHub Action is accepted', () => {
  const all = DOCS.flatMap((file) => blocks(file).map((b) => ({ file, ...b })));

  for (const b of all.filter((x) => ['sh', 'bash', 'yaml', 'yml', ''].includes(x.lang))) {
    const calls = invocations(b);
    if (calls.length === 0) continue;
    it(`${b.file}:${b.line}: ${calls.length === 1 ? 'the command parses' : `${calls.length} commands parse`} without a usage error`, () => {
      for (const args of calls) assert.doesNotThrow(() => accepts(args), `ics-check ${args.join(' ')}`);
    });
  }

  it('finds the commands (a pattern that found none would pass everything)', () => {
    const n = all.flatMap(invocations).length;
    assert.ok(n >= 20, `${n} commands`);
    // The CI examples of docs/cli.md among them.
    const cli = all.filter((b) => b.file === 'docs/cli.md').flatMap(invocations);
    assert.ok(cli.some((a) => a.includes('gitlab')) && cli.some((a) => a.includes('junit')), 'the GitLab and Azure jobs');
  });

  it('a command the CLI would refuse is caught (the check can fail)', () => {
    assert.throws(() => accepts(words("--format stylsh governance/")));
    assert.throws(() => accepts(words('init a b')));
    assert.deepEqual(words(`-f junit -o "$(Build.ArtifactStagingDirectory)/x.xml" governance/ | tee out # note`), ['-f', 'junit', '-o', '$(Build.ArtifactStagingDirectory)/x.xml', 'governance/']);
  });

  it('each use of the action gives only the inputs action.yml declares, with values the command line accepts', () => {
    const action = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
    const declared = new Set(Object.keys(action.inputs));
    let uses = 0;
    // Every step that uses the action, in a whole workflow or a fragment of one.
    type Step = { uses?: unknown; with?: Record<string, unknown> };
    const steps = (x: unknown): Step[] =>
      Array.isArray(x) ? x.flatMap(steps) : x && typeof x === 'object' ? [...('uses' in x ? [x as Step] : []), ...Object.values(x).flatMap(steps)] : [];
    for (const b of all.filter((x) => x.lang === 'yaml')) {
      for (const step of parseAllDocuments(b.text).flatMap((d) => steps(d.toJS()))) {
        if (typeof step.uses !== 'string' || !/^ics-constitution-checker\/ics-constitution-checker@/.test(step.uses)) continue;
        uses++;
        for (const [input, value] of Object.entries(step.with ?? {})) {
          assert.ok(declared.has(input), `${b.file}:${b.line}: \`${input}\` is not an input of action.yml (${[...declared].join(', ')})`);
          const flag = { profile: '--profile', framework: '--framework', 'fail-on': '--fail-on', 'max-warnings': '--max-warnings', 'max-annotations': '--max-annotations' }[input];
          if (flag) assert.doesNotThrow(() => parseArgs([flag, String(value), '.']), `${b.file}:${b.line}: ${input}: ${String(value)}`);
        }
      }
    }
    assert.ok(uses >= 2, 'the README and docs/cli.md use the action');
  });
});
