import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { analyzeFile, checkFiles, FRAMEWORKS, PROFILES, type Finding } from '../../server/src/core';
import { ConfigLoader } from '../../server/src/core/config';
import { tempDir } from '../cli/helpers';

/**
 * Every YAML example in the documentation is a test: it is clean, or it trips exactly what the text
 * around it says. Each ```yaml block says which with a comment on the line before it:
 *
 *   <!-- example: clean -->                  no finding, under every profile and legal framework
 *   <!-- example: checks A, B; trips A -->    of the rules A and B (and the schema), exactly A reports
 *   <!-- example: excerpt of samples/x.yaml --> lines of a sample, in order (`# …` for what is left
 *                                             out); the samples are clean (test/samples.test.ts)
 *   <!-- example: waives ICS-NED-003 -->      the rule reports on the line after the suppression comment
 *                                             when the comment is taken out, and nothing with it in
 *   <!-- example: config -->                  a .ics-check.yaml that loads without a problem
 *   <!-- example: other (what it is) -->      YAML for another tool: it parses
 *   <!-- ci-example: NAME -->                 a CI example of docs/cli.md: it parses, and
 *                                             scripts/ci-examples/run.mjs runs it in a scratch
 *                                             repository (.ci/run); its commands and the action's
 *                                             inputs are checked in commands.test.ts
 *
 * Files checked together (a constitution and its partnership) go in consecutive blocks marked
 * `<!-- example: … with next -->`. Rule pages (docs/rules) are generated from rule metadata, whose
 * examples test/catalogue.test.ts runs; the editor's snippets are tested in test/docs/snippets.test.ts.
 */
const ROOT = path.resolve(__dirname, '../..');
const TODAY = '2026-11-23';
const DOCS = ['README.md', ...fs.readdirSync(path.join(ROOT, 'docs')).filter((n) => n.endsWith('.md')).map((n) => `docs/${n}`)];

interface Example {
  file: string;
  line: number;
  yaml: string;
  mode: string;
  args: string[];
  withNext: boolean;
}

function examplesOf(file: string): Example[] {
  const lines = fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n');
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ya?ml\s*$/.test(lines[i])) continue;
    const end = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
    let k = i - 1;
    while (k >= 0 && lines[k].trim() === '') k--;
    const ci = /^<!-- ci-example: ([\w-]+) -->$/.exec(lines[k] ?? '');
    const m: (string | undefined)[] | null = ci ? [lines[k], 'ci', ci[1], undefined] : /^<!-- example: (\w+)(.*?)( with next)? -->$/.exec(lines[k] ?? '');
    // `checks A, B; trips A`: the rules in view, then those that report.
    out.push({
      file,
      line: i + 1,
      yaml: lines.slice(i + 1, end).join('\n') + '\n',
      mode: m?.[1] ?? '',
      args: (m?.[2] ?? '').split(/[,\s]+/).filter(Boolean),
      withNext: !!m?.[3],
    });
    i = end;
  }
  return out;
}

const check = (texts: { name: string; text: string }[], options: { profile?: (typeof PROFILES)[number]; framework?: (typeof FRAMEWORKS)[number] } = {}): Finding[] =>
  checkFiles(texts.map((t) => analyzeFile(`file:///docs-example/${t.name}`, t.text)), { ...options, today: TODAY });
const show = (fs_: Finding[]) => fs_.map((f) => `${f.range.start.line + 1} ${f.ruleId}: ${f.message.split('\n')[0]}`);

describe('documentation examples', () => {
  for (const file of DOCS) {
    const examples = examplesOf(file);
    examples.forEach((ex, n) => {
      if (n > 0 && examples[n - 1].withNext) return; // checked with the one before
      const group = [ex];
      for (let j = n; examples[j]?.withNext && examples[j + 1]; j++) group.push(examples[j + 1]);
      const texts = group.map((g, i) => ({ name: `example-${i}.yaml`, text: g.yaml }));
      it(`${file}:${ex.line} (${ex.mode || 'unmarked'})`, () => {
        switch (ex.mode) {
          case 'clean':
            for (const profile of PROFILES) for (const framework of FRAMEWORKS) assert.deepEqual(show(check(texts, { profile, framework })), [], `${profile} ${framework}`);
            break;
          case 'checks': {
            const [inView, trips] = ex.args.join(' ').split(/;\s*trips\s*/).map((part) => part.split(/[,\s]+/).filter(Boolean));
            const view = new Set([...inView, 'schema', 'yaml-syntax']);
            assert.deepEqual([...new Set(check(texts).filter((f) => view.has(f.ruleId)).map((f) => f.ruleId))].sort(), [...new Set(trips ?? [])].sort());
            break;
          }
          case 'excerpt': {
            assert.equal(ex.args[0], 'of', 'excerpt of <sample file>');
            const source = fs.readFileSync(path.join(ROOT, ex.args[1]), 'utf8').split('\n');
            let at = 0;
            for (const line of ex.yaml.split('\n')) {
              if (line.trim() === '' || /^\s*# …$/.test(line)) continue;
              while (at < source.length && source[at] !== line) at++;
              assert.ok(at < source.length, `not in ${ex.args[1]} (in this order): ${line}`);
              at++;
            }
            assert.match(ex.args[1], /^samples\/valid\//, 'excerpts come from the valid samples, which are clean');
            assert.deepEqual(parseAllDocuments(ex.yaml).flatMap((d) => d.errors.map((e) => e.message)), [], 'an excerpt is YAML');
            break;
          }
          case 'waives': {
            const [rule] = ex.args;
            const lines = ex.yaml.split('\n');
            const at = lines.findIndex((l) => l.includes('ics-check-disable-next-line'));
            assert.ok(at >= 0, 'the example has a suppression comment');
            const without = [...lines.slice(0, at), ...lines.slice(at + 1)].join('\n');
            assert.ok(check([{ name: 'x.yaml', text: without }]).some((f) => f.ruleId === rule && f.range.start.line === at), `${rule} reports on the line after the comment when it is taken out`);
            const withIt = check(texts);
            assert.deepEqual(show(withIt.filter((f) => f.ruleId === rule || f.ruleId === 'suppression' || f.ruleId === 'schema' || f.ruleId === 'yaml-syntax')), []);
            break;
          }
          case 'config': {
            const dir = tempDir('ics-docs-');
            fs.writeFileSync(path.join(dir, '.ics-check.yaml'), ex.yaml);
            const config = new ConfigLoader().forFile(path.join(dir, 'constitution.yaml'));
            assert.deepEqual(config.warnings.map((w) => w.message), [], 'no warnings');
            break;
          }
          case 'ci': {
            const docs = parseAllDocuments(ex.yaml);
            assert.ok(Array.isArray(docs));
            for (const d of docs) assert.deepEqual(d.errors.map((e) => e.message), []);
            // The runner of the CI examples knows it by name (and fails when docs/cli.md loses it).
            assert.match(fs.readFileSync(path.join(ROOT, 'scripts/ci-examples/run.mjs'), 'utf8'), new RegExp(`\\[[^\\]]*'${ex.args[0]}'[^\\]]*\\]\\) \\{\\n  if \\(!ex\\[name\\]\\)`), `scripts/ci-examples/run.mjs runs ${ex.args[0]}`);
            break;
          }
          case 'other': {
            const docs = parseAllDocuments(ex.yaml);
            assert.ok(Array.isArray(docs));
            for (const d of docs) assert.deepEqual(d.errors.map((e) => e.message), []);
            assert.ok(ex.args.length > 0, 'say what it is: <!-- example: other (GitHub Actions workflow) -->');
            break;
          }
          default:
            assert.fail(`say what this example is with <!-- example: clean | checks …; trips … | excerpt of … | waives … | config | other (…) --> on the line before it`);
        }
      });
    });
  }

  it('finds the examples (a parser that found none would pass everything)', () => {
    const all = DOCS.flatMap(examplesOf);
    assert.ok(all.length >= 15, `${all.length} examples`);
    assert.ok(all.some((e) => e.mode === 'clean') && all.some((e) => e.mode === 'config'));
  });
});
