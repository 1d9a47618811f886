import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { cli, ROOT, tempDir } from '../cli/helpers';

/**
 * The reviewer's report, `ics-check … -f html -o report.html`: one self-contained page with what
 * was checked, the checklist, the composition, the governance structure, the findings and the
 * waivers. Checked as a reviewer (and a CI pipeline) would rely on it.
 */
const TODAY = ['--today', '2026-11-23'];

interface JsonReport {
  summary: { problems: number; waived: number; rules: { passed: number; failed: number; waived: number; notApplicable: number } };
  results: { file: string; rules: { id: string; status: string }[]; waived: { ruleId: string; waiver: { owner: string | null; expires: string | null; reason: string | null } }[] }[];
}

/** The part of the page between one level-1 section and the next. */
function part(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}" class="level-1"`);
  assert.ok(start >= 0, `section ${id}`);
  const next = html.indexOf('<section id="', html.indexOf('</h2>', start));
  let end = next;
  // skip nested sections: find the next level-1 section
  const re = /<section id="[^"]+" class="level-1"/g;
  re.lastIndex = start + 10;
  const m = re.exec(html);
  end = m ? m.index : html.length;
  void next;
  return html.slice(start, end);
}

describe('the reviewer’s report (-f html)', () => {
  let html: string;
  let json: JsonReport;

  before(async function () {
    this.timeout(60_000);
    const dir = tempDir();
    const out = path.join(dir, 'report.html');
    const r = await cli(['samples/', '-f', 'html', '-o', out, '-f', 'json', ...TODAY]);
    assert.equal(r.code, 1, r.stderr);
    html = fs.readFileSync(out, 'utf8');
    json = JSON.parse(r.stdout) as JsonReport;
  });

  it('is one self-contained page: no script, no stylesheet, image, font or frame loaded from anywhere', () => {
    assert.match(html, /^<!DOCTYPE html>\n<html lang="en-GB">/);
    const loaded = [
      ...html.matchAll(/<(script|link|img|iframe|object|embed|source|video|audio|use)\b[^>]*>/gi),
      ...html.matchAll(/\b(src|srcset|xlink:href|poster|data)\s*=\s*"[^"]*"/gi),
      ...html.matchAll(/@import|url\(/gi),
    ].map((m) => m[0]);
    assert.deepEqual(loaded, []);
    // links are for reading on, never loaded: only http(s) addresses and in-page anchors
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    assert.ok(hrefs.length > 10);
    assert.deepEqual(hrefs.filter((h) => !/^(https:\/\/|#)/.test(h)), []);
    assert.match(html, /<style>[^]*@page \{ size: A4;/, 'prints on A4');
    assert.match(html, /@media print/);
  });

  it('says what was checked: the ICBs, every file with its SHA-256, profile, framework, date and tool version', () => {
    const checked = part(html, 'what-was-checked');
    for (const r of json.results) assert.ok(checked.includes(`<code>${r.file}</code>`), r.file);
    assert.equal((checked.match(/<code>[0-9a-f]{64}<\/code>/g) ?? []).length, json.results.length, 'one SHA-256 per file');
    assert.match(checked, /<td>Profile<\/td><td>recommended<\/td>/);
    assert.match(checked, /<td>Legal framework<\/td><td>hca-2022<\/td>/);
    assert.match(checked, /<td>Checked on<\/td><td>23 November 2026<\/td>/);
    assert.match(checked, /ics-check \d+\.\d+\.\d+ \(ICS Constitution Checker\)/);
    assert.match(checked, /NHS Northmoor and Castlebridge Integrated Care Board/);
  });

  it('has a checklist whose counts equal the JSON output’s', () => {
    const checklist = part(html, 'checklist');
    const badges = (status: string) => (checklist.match(new RegExp(`<span class="badge ${status}">`, 'g')) ?? []).length;
    assert.equal(badges('passed'), json.summary.rules.passed);
    assert.equal(badges('failed'), json.summary.rules.failed);
    assert.equal(badges('waived'), json.summary.rules.waived);
    const na = [...checklist.matchAll(/<td>(\d+): ICS-/g)].reduce((n, m) => n + Number(m[1]), 0);
    assert.equal(na, json.summary.rules.notApplicable);
    // and per file, as the JSON lists them
    const summary = part(html, 'summary');
    for (const r of json.results) {
      const count = (s: string) => r.rules.filter((x) => x.status === s).length;
      assert.ok(summary.includes(`<tr><td><code>${r.file}</code></td><td>${count('passed')}</td><td>${count('failed')}</td><td>${count('waived')}</td><td>${count('not-applicable')}</td></tr>`), r.file);
    }
    assert.ok(json.summary.rules.passed > 500 && json.summary.rules.failed > 10 && json.summary.rules.waived === 1);
    // each rule row cites its source: a passed rule on one row, its instrument by key; a failed one in full, with its findings
    const key = /<tr class="compact"><td><strong>(S\d+)<\/strong><\/td><td>NHS Act 2006 \(as amended by the Health and Care Act 2022\)<\/td><\/tr>/.exec(part(html, 'sources'))?.[1];
    assert.ok(key, 'the Act under a key in the Sources');
    assert.match(checklist, new RegExp(`<tr class="status-passed one-line"><td title="passed"><span class="badge passed">passed</span></td><td title="ICS-BOARD-001"><a href="[^"]*ICS-BOARD-001\\.md">ICS-BOARD-001</a></td><td title="The board includes a chair — exactly one\\.">The board includes a chair — exactly one\\.</td><td title="${key} Sch 1B para 3\\(1\\)\\(a\\)">${key} Sch 1B para 3\\(1\\)\\(a\\)</td></tr>`));
    assert.match(checklist, /<tr class="status-failed"><td><span class="badge failed">failed<\/span><\/td><td><a [^>]*>ICS-REG-001<\/a><\/td><td>[^<]+<span class="cite">Findings: 1 warning\.<\/span><\/td><td>[A-Za-z ]+: [^<]*General Medical Council[^<]*<\/td><\/tr>/);
  });

  it('groups the checklist by section of the catalogue, failed and waived rules first, then the passed ones by the kind of source they rest on', () => {
    const checklist = part(html, 'checklist');
    // one table per file that has rules that ran
    const file = (name: string) => {
      const start = checklist.indexOf(`<h3>${name}</h3>`);
      assert.ok(start >= 0, name);
      return checklist.slice(start, checklist.indexOf('</table>', start));
    };
    const rows = (table: string) => [...table.matchAll(/<tr class="([^"]+)"[^>]*>(.*?)<\/tr>/g)].map((m) => ({ cls: m[1], html: m[2] }));
    // each section: its heading, then failed or waived rows, then passed groups
    const all = rows(file('samples/flawed/no-clinical-executive.yaml'));
    let section = '';
    let seenPassed = false;
    let expected = 0;
    let counted = 0;
    let sections = 0;
    for (const r of all) {
      if (r.cls === 'heading section') {
        assert.equal(counted, expected, `the count of ${section}'s last group`);
        section = /<th[^>]*>([^<]+)<\/th>/.exec(r.html)![1];
        sections++;
        seenPassed = false;
        expected = counted = 0;
      } else if (r.cls === 'heading status-passed') {
        assert.equal(counted, expected, `the count of the group before, in ${section}`);
        expected = Number(/Passed: (\d+) rules? resting on (the law|NHS England policy|a check of the data|guidance|a heuristic)</.exec(r.html)?.[1]);
        counted = 0;
        seenPassed = true;
      } else if (/status-passed one-line/.test(r.cls)) {
        assert.ok(seenPassed, `a passed rule under a group heading in ${section}`);
        counted++;
      } else {
        assert.match(r.cls, /^status-(failed|waived)$/);
        assert.ok(!seenPassed, `failed and waived rules before the passed ones in ${section}`);
      }
    }
    assert.equal(counted, expected);
    assert.ok(sections > 8, `${sections} sections`);
    assert.ok(all.some((r) => r.cls === 'status-waived') && all.some((r) => r.cls === 'status-failed'));
  });

  it('draws the governance structure with one box per committee, delegation or joint working arrangement, and place', () => {
    const structure = part(html, 'governance-structure');
    let committees = 0;
    let places = 0;
    let icbs = 0;
    let arrangements = 0;
    for (const dir of ['samples/valid', 'samples/flawed']) {
      for (const name of fs.readdirSync(path.join(ROOT, dir))) {
        // the sample with broken YAML counts as far as it can be read, as the checker reads it
        const doc = parseDocument(fs.readFileSync(path.join(ROOT, dir, name), 'utf8')).toJS() as { kind?: string; committees?: unknown[]; places?: unknown[]; joint_working?: { arrangements?: unknown[] } };
        if (doc?.kind === 'icb-constitution') {
          icbs++;
          committees += doc.committees?.length ?? 0;
          places += doc.places?.length ?? 0;
          arrangements += doc.joint_working?.arrangements?.length ?? 0;
        }
        if (doc?.kind === 'place-partnership') places++;
      }
    }
    const svgs = structure.match(/<svg class="diagram"/g) ?? [];
    assert.ok(icbs >= 7);
    assert.equal(svgs.length, icbs, 'one diagram per ICB');
    const boxes = (kind: string) => (structure.match(new RegExp(`<g class="box box-${kind}[ "]`, 'g')) ?? []).length;
    assert.equal(boxes('committee') + boxes('sub-committee'), committees, 'one box per committee');
    assert.equal(boxes('place'), places, 'one box per place');
    assert.ok(arrangements > icbs, `${arrangements} arrangements`);
    assert.equal(boxes('arrangement'), arrangements, 'one box per delegation or joint working arrangement');
    assert.equal(boxes('board'), icbs);
    assert.match(structure, /<g class="box box-place" data-uri="samples\/valid\/south-northmoor\.place\.yaml" data-line="\d+"/);
    assert.match(structure, /<g class="box box-partnership" data-uri="samples\/valid\/partnership\.yaml"/);
  });

  it('shows the board’s composition as a table', () => {
    const composition = part(html, 'board-composition');
    assert.match(composition, /<caption>Composition of the board of NHS Northmoor and Castlebridge Integrated Care Board<\/caption>/);
    assert.match(composition, /<td>Chief Medical Officer<\/td><td>executive member \(medical\)<\/td><td>1<\/td><td>Dr Ruth Ode<\/td>/);
    // a row per seat, pointing at the seat; a seat of a range with its holders; the acting holder; the optional seat nobody holds
    const lines = fs.readFileSync(path.join(ROOT, 'samples/valid/constitution.yaml'), 'utf8').split('\n');
    const row = /<tr data-uri="samples\/valid\/constitution\.yaml" data-line="(\d+)"[^>]*><td>Chief Medical Officer<\/td>/.exec(composition);
    assert.equal(lines[Number(row?.[1])]?.trim(), '- id: chief-medical-officer');
    assert.match(composition, /<td>Non-executive Member<\/td><td>non-executive member<\/td><td>3 to 4<\/td><td>Pat Lee, Chris Adeyemi and Morgan Hale<\/td>/);
    assert.match(composition, /<td>Chief Executive<\/td><td>chief executive<\/td><td>1<\/td><td>Amir Khan \(acting\)<\/td>/);
    assert.match(composition, /<td>Member for the provider collaboratives<\/td><td>member \(provider collaborative\)<\/td><td>up to 1<\/td><td>none named<\/td><td>yes<\/td><td>the chair<\/td><\/tr>/);
  });

  it('lists the findings with their line and the YAML they are on', () => {
    const findings = part(html, 'findings');
    assert.equal((findings.match(/<tr class="sev-/g) ?? []).length, json.summary.problems);
    assert.match(findings, /<tr class="sev-warning" data-uri="samples\/flawed\/bad-registration-number\.yaml" data-line="153"[^>]*><td>154<\/td><td>warning<\/td><td><a [^>]*>ICS-REG-001<\/a><\/td><td>[^<]*70123[^<]*<\/td><td><code>registration: \{regulator: GMC, number: &quot;70123&quot;/);
  });

  it('shows the waived finding as waived, with its waiver’s reason, owner and expiry', () => {
    const waivers = part(html, 'waivers');
    const w = json.results.flatMap((r) => r.waived);
    assert.equal(w.length, 1);
    assert.equal(w[0].ruleId, 'ICS-CCPL-016');
    assert.match(waivers, /<td>samples\/flawed\/no-clinical-executive\.yaml:25<\/td><td>ICS-CCPL-016<\/td><td>clinical leadership comes from the place clinical leads until the medical director post is filled<\/td><td>Board Secretary<\/td><td>31 March 2029<\/td><td>active<\/td><td>1<\/td>/);
    assert.match(waivers, /<tr class="status-waived"[^>]*><td><span class="badge waived">waived<\/span><\/td><td>28<\/td><td><code>ICS-CCPL-016<\/code><\/td>/);
    assert.match(part(html, 'checklist'), /<tr class="status-waived"><td><span class="badge waived">waived<\/span><\/td><td><a [^>]*>ICS-CCPL-016<\/a>/);
    // and the waived finding is not among the findings
    assert.ok(!/>ICS-CCPL-016<\/a><\/td>/.test(part(html, 'findings')));
  });

  it('lists every suppression comment in its register, an inactive one too (its rule not in the profile)', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'statutory.html');
    const r = await cli(['samples/flawed/no-clinical-executive.yaml', '--profile', 'statutory', '-f', 'html', '-o', out, ...TODAY]);
    assert.equal(r.code, 0, r.stderr);
    const waivers = part(fs.readFileSync(out, 'utf8'), 'waivers');
    assert.match(waivers, /<td>samples\/flawed\/no-clinical-executive\.yaml:25<\/td><td>ICS-CCPL-016<\/td><td>[^<]+<\/td><td>Board Secretary<\/td><td>31 March 2029<\/td><td>inactive \(the statutory profile does not run ICS-CCPL-016\)<\/td><td>0<\/td>/);
    assert.ok(!waivers.includes('Findings waived in'), 'no finding is waived');
  });
});
