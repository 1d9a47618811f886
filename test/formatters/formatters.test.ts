import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { formatters, type FileResult, type FormatContext } from '../../server/src/core/formatters';
import { escapeData, escapeProperty } from '../../server/src/core/formatters/github';
import { xmlEscape } from '../../server/src/core/formatters/junit';
import { cell, MARKDOWN_MAX_BYTES } from '../../server/src/core/formatters/markdown';
import { ruleById } from '../../server/src/core/rules';
import { check } from '../../server/src/api';
import type { Finding } from '../../server/src/core/types';

const ROOT = path.resolve(__dirname, '../..');
const CWD = '/work/repo';
const board = ruleById('ICS-BOARD-001')!.meta;
const context: FormatContext = { cwd: CWD, tool: { name: 'ics-check', version: '9.9.9', informationUri: 'https://example.org/ics' }, rules: [board] };

function finding(over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'ICS-BOARD-001',
    severity: 'error',
    message: 'The board has no chair.',
    uri: 'file:///work/repo/gov/icb.yaml',
    range: { start: { line: 4, character: 2 }, end: { line: 4, character: 9 } },
    ...over,
  };
}

const results = (findings: Finding[], file = '/work/repo/gov/icb.yaml'): FileResult[] => [{ filePath: file, uri: 'file://' + file, findings }];

/** The official SARIF 2.1.0 schema (draft-07), vendored in test/fixtures/sarif. */
function sarifValidator() {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  const isUri = (s: string) => {
    try {
      new URL(s);
      return true;
    } catch {
      return false;
    }
  };
  ajv.addFormat('uri', isUri);
  ajv.addFormat('uri-reference', (s: string) => isUri(s) || isUri(new URL(s, 'file:///base/').href));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  const compiled = ajv.compile(schema);
  // A plain predicate (not a type guard), so the log keeps its type in the assertions that follow.
  const validate = (log: unknown): boolean => compiled(log) as boolean;
  validate.errors = () => compiled.errors;
  return validate;
}

describe('formatters', () => {
  describe('github', () => {
    it('escapes data and properties by GitHub rules', () => {
      assert.equal(escapeData('50% done\r\nnext'), '50%25 done%0D%0Anext');
      assert.equal(escapeProperty('a:b,c%'), 'a%3Ab%2Cc%25');
    });

    it('one command per finding, 1-based, with the rule as title and the source', () => {
      const out = formatters.github(results([finding({ message: 'line one\nline two, 100%' })]), context);
      assert.equal(
        out,
        '::error file=gov/icb.yaml,line=5,col=3,endLine=5,endColumn=10,title=ICS-BOARD-001::line one%0Aline two, 100%25%0ASource: NHS Act 2006 (as amended by the Health and Care Act 2022), Schedule 1B paragraph 3(1)(a)\n',
      );
    });

    it('maps severities, most serious first; under the cap, no notice', () => {
      const few = [finding({ severity: 'hint' }), finding({ severity: 'warning' }), finding({ severity: 'information' }), finding({ severity: 'error' })];
      const lines = formatters.github(results(few), context).trimEnd().split('\n');
      assert.deepEqual(lines.map((l) => l.split(' ')[0]), ['::error', '::warning', '::notice', '::notice']);
    });

    it('at most 10 annotations per level by default (GitHub drops the rest), with the notice of how many more first', () => {
      const at = (i: number) => ({ start: { line: i, character: 0 }, end: { line: i, character: 1 } });
      const many = [
        ...Array.from({ length: 12 }, (_, i) => finding({ severity: 'error', range: at(i) })),
        ...Array.from({ length: 3 }, (_, i) => finding({ severity: 'warning', range: at(i) })),
        ...Array.from({ length: 10 }, (_, i) => finding({ severity: 'hint', range: at(i) })),
      ];
      const lines = formatters.github(results(many), context).trimEnd().split('\n');
      const count = (cmd: string) => lines.filter((l) => l.startsWith(cmd + ' ')).length;
      // the notice is first, and counts against the 10 notices: 9 hints shown
      assert.match(lines[0], /^::notice title=ics-check::3 more findings not shown as annotations \(2 errors, 1 notice; GitHub shows 10 per level in a step\)\. The job summary/);
      assert.equal(count('::error'), 10);
      assert.equal(count('::warning'), 3);
      assert.equal(count('::notice'), 10);
      assert.deepEqual(lines.slice(1).map((l) => l.split(' ')[0]), [...Array(10).fill('::error'), ...Array(3).fill('::warning'), ...Array(9).fill('::notice')]);
      // --max-annotations sets the cap per level
      const three = formatters.github(results(many), { ...context, maxAnnotations: 3 }).trimEnd().split('\n');
      assert.match(three[0], /^::notice title=ics-check::17 more findings not shown as annotations \(9 errors, 8 notices; GitHub shows 3 per level/);
      assert.equal(three.length, 1 + 3 + 3 + 2);
    });

    it('prints nothing for a clean run', () => {
      assert.equal(formatters.github(results([]), context), '');
    });
  });

  describe('junit', () => {
    it('a testsuite per file, a testcase per finding, one passing testcase for a clean file; XML escaped', () => {
      const out = formatters.junit(
        [...results([finding({ message: 'A & B <c> "d"\u0001' })]), ...results([], '/work/repo/gov/place.yaml')],
        context,
      );
      assert.match(out, /^<\?xml version="1\.0" encoding="utf-8"\?>\n<testsuites name="ics-check" tests="2" failures="1" errors="0" skipped="0">/);
      assert.match(out, /<testsuite name="gov\/icb\.yaml" tests="1" failures="1"/);
      assert.match(out, /<failure type="error" message="A &amp; B &lt;c&gt; &quot;d&quot;">/);
      assert.match(out, /<testsuite name="gov\/place\.yaml" tests="1" failures="0" errors="0" skipped="0">\n {4}<testcase classname="gov\/place\.yaml" name="no problems" file="gov\/place\.yaml"\/>/);
      assert.doesNotMatch(out, /\u0001/);
      assert.equal(xmlEscape("'"), '&apos;');
    });
  });

  describe('markdown', () => {
    it('a summary and a table; pipes in messages cannot break the table', () => {
      assert.equal(cell('a | b\nc'), 'a \\| b c');
      const out = formatters.markdown(results([finding({ message: 'chair | deputy' })]), context);
      assert.match(out, /✖ \*\*1 problem\*\* \(1 error, 0 warnings, 0 information, 0 hints\) in 1 file of 1 checked\./);
      assert.match(out, /\| `gov\/icb\.yaml` \| 1 \| 0 \| 0 \| 0 \|/);
      assert.match(out, /\| `gov\/icb\.yaml:5:3` \| error \| \[ICS-BOARD-001\]\(https:\/\/[^)]+\/docs\/rules\/ICS-BOARD-001\.md\) \| chair \\\| deputy \|/);
    });

    it('a clean run says so', () => {
      assert.match(formatters.markdown(results([]), context), /✔ 1 file checked, no problems\./);
    });

    it('lists the waived findings with their waivers; findings and waived findings share the 1 MiB budget of a job summary', () => {
      const waiver = { ruleIds: ['ICS-BOARD-001'], reason: 'agreed with NHS England', owner: 'Board Secretary', expires: '2027-03-31', line: 2, status: 'active' as const };
      const one: FileResult = { ...results([finding()])[0], outcome: { documents: [], waived: [{ finding: finding({ severity: 'warning' }), waiver }] } };
      const out = formatters.markdown([one], context);
      assert.match(out, /### Waived findings\n\n\| Location \| Rule \| Message \| Waiver \|\n\|---\|---\|---\|---\|\n\| `gov\/icb\.yaml:5:3` \| `ICS-BOARD-001` \| The board has no chair\. \| agreed with NHS England; owner: Board Secretary; expires: 2027-03-31 \(line 3\) \|/);
      // 6,000 findings and 6,000 waived findings of about 200 bytes each: more than 1 MiB together.
      const long = 'x'.repeat(150);
      const many = Array.from({ length: 6000 }, (_, i) => finding({ message: `${long} ${i}`, range: { start: { line: i, character: 0 }, end: { line: i, character: 1 } } }));
      const big: FileResult = { ...results(many)[0], outcome: { documents: [], waived: many.map((f) => ({ finding: f, waiver })) } };
      const report = formatters.markdown([big], context);
      assert.ok(Buffer.byteLength(report) <= MARKDOWN_MAX_BYTES, `${Buffer.byteLength(report)} bytes`);
      const findingRows = (report.match(/^\| `gov\/icb\.yaml:\d+:1` \| error \|/gm) ?? []).length;
      assert.ok(findingRows > 3000 && findingRows < 6000, `${findingRows} findings listed`);
      assert.match(report, new RegExp(`…and ${6000 - findingRows} more \\(a job summary holds at most 1 MiB\\)`));
      // The waived table is there, cut with a count of what it left out.
      assert.match(report, /### Waived findings[^]*…and \d+ more \(a job summary holds at most 1 MiB\)[^]*$/);
    });
  });

  describe('stylish', () => {
    it('groups by file, aligns columns, and sums up', () => {
      const out = formatters.stylish(results([finding({ section: 'board' }), finding({ severity: 'warning', ruleId: 'schema', message: 'x', section: 'board', range: { start: { line: 11, character: 0 }, end: { line: 11, character: 1 } } })]), context);
      assert.equal(
        out,
        'gov/icb.yaml\n\n  Board (board)\n    5:3   error    The board has no chair.  ICS-BOARD-001\n    12:1  warning  x  schema\n\n  By section:\n    Board  1 error, 1 warning\n\n✖ 2 problems (1 error, 1 warning, 0 information, 0 hints)\n',
      );
    });

    it('groups a file by section, the most severe section and finding first, and sums up each section', () => {
      const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 1 } });
      const out = formatters.stylish(
        results([
          finding({ severity: 'information', ruleId: 'ICS-COI-003', message: 'No guardian.', section: 'conflicts_of_interest', range: at(30) }),
          finding({ severity: 'warning', ruleId: 'ICS-COMM-001', message: 'No audit committee.', section: 'committees', range: at(20) }),
          finding({ severity: 'information', ruleId: 'ICS-DEC-001', message: 'How does it decide?', section: 'board', range: at(3) }),
          finding({ severity: 'error', ruleId: 'ICS-BOARD-001', message: 'The board has no chair.\n\nboard:\n  members:\n    - id: chair', section: 'board', range: at(4) }),
          finding({ severity: 'error', ruleId: 'ICS-AREA-003', message: 'Not published.', range: at(0) }),
        ]),
        context,
      );
      const lines = out.split('\n');
      // Headings: board (an error, and more findings) before the document (one error), then committees (a warning), then conflicts of interest.
      assert.deepEqual(
        lines.filter((l) => /^  \S/.test(l)),
        ['  Board (board)', '  The document as a whole', '  Committees (committees)', '  Conflicts of interest (conflicts_of_interest)', '  By section:'],
      );
      // Inside a section the most severe finding comes first, and the YAML an "add" message shows is printed under it, in its own indentation.
      const board = lines.indexOf('  Board (board)');
      assert.match(lines[board + 1], /^    5:1   error        The board has no chair\.  ICS-BOARD-001$/);
      assert.deepEqual(lines.slice(board + 2, board + 5), [' '.repeat(23) + 'board:', ' '.repeat(23) + '  members:', ' '.repeat(23) + '    - id: chair']);
      assert.match(lines[board + 5], /^    4:1   information  How does it decide\?  ICS-DEC-001$/);
      // One line per section at the end of the file.
      const summary = lines.indexOf('  By section:');
      assert.deepEqual(lines.slice(summary + 1, summary + 5), [
        '    Board                    1 error, 1 information',
        '    The document as a whole  1 error',
        '    Committees               1 warning',
        '    Conflicts of interest    1 information',
      ]);
    });

    it('counts fixable problems', () => {
      const fixable = finding({ fixes: [{ title: 'Add', safe: true, edits: [{ range: finding().range, newText: 'x' }] }] });
      assert.match(formatters.stylish(results([fixable]), context), /1 error and 0 other problems potentially fixable with the `--fix` option\./);
    });
  });

  describe('json', () => {
    it('is versioned and carries positions, source, citations and fix information', () => {
      const out = JSON.parse(formatters.json(results([finding({ related: [{ message: 'here', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } } }] })]), { ...context, skipped: [{ filePath: '/work/repo/ci.yaml', reason: 'not ours' }] }));
      assert.equal(out.version, 1);
      assert.deepEqual(out.tool, { name: 'ics-check', version: '9.9.9' });
      const f = out.results[0].findings[0];
      assert.deepEqual(
        { file: out.results[0].file, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, fixable: f.fixable },
        { file: 'gov/icb.yaml', line: 5, column: 3, endLine: 5, endColumn: 10, fixable: false },
      );
      assert.equal(f.source, 'NHS Act 2006 (as amended by the Health and Care Act 2022), Schedule 1B paragraph 3(1)(a)');
      assert.equal(f.citations[0].confidence, 'V');
      assert.deepEqual(f.related, [{ message: 'here', file: 'gov/icb.yaml', line: 1, column: 1, endLine: 1, endColumn: 5 }]);
      assert.deepEqual(out.skipped, [{ file: 'ci.yaml', reason: 'not ours' }]);
      assert.equal(out.summary.error, 1);
    });
  });

  describe('sarif', () => {
    const validate = sarifValidator();

    it('a hand-made log with every feature we use is valid against the official schema', () => {
      const f = finding({
        related: [{ message: 'first chair', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } } }],
        fixes: [{ title: 'Add a chair', safe: true, edits: [{ range: { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } }, newText: '- chair\n' }] }],
      });
      const log = JSON.parse(formatters.sarif([...results([f]), ...results([finding({ severity: 'hint' })], '/elsewhere/x.yaml')], context));
      assert.ok(validate(log), JSON.stringify(validate.errors(), null, 2));
      const run = log.runs[0];
      const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'ICS-BOARD-001');
      assert.equal(rule.helpUri, 'https://github.com/ics-constitution-checker/ics-constitution-checker/blob/main/docs/rules/ICS-BOARD-001.md');
      assert.equal(rule.shortDescription.text, board.title);
      assert.equal(rule.properties.citations[0].text, 'NHS Act 2006 (as amended by the Health and Care Act 2022), Schedule 1B paragraph 3(1)(a)');
      assert.deepEqual(run.results[0].locations[0].physicalLocation, {
        artifactLocation: { uri: 'gov/icb.yaml', uriBaseId: '%SRCROOT%' },
        region: { startLine: 5, startColumn: 3, endLine: 5, endColumn: 10 },
      });
      assert.equal(run.results[1].level, 'note');
      assert.equal(run.results[1].locations[0].physicalLocation.artifactLocation.uri, 'file:///elsewhere/x.yaml');
      assert.equal(run.results[0].ruleIndex, run.tool.driver.rules.indexOf(rule));
      assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, 'file:///work/repo/');
    });

    it('the log of samples/flawed is valid against the official schema, and every region is exact', async () => {
      const r = await check({ files: ['samples/flawed'], cwd: ROOT });
      const log = JSON.parse(formatters.sarif(r.results, r.context));
      assert.ok(validate(log), JSON.stringify(validate.errors()?.slice(0, 5), null, 2));
      const texts = new Map(r.results.map((x) => [path.relative(ROOT, x.filePath), x.text]));
      for (const res of log.runs[0].results) {
        const loc = res.locations[0].physicalLocation;
        const lines = texts.get(loc.artifactLocation.uri)!.split('\n');
        const reg = loc.region;
        assert.ok(reg.startLine >= 1 && reg.startLine <= lines.length, `${res.ruleId}: line ${reg.startLine}`);
        assert.ok(reg.startColumn >= 1 && reg.startColumn <= lines[reg.startLine - 1].length + 1, `${res.ruleId}: column ${reg.startColumn}`);
        assert.ok(reg.endLine > reg.startLine || reg.endColumn >= reg.startColumn);
      }
      // Every rule that ran is described, with its help page and citations.
      const ids = log.runs[0].tool.driver.rules.map((x: { id: string }) => x.id);
      for (const m of r.rules) assert.ok(ids.includes(m.id), m.id);
      for (const res of log.runs[0].results) assert.ok(ids.includes(res.ruleId), `${res.ruleId} is described`);
    });

    it('the schema itself rejects a broken log (the validation can fail)', () => {
      const log = JSON.parse(formatters.sarif(results([finding()]), context));
      log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
      assert.equal(validate(log), false);
    });
  });
});
