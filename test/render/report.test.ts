import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { cli, ROOT, tempDir } from '../cli/helpers';
import { versions } from '../../server/src/api';

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
    // The catalogue's identity, as `ics-check --version` prints it.
    const { catalogue } = versions();
    assert.ok(checked.includes(`<td>Rule catalogue</td><td>${catalogue.rules} rules, fingerprint ${catalogue.fingerprint}</td>`), 'the catalogue fingerprint');
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

  it('sets out, for each ICB, what its constitution delegates and who stays accountable', () => {
    const beyond = part(html, 'beyond-the-board');
    assert.equal((beyond.match(/<h3>NHS [^<]+ Integrated Care Board<\/h3>/g) ?? []).length, (part(html, 'governance-structure').match(/<svg class="diagram"/g) ?? []).length, 'one part per ICB');
    const valid = beyond.slice(beyond.indexOf('<h3>NHS Northmoor and Castlebridge Integrated Care Board</h3>'));
    assert.match(valid, /<td>Delegation from NHS England of primary care functions<span class="cite">Section 65Z5; in force since April 2023<\/span><\/td><td>Primary medical services, primary dental services, primary ophthalmic services and pharmaceutical services<\/td><td>the Primary Care Commissioning Committee<\/td><td>the board<\/td><td>NHS England<\/td>/);
    assert.match(valid, /<td>Joint committee with NHS Fenland and Marsh Integrated Care Board and NHS England \(East of England\)<span class="cite">Section 65Z6<\/span><\/td><td>Specialised services<\/td><td>the joint committee; for the ICB, Helen Ward and Dr Ruth Ode<\/td><td>the board, quarterly<\/td><td>each party, for its own functions<\/td>/);
    assert.match(valid, /<td>Delegation to Northmoor Mental Health NHS Foundation Trust<span class="cite">Section 65Z5; agreed, from April 2026<\/span><\/td><td>Adult secure mental health services commissioning<\/td><td>Northmoor Mental Health NHS Foundation Trust<\/td><td>the Quality and Safety Committee, quarterly<\/td><td>the ICB<\/td>/);
    // the flawed sample's finding is marked beside the arrangement it is about
    assert.match(beyond, /<td>Delegation from NHS England of primary care functions<span class="cite">[^<]*<\/span><\/td><td>[^<]*<\/td><td><span class="missing"[^>]*>\[not stated\]<\/span><\/td>.*?<\/tr>\n<tr class="finding-row"><td colspan="5"><aside class="finding sev-warning" data-uri="samples\/flawed\/delegation-without-committee\.yaml"[^>]*>.*?ICS-DEL-001/s);
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

describe('the reviewer’s report beyond the board (issue 13)', () => {
  const FIXTURE = 'test/render/fixtures/beyond.yaml';
  let html: string;
  let beyond: string;
  let lines: string[];

  before(async function () {
    this.timeout(60_000);
    const out = path.join(tempDir(), 'report.html');
    const r = await cli([FIXTURE, '-f', 'html', '-o', out, ...TODAY]);
    assert.equal(r.code, 1, r.stderr);
    html = fs.readFileSync(out, 'utf8');
    beyond = part(html, 'beyond-the-board');
    lines = fs.readFileSync(path.join(ROOT, FIXTURE), 'utf8').split('\n');
  });

  /** The YAML line a row or paragraph of the part traces to, found by the text it starts with. */
  const lineOf = (start: string): string => {
    const m = new RegExp(`<(?:tr|p)[^>]* data-uri="${FIXTURE.replace(/[./]/g, '\\$&')}" data-line="(\\d+)"[^>]*>(?:<td>)?${start}`).exec(beyond);
    assert.ok(m, `a row or paragraph starting "${start}" with its line`);
    return lines[Number(m[1])].trim();
  };

  it('comes after the governance structure, with the parts in the model constitution’s order', () => {
    assert.ok(html.indexOf('id="beyond-the-board"') > html.indexOf('id="governance-structure"'));
    assert.ok(html.indexOf('id="beyond-the-board"') < html.indexOf('id="findings"'));
    assert.match(beyond, /<h3>NHS Example Integrated Care Board<\/h3>/);
    const parts = [...beyond.matchAll(/<h4>([^<]+)<\/h4>/g)].map((m) => m[1]);
    assert.deepEqual(parts, ['Delegation and joint working', 'Matters reserved to the board and decisions delegated', 'Functions and decisions map', 'Standing orders', 'Statutory duties and reporting', 'Named officers', 'Health and wellbeing boards']);
  });

  it('sets out each arrangement on a row: parties, power, status, functions, who exercises them, reporting, accountability', () => {
    assert.match(beyond, /<td>Joint committee with Exampleshire County Council<span class="cite">Section 65Z6<\/span><\/td><td>Community services commissioning<\/td><td>the joint committee; for the ICB, Helen Ward<\/td><td>the Quality Committee and the Audit Committee, every six months<\/td><td>—<\/td>/);
    assert.match(beyond, /<td>Committees in common with Example Hospitals NHS Foundation Trust<span class="cite">In force since April 2025<\/span><\/td><td><span class="missing"[^>]*>\[not stated\]<\/span><\/td><td>the Quality Committee, meeting in common<\/td><td>the board<\/td>/);
    assert.match(beyond, /<td>Delegation to Example Community Trust<\/td><td>NHS continuing healthcare<\/td><td>Example Community Trust<\/td>/);
    // each row traces to its arrangement
    assert.equal(lineOf('Joint committee with'), '- id: west-jc');
    assert.equal(lineOf('Section 75 agreement with'), '- id: bcf');
    assert.equal(lineOf('Delegation to Example'), '- id: loop-b');
  });

  it('marks placeholders, ids that name nothing, and the findings on the lines it shows', () => {
    // the pooled fund's manager is a placeholder; the body the agreement reports to is not declared
    const s75 = /<tr[^>]*><td>Section 75 agreement with Exampleshire County Council.*?<\/tr>\n<tr class="finding-row">(.*?)<\/tr>/s.exec(beyond);
    assert.ok(s75, 'the section 75 row and its findings');
    assert.match(s75[0], /managed by <mark class="placeholder"[^>]*>TBC<\/mark>/);
    assert.match(s75[0], /<span class="missing"[^>]*>\[nowhere-committee \(not a board member, seat, committee or arrangement of this constitution\)\]<\/span>/);
    assert.match(s75[1], /<aside class="finding sev-warning"[^>]*>.*ICS-REF-001.*nowhere-committee/);
    assert.match(beyond, /<td>Exampleshire County Council<\/td><td><mark class="placeholder"[^>]*>TBC<\/mark><\/td>/);
    // only findings about what the part shows: none of the conflicts of interest policy's
    assert.ok(!beyond.includes('ICS-COI-008'), 'the conflicts finding is not beyond the board');
    assert.match(part(html, 'findings'), /ICS-COI-008/);
  });

  it('lists the reserved matters and the delegated decisions, the functions map, the standing orders, the duties, the officers and the health and wellbeing boards', () => {
    assert.match(beyond, /<td>Proposals to vary the constitution; the joint forward plan; decisions on the ICB's estate strategy<\/td><td>the board: reserved to it<\/td><td>—<\/td>/);
    assert.match(beyond, /<td>Contracts above a financial limit<\/td><td>the Audit Committee<\/td><td>£2,000,000<\/td>/);
    assert.match(beyond, /The full scheme of reservation and delegation is published at <a href="https:\/\/example\.nhs\.uk\/sord">/);
    assert.match(beyond, /<td>Safeguarding<\/td><td>the Quality Committee \(shared with the board\)<\/td><td>the Chief Nurse<\/td><td>—<\/td>/);
    assert.match(beyond, /<strong>Urgent decisions\.<\/strong> A decision that cannot wait for a meeting may be taken by Jane Smith\. No urgent decision may be taken on proposals to vary the constitution or the standing orders\./);
    assert.match(beyond, /<strong>Casting vote\.<\/strong> No one has a casting vote/);
    assert.match(beyond, /<td>Meetings of the board<\/td><td>at least 3 members, including the chair or the deputy chair<\/td><td>—<\/td>/);
    assert.match(beyond, /<td>Climate change and the environment<\/td><td><span class="missing"[^>]*>\[someone-unknown \(not a board member, seat, committee or arrangement of this constitution\)\]<\/span><\/td>/);
    assert.match(beyond, /<td>Caldicott guardian<\/td><td>the Caldicott Guardian, Example Community Trust<\/td><td>no<\/td>/);
    assert.equal(lineOf('Caldicott guardian'), "caldicott_guardian: {holder: {title: Caldicott Guardian, organisation: Example Community Trust}, board_level: false}");
    assert.equal(lineOf('<strong>Urgent decisions'), 'urgent_decisions: {taken_by: [jane-smith], excluded: [constitution, standing_orders]}');
  });

  it('says so when a constitution states none of these arrangements', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'bare.yaml');
    fs.writeFileSync(input, 'kind: icb-constitution\nversion: 1.1\nicb: {id: nhs-bare, name: NHS Bare Integrated Care Board}\n');
    const out = path.join(dir, 'bare.html');
    await cli([input, '-f', 'html', '-o', out, ...TODAY], { cwd: dir });
    const bare = part(fs.readFileSync(out, 'utf8'), 'beyond-the-board');
    assert.match(bare, /<h3>NHS Bare Integrated Care Board<\/h3>\n<p class="note"><span class="missing"[^>]*>\[The constitution states none of these arrangements\.\]<\/span><\/p>/);
    assert.ok(!bare.includes('<h4>'));
  });
});
