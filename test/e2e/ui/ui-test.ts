// The extension used like a person uses it: the packaged .vsix installed into code-server 4.139.1
// (VS Code 1.139.1) with `code-server --install-extension`, and the workbench driven in headless
// Debian Chromium with Playwright: open a flawed sample with Quick Open, read the Problems panel,
// jump to the finding, Ctrl+. for the quick fix, apply it, see the finding go. Screenshots of each
// step go to --shots (test-results/e2e/screenshots).
// Adapted from the real-editor recipe (../shared/real-editor/code-server/ui-test.js).
//
// Usage: node out/e2e/ui/ui-test.js --vsix out/ics-constitution-checker.vsix --workspace <copy of the repo's samples>
//          [--shots dir]
// Exit code 0 when every check passed; prints "ok - ..." / "NOT OK - ..." per check.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { installExtension, launchChromium, startCodeServer } from '../../../scripts/e2e/lib/code-server.js';
import expectations from '../expectations.json';

const EXTENSION_ID = 'ics-constitution-checker.ics-constitution-checker';

const argv: Record<string, string> = {};
for (let i = 2; i < process.argv.length; i += 2) argv[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
for (const k of ['vsix', 'workspace']) if (!argv[k]) { console.error(`ui-test: --${k} is required`); process.exit(2); }
const workspace = path.resolve(argv.workspace);
const shots = path.resolve(argv.shots || 'test-results/e2e/screenshots');
const { quickFix } = expectations;
const t0 = Date.now();
const log = (m: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
let failures = 0;
let passes = 0;
function check(ok: boolean, what: string): void {
  console.log(`${ok ? 'ok' : 'NOT OK'} - ${what}`);
  if (ok) passes++; else failures++;
}
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

async function shot(page: Page, name: string): Promise<void> {
  const file = path.join(shots, name);
  await page.screenshot({ path: file });
  log(`screenshot ${path.relative(process.cwd(), file)}`);
}

async function main(): Promise<void> {
  fs.mkdirSync(shots, { recursive: true });
  const file = path.join(workspace, quickFix.file);
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
  const targetLine = lines.findIndex((l) => l.includes(quickFix.lineContains)) + 1;
  if (targetLine === 0) throw new Error(`no line containing "${quickFix.lineContains}" in ${quickFix.file}`);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ics-e2e-ui-'));
  let cs: Awaited<ReturnType<typeof startCodeServer>> | undefined;
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
  try {
    const userDataDir = path.join(tmp, 'user-data');
    const extensionsDir = path.join(tmp, 'extensions');
    // 1. install exactly the packaged file
    log(installExtension(argv.vsix, userDataDir, extensionsDir));
    const installed = fs.readdirSync(extensionsDir).filter((d) => d.startsWith(EXTENSION_ID + '-'));
    check(installed.length === 1, `the .vsix installed as ${installed.join(', ') || '(nothing)'}`);
    cs = await startCodeServer({
      userDataDir, extensionsDir, logFile: path.join(process.env.ICS_E2E_RESULTS || tmp, 'logs', 'code-server-ui.log'),
      settings: { 'workbench.colorTheme': 'Default Light Modern', 'editor.minimap.enabled': false, 'editor.stickyScroll.enabled': false },
    });
    browser = await launchChromium();
    const page = browser.context.pages()[0] || (await browser.context.newPage());
    page.setDefaultTimeout(30_000);
    try {
      await drive(page, cs.base, targetLine, userDataDir);
    } catch (e) {
      await page.screenshot({ path: path.join(shots, 'failure.png') }).catch(() => {});
      throw e;
    }
  } catch (e) {
    failures++;
    console.log('NOT OK - ' + (e instanceof Error ? e.message.split('\n')[0] : String(e)));
  } finally {
    await browser?.close();
    await cs?.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** What a person does in the workbench, step by step. */
async function drive(page: Page, server: string, targetLine: number, userDataDir: string): Promise<void> {
  await page.goto(`${server}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.monaco-workbench .explorer-folders-view').waitFor();
  log('workbench loaded');

  // 2. open the flawed sample the way a person does: Quick Open (Ctrl+P), type its name, Enter
  const base = path.basename(quickFix.file);
  await quickOpen(page, quickFix.file);
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await editor.locator('.view-lines').waitFor();
  log(`opened ${quickFix.file}`);

  // 3. the findings show as squiggles and in the Problems panel (Ctrl+Shift+M)
  await editor.locator('[class*="squiggly-"]').first().waitFor();
  log(`squiggles in the editor: ${await editor.locator('[class*="squiggly-"]').count()}`);
  await editor.click({ position: { x: 300, y: 10 } });
  await page.keyboard.press('Control+Shift+M');
  const rows = page.locator('.markers-panel .monaco-list-row');
  // a problem row reads "<message> ics-check(<rule id>) [Ln 26, Col 13]"; the brackets around the
  // rule id are drawn by CSS, so they are not in the row's text
  const fromRule = new RegExp(`ics-check\\s*\\(?${quickFix.rule}\\)?\\s*\\[Ln ${targetLine},`);
  const isTarget = (t: string) => fromRule.test(t);
  const targetRow = rows.filter({ hasText: fromRule }).first();
  await targetRow.waitFor();
  log('the Problems panel lists the finding');

  // the whole picture first: collapsed, the panel has one row per file with its number of problems.
  // The workspace scan may still be publishing closed files (a group that arrives after the collapse
  // comes expanded and can push others out of the virtualised list): collapse again until every
  // expected file has its group, for up to a minute.
  const groupOf = (groups: string[], f: string) => groups.find((t) => t.startsWith(path.basename(f)) && t.includes(path.dirname(f)));
  let groups: string[] = [];
  for (let attempt = 0; attempt < 60; attempt++) {
    await page.locator('.panel .action-label.codicon-collapse-all, .panel [aria-label="Collapse All"]').first().click();
    await targetRow.waitFor({ state: 'detached' });
    groups = (await rows.allInnerTexts()).map(oneLine);
    if (Object.keys(expectations.findings).every((f) => groupOf(groups, f))) break;
    await page.waitForTimeout(1000);
  }
  log('Problems panel, collapsed:\n  ' + groups.join('\n  '));
  for (const [f, expected] of Object.entries(expectations.findings)) {
    const g = groupOf(groups, f);
    const n = g ? Number(/(\d+)\s*$/.exec(g)?.[1] ?? 0) : 0;
    check(n >= expected.length, `the Problems panel lists ${f} with ${n} problem(s) (expected at least ${expected.length})`);
  }
  await shot(page, '0-problems-by-file.png');
  // open the group of the file in the editor again
  await rows.filter({ hasText: base }).filter({ hasText: path.dirname(quickFix.file) }).first().click();
  await targetRow.waitFor();
  const texts = (await rows.allInnerTexts()).map(oneLine);
  log('Problems panel:\n  ' + texts.join('\n  '));
  check(texts.some((t) => t.includes(base)), `the Problems panel has a group for ${base}`);
  check(texts.some(isTarget), `the Problems panel lists the ${quickFix.rule} finding at line ${targetLine}`);
  // the file's row in the Problems panel ends with its number of problems (the list is virtual:
  // rows scrolled out of view are not in the page, so they cannot be counted one by one)
  const fileRow = rows.filter({ hasText: base }).filter({ hasText: path.dirname(quickFix.file) }).first();
  const problemsOfFile = async () =>
    (await fileRow.count()) === 0 ? 0 : Number(/(\d+)\s*$/.exec(oneLine(await fileRow.innerText()))?.[1] ?? NaN);
  const before = await problemsOfFile();
  check(before > 0, `the Problems panel counts ${before} problems in ${base}`);
  await shot(page, '1-problems.png');

  // 4. jump to the finding: double-click its row (a single click leaves focus in the Problems
  // view, where Ctrl+. does not open the editor's quick-fix menu), then Quick Fix (Ctrl+.)
  await targetRow.dblclick();
  await page.waitForFunction(() => !!document.activeElement && !!document.activeElement.closest('.editor-instance'));
  log('the editor has the focus, at the finding');
  await editor.locator('.lightBulbWidget, .codicon-light-bulb, [class*="codicon-lightbulb"]').first().waitFor({ state: 'attached' });
  const item = page.locator('.action-widget .monaco-list-row', { hasText: quickFix.title }).first();
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+.');
    try { await item.waitFor({ timeout: 5000 }); break; } catch (e) {
      // the first press can race the code-action request
      if (attempt === 3) throw e;
      log(`quick fix menu not shown (attempt ${attempt}), retrying`);
      await page.keyboard.press('Escape');
    }
  }
  const menu = (await page.locator('.action-widget .monaco-list-row').allInnerTexts()).map(oneLine);
  log('quick fix menu: ' + JSON.stringify(menu));
  check(menu.some((t) => t.includes(quickFix.title)), `Ctrl+. offers "${quickFix.title}"`);
  await shot(page, '2-quickfix-menu.png');
  await item.click();

  // 5. the edit lands in the editor and the server re-validates: the finding goes
  await editor.locator('.view-line', { hasText: quickFix.lineAfter }).first().waitFor();
  check(true, `the text now reads "${quickFix.lineAfter}"`);
  await page.waitForFunction((re) => {
    const r = [...document.querySelectorAll('.markers-panel .monaco-list-row')].map((e) => (e as HTMLElement).innerText);
    return !r.some((t) => new RegExp(re).test(t));
  }, fromRule.source);
  const after = (await rows.allInnerTexts()).map(oneLine);
  log('Problems panel after the fix:\n  ' + after.join('\n  '));
  check(!after.some(isTarget), `the ${quickFix.rule} finding at line ${targetLine} is gone from the Problems panel`);
  const afterCount = await problemsOfFile();
  check(afterCount < before, `the Problems panel count for ${base} dropped from ${before} to ${afterCount}`);
  await shot(page, '3-after-fix.png');

  await preview(page, userDataDir);
}

/** Opens a file with Quick Open (Ctrl+P), as a person does. */
async function quickOpen(page: Page, file: string): Promise<void> {
  const base = path.basename(file);
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } });
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+P');
    try { await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 5000 }); break; } catch (e) {
      if (attempt === 3) throw e;
    }
  }
  await page.keyboard.type(base);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: base }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tab.active', { hasText: base }).waitFor();
}

/**
 * 6. The preview: "ICS: Open Preview to the Side" from the command palette; the rendered
 * constitution appears beside the YAML; typing in the YAML changes it; clicking a finding in the
 * preview puts the cursor on its line in the editor.
 */
async function preview(page: Page, userDataDir: string): Promise<void> {
  const file = expectations.preview.file;
  const lines = fs.readFileSync(path.join(workspace, file), 'utf8').split(/\r?\n/);
  const nameLine = lines.findIndex((l) => l.includes(expectations.preview.lineContains)) + 1;
  await quickOpen(page, file);
  const editor = page.locator('.editor-group-container.active .monaco-editor').first();
  await editor.locator('.view-lines').waitFor();
  log(`opened ${file}`);
  await page.keyboard.press('Control+Shift+P');
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
  await page.keyboard.type('ICS: Open Preview to the Side');
  const entry = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Open Preview to the Side' }).first();
  await entry.waitFor();
  await page.keyboard.press('Enter');
  // the webview: an iframe in the workbench, the content in its active frame
  const view = page.frameLocator('iframe.webview').frameLocator('#active-frame');
  const h1 = view.locator('h1').first();
  await h1.waitFor({ timeout: 60_000 });
  const title = await h1.innerText();
  check(title.includes(expectations.preview.title), `the preview shows "${title}" beside the YAML`);
  check((await view.locator('svg.diagram g.box').count()) > 0, 'the preview draws the governance diagram');
  check((await view.locator('aside.finding').count()) > 0, 'the preview marks the findings');
  await shot(page, '4-preview.png');

  // type in the YAML: go to the ICB's name (Ctrl+G), end of line, type
  await page.locator('.editor-group-container').first().locator('.monaco-editor .view-lines').click({ position: { x: 200, y: 40 } });
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
  await page.keyboard.type(String(nameLine));
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.type(' (draft)');
  await view.locator('h1', { hasText: '(draft)' }).waitFor({ timeout: 30_000 });
  check(true, `typing " (draft)" on line ${nameLine} of the YAML updated the preview's title: ${await view.locator('h1').first().innerText()}`);

  // click a finding in the preview: the editor shows its line, with the cursor on it
  const finding = view.locator(`aside.finding[data-line]`, { hasText: expectations.preview.findingRule }).first();
  await finding.scrollIntoViewIfNeeded();
  const line = Number(await finding.getAttribute('data-line')) + 1;
  await finding.click();
  const status = page.locator('.statusbar-item', { hasText: new RegExp(`^Ln ${line}, Col \\d+`) }).first();
  await status.waitFor({ timeout: 20_000 });
  check(true, `clicking the ${expectations.preview.findingRule} finding in the preview put the cursor on line ${line} (${await status.innerText()})`);
  check(lines[line - 1]?.includes(expectations.preview.findingLine) ?? false, `line ${line} of ${file} is "${lines[line - 1]?.trim()}"`);
  await shot(page, '5-preview-reveal.png');

  // the preview takes the theme's colours: switch to a dark, then a high-contrast theme
  const colours = () => view.locator('body').evaluate((b) => { const s = getComputedStyle(b); return { bg: s.backgroundColor, fg: s.color }; });
  const light = await colours();
  const luminance = (rgb: string) => { const [r, g, b] = (rgb.match(/\d+/g) ?? ['0', '0', '0']).map(Number); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  // as a person does: the command palette, "Preferences: Color Theme", the theme's name
  for (const [theme, file, cls] of [['Dark Modern', '6-preview-dark.png', 'vscode-dark'], ['Dark High Contrast', '7-preview-high-contrast.png', 'vscode-high-contrast']] as const) {
    await page.keyboard.press('Control+Shift+P');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
    await page.keyboard.type('Preferences: Color Theme');
    await page.locator('.quick-input-list .monaco-list-row[aria-label^="Preferences: Color Theme"]').first().click();
    await page.keyboard.type(theme);
    await page.locator(`.quick-input-list .monaco-list-row[aria-label^="${theme}"]`).first().click();
    await view.locator(`body.${cls}`).waitFor({ state: 'attached', timeout: 20_000 });
    const now = await colours();
    check(luminance(now.bg) < 100 && luminance(now.fg) > 150, `with ${theme} the preview is light on dark (background ${now.bg}, text ${now.fg}; was ${light.bg}, ${light.fg})`);
    await shot(page, file);
  }
}

main().then(
  () => {
    console.log(`  ui: ${passes} passed, ${failures} failed`);
    process.exit(failures || !passes ? 1 : 0);
  },
  (e) => { console.error(e); process.exit(1); },
);
