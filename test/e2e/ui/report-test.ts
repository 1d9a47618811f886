// The documents people read, checked as they would check them: the reviewer's report opened in
// headless Debian Chromium (no request but the page itself), screenshotted, printed to A4 PDF and
// the PDF turned into PNG pages (poppler's pdftoppm); the constitution rendered to Word and opened
// by LibreOffice (headless, converted to PDF, first page as PNG). Screenshots go to --shots.
//
// Usage: node out/e2e/ui/report-test.js --cli dist/cli.js --workspace <copy of the samples> [--shots dir]
// Exit code 0 when every check passed; prints "ok - ..." / "NOT OK - ..." per check.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { launchChromium } from '../../../scripts/e2e/lib/code-server.js';

const argv: Record<string, string> = {};
for (let i = 2; i < process.argv.length; i += 2) argv[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
for (const k of ['cli', 'workspace']) if (!argv[k]) { console.error(`report-test: --${k} is required`); process.exit(2); }
const workspace = path.resolve(argv.workspace);
const shots = path.resolve(argv.shots || 'test-results/e2e/screenshots');
let failures = 0;
let passes = 0;
function check(ok: boolean, what: string): void {
  console.log(`${ok ? 'ok' : 'NOT OK'} - ${what}`);
  if (ok) passes++; else failures++;
}
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

async function main(): Promise<void> {
  fs.mkdirSync(shots, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ics-e2e-report-'));
  const report = path.join(tmp, 'report.html');
  const cli = (args: string[]) => spawnSync(process.execPath, [path.resolve(argv.cli), ...args], { cwd: workspace, encoding: 'utf8' });
  const r = cli(['samples/', '-f', 'html', '-o', report]);
  check(r.status === 1 && fs.existsSync(report), `ics-check samples/ -f html -o report.html wrote the report (exit ${r.status}, findings in the flawed samples)`);
  const docx = path.join(tmp, 'constitution.docx');
  const d = cli(['render', 'samples/valid', '-f', 'docx', '-o', docx]);
  check(d.status === 0 && fs.existsSync(docx), `ics-check render samples/valid -f docx wrote constitution.docx (${d.stderr.trim()})`);

  const browser = await launchChromium({ viewport: { width: 1100, height: 1500 } });
  try {
    const page = browser.context.pages()[0] || (await browser.context.newPage());
    const requests: string[] = [];
    page.on('request', (q) => requests.push(q.url()));
    await page.goto(`file://${report}`, { waitUntil: 'load' });
    await page.locator('h1').waitFor();
    check(requests.length === 1 && requests[0] === `file://${report}`, `the report loads nothing but itself (${requests.length} request(s): ${requests.slice(0, 3).join(', ')})`);
    const title = await page.locator('h1').innerText();
    check(/Review of \d+ ICB constitutions/.test(title), `the report's title: ${title}`);
    const boxes = await page.locator('svg.diagram g.box').count();
    check(boxes > 0, `the governance diagrams are drawn (${boxes} boxes)`);
    const waived = await page.locator('#waivers .badge.waived').count();
    check(waived === 1, `the waived finding shows as waived (${waived})`);
    await page.screenshot({ path: path.join(shots, 'report.png') });
    const figure = page.locator('#governance-structure figure').last();
    await figure.scrollIntoViewIfNeeded();
    await figure.screenshot({ path: path.join(shots, 'report-diagram.png') });
    // the checklist from its start: the first file's failed rule in full, then its passed rules a row each
    await page.evaluate(() => document.querySelector('#checklist')?.scrollIntoView());
    await page.screenshot({ path: path.join(shots, 'report-checklist.png') });
    // beyond the board: the valid sample's delegation and joint working, reserved matters and functions map
    const valid = page.locator('#beyond-nhs-northmoor-and-castlebridge-integrated-care-board');
    const tables = await valid.locator('table').count();
    check(tables >= 6, `beyond the board, the valid sample's arrangements, decisions, functions, standing orders, duties and officers as tables (${tables})`);
    await page.evaluate(() => document.querySelector('#beyond-nhs-northmoor-and-castlebridge-integrated-care-board')?.scrollIntoView());
    await page.screenshot({ path: path.join(shots, 'report-beyond.png') });

    // printed on A4, as a reviewer would print it
    const pdf = path.join(tmp, 'report.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
    check(pages > 3 && !!size && Math.abs(Number(size[1]) - 595.28) < 2 && Math.abs(Number(size[2]) - 841.89) < 2, `the report prints on ${pages} A4 pages (${size?.[0] ?? '?'})`);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, path.join(shots, 'report-print')]);
    const printed = fs.readdirSync(shots).filter((f) => f.startsWith('report-print'));
    check(printed.length === 2, `the first two printed pages as PNG: ${printed.join(', ')}`);
    // a printed page of the checklist: the passed rules a line each
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '4', '-l', '4', '-singlefile', pdf, path.join(shots, 'report-checklist-printed')]);
    const page4 = execFileSync('pdftotext', ['-layout', '-f', '4', '-l', '4', pdf, '-'], { encoding: 'utf8' });
    check(/Passed: \d+ rules? resting on/.test(page4) && (page4.match(/^\s*passed\s+ICS-/gm) ?? []).length > 30, `a printed checklist page holds the passed rules a line each (${(page4.match(/^\s*passed\s+ICS-/gm) ?? []).length} on page 4)`);
  } finally {
    await browser.close();
  }

  // the Word file, opened by LibreOffice as a user would open it
  if (!has('soffice')) {
    check(false, 'LibreOffice (soffice) is installed by scripts/e2e/setup.sh (libreoffice-writer-nogui)');
  } else {
    const out = spawnSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${tmp}/lo-profile`, '--convert-to', 'pdf', '--outdir', tmp, docx], { encoding: 'utf8', timeout: 120_000 });
    const pdf = path.join(tmp, 'constitution.pdf');
    check(out.status === 0 && fs.existsSync(pdf), `LibreOffice converted constitution.docx to PDF (${(out.stdout || out.stderr).trim().split('\n').pop()})`);
    if (fs.existsSync(pdf)) {
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      check(/3\s+Composition of the board/.test(text) && /Jane Smith/.test(text) && /3\.1\s+The\s+board\s+has\s+11\s+to\s+13\s+members,\s+in\s+10\s+seats/.test(text), 'the PDF has numbered headings, numbered clauses and the board table');
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, path.join(shots, 'constitution-docx')]);
      check(fs.readdirSync(shots).some((f) => f.startsWith('constitution-docx')), 'the Word file as LibreOffice prints it, as PNG');
    }
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}

main().then(
  () => {
    console.log(`  report: ${passes} passed, ${failures} failed`);
    process.exit(failures || !passes ? 1 : 0);
  },
  (e) => { console.error(e); process.exit(1); },
);
