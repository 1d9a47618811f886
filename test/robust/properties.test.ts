import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { check } from '../../server/src/api';
import { analyzeFile, checkFiles, INTERNAL_RULE_ID, type Finding } from '../../server/src/core';
import { generateConstitution } from '../../scripts/bench/generate';
import { cli, ROOT, tempDir } from '../cli/helpers';
import { startHarness } from '../lsp/harness';
import { measureWork } from './work';

/**
 * Property tests (fast-check), bounded in cases so `npm test` stays quick. Random YAML and random
 * mutations of the samples never make the engine throw (nor report an internal error), cost work
 * roughly linear in their size, and give the same findings in the CLI, the API and the editor.
 * A failure prints the seed and the smallest input that fails; rerun with it to reproduce.
 */
const SAMPLES = path.join(ROOT, 'samples');
const SAMPLE_FILES = ['valid/constitution.yaml', 'valid/partnership.yaml', 'valid/south-northmoor.place.yaml', ...fs.readdirSync(path.join(SAMPLES, 'flawed')).map((n) => `flawed/${n}`)];
const SAMPLE_TEXTS = Object.fromEntries(SAMPLE_FILES.map((f) => [f, fs.readFileSync(path.join(SAMPLES, f), 'utf8')]));
const TODAY = '2026-01-15';

/** Keys of our format, keys that name Object.prototype members, and a few others. */
const KEYS = ['kind', 'version', 'icb', 'id', 'name', 'board', 'members', 'role', 'committees', 'chair', 'quorum', 'places', 'reports_to', 'toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', 'loc', 'items', 'x'];
const VALUES = fc.oneof(
  fc.constantFrom('icb-constitution', 'integrated-care-partnership', 'place-partnership', 'icb-constitutoin', 'chair', 'non_executive', 'icb-board', 'TODO', '', '~', 'null', '1e999', 'constructor', '__proto__'),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const yamlValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, VALUES, tie('list'), tie('map')),
  list: fc.array(tie('value'), { maxLength: 5 }),
  map: fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 6 }),
})).value;

/** A document of ours (its kind first) or any map, as YAML text. */
const randomYaml = fc
  .tuple(fc.constantFrom('icb-constitution', 'integrated-care-partnership', 'place-partnership', undefined), fc.dictionary(fc.constantFrom(...KEYS), yamlValue, { maxKeys: 8 }))
  .map(([kind, body]) => (kind ? `kind: ${kind}\nversion: 1\n` : '') + stringify(body));

/** Small edits at a random place: the slips and accidents a file meets. */
type Mutation = { at: number; kind: 'insert' | 'delete' | 'duplicate-line' | 'swap-lines' | 'truncate'; text: string; length: number };
const SNIPPETS = ['x', '"', "'", ':', '- ', '  ', '\t', '#', '{', '}', '[', ']', '&a ', '*a', '!!str ', '---\n', '<<<<<<< HEAD\n', '\u0000', '\uFEFF', 'é', '\r\n', 'kind: icb-constitution\n', 'toString: {a: 1}\n', '__proto__: x\n'];
const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  kind: fc.constantFrom('insert', 'insert', 'insert', 'delete', 'duplicate-line', 'swap-lines', 'truncate'),
  text: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 4 })),
  length: fc.integer({ min: 1, max: 40 }),
});

/** Applies mutations; `within` keeps them in the first characters (the part two sizes share). */
function mutate(text: string, mutations: Mutation[], within = text.length): string {
  let out = text;
  for (const m of mutations) {
    const at = Math.floor(m.at * Math.min(within, out.length));
    if (m.kind === 'insert') out = out.slice(0, at) + m.text + out.slice(at);
    else if (m.kind === 'delete') out = out.slice(0, at) + out.slice(at + m.length);
    else if (m.kind === 'truncate') out = out.slice(0, Math.max(at, Math.min(within, out.length)));
    else {
      const lines = out.split('\n');
      const i = Math.floor(m.at * Math.min(lines.length - 1, out.slice(0, within).split('\n').length - 1));
      if (m.kind === 'duplicate-line') lines.splice(i, 0, lines[i]);
      else if (i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1], lines[i]];
      out = lines.join('\n');
    }
  }
  return out;
}

function engine(texts: { uri: string; text: string }[]): Finding[] {
  return checkFiles(texts.map((t) => analyzeFile(t.uri, t.text)), { today: TODAY });
}

function assertNoInternalError(findings: Finding[], input: string): void {
  const internal = findings.filter((f) => f.ruleId === INTERNAL_RULE_ID);
  assert.deepEqual(internal, [], `internal error on:\n${input.slice(0, 2000)}`);
}

describe('properties', function () {
  this.timeout(120_000);

  it('random YAML never makes the engine throw or fail a rule', () => {
    fc.assert(
      fc.property(randomYaml, (text) => {
        assertNoInternalError(engine([{ uri: 'file:///p/random.yaml', text }]), text);
      }),
      { numRuns: 100 },
    );
  });

  it('random text never makes the engine throw', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: fc.constantFrom(...'kind: icb-constitution\n -[]{}&*!|>"\'#%@`\t\\,?'.split(''), '\u0000', '\uFEFF', 'é') }), (text) => {
        assertNoInternalError(engine([{ uri: 'file:///p/random.icb.yaml', text }]), text);
      }),
      { numRuns: 100 },
    );
  });

  it('random mutations of the samples never make the engine throw or fail a rule', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SAMPLE_FILES), fc.array(mutation, { minLength: 1, maxLength: 4 }), (file, mutations) => {
        const text = mutate(SAMPLE_TEXTS[file], mutations);
        // Checked with the other valid files, as a system: cross-document rules see the mutation too.
        const others = SAMPLE_FILES.filter((f) => f.startsWith('valid/') && f !== file).map((f) => ({ uri: pathToFileURL(path.join(SAMPLES, f)).href, text: SAMPLE_TEXTS[f] }));
        assertNoInternalError(engine([{ uri: pathToFileURL(path.join(SAMPLES, file)).href, text }, ...others]), text);
      }),
      { numRuns: 50 },
    );
  });

  it('the work on a mutated constitution grows linearly with its size (counted, not timed)', async () => {
    // The same mutation, in the part both sizes share (before the generated committees), on 1,000
    // and 4,000 lines: the work may grow at most 6× (linear is 4×, quadratic 16×).
    const prefix = SAMPLE_TEXTS['valid/constitution.yaml'].indexOf('\ncommittees:');
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const [small, large] = await measureWork([mutate(generateConstitution(1000), mutations, prefix), mutate(generateConstitution(4000), mutations, prefix)]);
        assert.ok(large / small < 6, `4× the lines cost ${(large / small).toFixed(1)}× the work`);
      }),
      { numRuns: 3 },
    );
  });

  it('a mutated sample gets the same findings in the CLI, the API and the editor', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SAMPLE_FILES.filter((f) => f !== 'valid/partnership.yaml' && f !== 'valid/south-northmoor.place.yaml')), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (file, mutations) => {
        const dir = tempDir('ics-prop-');
        fs.writeFileSync(path.join(dir, '.ics-check.yaml'), 'root: true\n');
        fs.writeFileSync(path.join(dir, 'partnership.yaml'), SAMPLE_TEXTS['valid/partnership.yaml']);
        fs.writeFileSync(path.join(dir, 'south-northmoor.place.yaml'), SAMPLE_TEXTS['valid/south-northmoor.place.yaml']);
        const mutated = mutate(SAMPLE_TEXTS[file], mutations);
        fs.writeFileSync(path.join(dir, 'constitution.yaml'), mutated);

        const line = (file: string, l: number, c: number, severity: string, ruleId: string, message: string) => `${file}:${l}:${c} ${severity} ${ruleId} ${message}`;
        const api = await check({ files: ['.'], cwd: dir, today: TODAY });
        const fromApi = api.results.flatMap((r) => r.findings.map((f) => line(path.basename(r.filePath), f.range.start.line + 1, f.range.start.character + 1, f.severity, f.ruleId, f.message))).sort();

        const run = await cli(['-f', 'json', '--today', TODAY, '.'], { cwd: dir });
        const json = JSON.parse(run.stdout) as { results: { file: string; findings: { line: number; column: number; severity: string; ruleId: string; message: string }[] }[] };
        const fromCli = json.results.flatMap((r) => r.findings.map((f) => line(r.file, f.line, f.column, f.severity, f.ruleId, f.message))).sort();

        const h = await startHarness({ today: TODAY, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }] });
        const fromEditor: string[] = [];
        try {
          await h.server.ready();
          const severities = ['', 'error', 'warning', 'information', 'hint'];
          for (const name of ['constitution.yaml', 'partnership.yaml', 'south-northmoor.place.yaml']) {
            const uri = pathToFileURL(path.join(dir, name)).href;
            // A file the CLI checks is published (possibly empty); one it skips is not.
            const checked = api.results.some((r) => path.basename(r.filePath) === name);
            const diags = checked ? (h.latest(uri)?.diagnostics ?? (await h.diagnostics(uri, () => true))) : (h.latest(uri)?.diagnostics ?? []);
            for (const d of diags) fromEditor.push(line(name, d.range.start.line + 1, d.range.start.character + 1, severities[d.severity ?? 1], String(d.code), d.message));
          }
        } finally {
          await h.dispose();
        }
        fromEditor.sort();
        assert.deepEqual(fromCli, fromApi, 'the CLI and the API agree');
        assert.deepEqual(fromEditor, fromApi, `the editor and the API agree on:\n${mutated.slice(0, 400)}`);
      }),
      { numRuns: 8 },
    );
  });
});
