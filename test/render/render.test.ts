import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import mammoth from 'mammoth';
import { cli, ROOT, tempDir } from '../cli/helpers';
import { analyzeFile } from '../../server/src/core/analyze';
import { renderConstitutions } from '../../server/src/core/render/constitution';
import { renderMarkdown } from '../../server/src/core/render/markdown';
import { renderHtml } from '../../server/src/core/render/html';
import type { Block, DocumentTree, Inline } from '../../server/src/core/render/tree';

/**
 * `ics-check render`: the constitution as people read it, in HTML, Word and Markdown, from one
 * document tree. Read back as a reader would: Word through mammoth (headings, numbered clauses,
 * the board table), HTML and Markdown by their text.
 */
const VALID = path.join(ROOT, 'samples/valid');
const TODAY = ['--today', '2026-11-23'];

type Content = readonly Inline[];

/** Every paragraph-like node of a tree, with its text, its content (a row: its first cell) and source line. */
function nodes(tree: DocumentTree): { text: string; content: Content; uri?: string; line?: number }[] {
  const out: { text: string; content: Content; uri?: string; line?: number }[] = [];
  const plain = (c: Content) => c.map((i) => (typeof i === 'string' ? i : i.text)).join('');
  const walk = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      if (b.type === 'paragraph') out.push({ text: plain(b.content), content: b.content, uri: b.source?.uri, line: b.source?.line });
      else if (b.type === 'list') for (const i of b.items) out.push({ text: plain(i.content), content: i.content, uri: i.source?.uri, line: i.source?.line });
      else if (b.type === 'table') for (const r of b.rows) out.push({ text: r.cells.map(plain).join(' | '), content: r.cells[0] ?? [], uri: r.source?.uri, line: r.source?.line });
      else if (b.type === 'section') walk(b.blocks);
    }
  };
  for (const s of tree.sections) walk(s.blocks);
  return out;
}

describe('ics-check render', () => {
  it('-f docx writes a Word file with real headings, numbered clauses and the board table (read back with mammoth)', async () => {
    const out = path.join(tempDir(), 'constitution.docx');
    const r = await cli(['render', 'samples/valid', '-f', 'docx', '-o', out, ...TODAY]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '', 'nothing on standard output');
    assert.match(r.stderr, /rendered 1 document \(NHS Northmoor and Castlebridge Integrated Care Board\) to /);
    const { value: html, messages } = await mammoth.convertToHtml({ path: out });
    assert.deepEqual(messages.filter((m) => m.type === 'error'), []);
    // Heading 1 for each part, in the model constitution's order
    const h1 = [...html.matchAll(/<h1>(.*?)<\/h1>/g)].map((m) => m[1]);
    const parts = ['Introduction', 'The area', 'Composition of the board', 'Appointments, terms, eligibility and removal', 'Arrangements for exercising functions', 'Places', 'Clinical and care professional leadership', 'Procedures and standing orders', 'Statutory duties and reporting', 'Named officers', 'Health and wellbeing boards', 'Conflicts of interest', 'Transparency', 'Public involvement', 'The integrated care partnership'];
    const positions = parts.map((p) => h1.findIndex((h) => h.includes(p)));
    assert.ok(positions.every((p) => p >= 0), `headings: ${h1.join(' / ')}`);
    assert.deepEqual([...positions].sort((a, b) => a - b), positions, 'the parts come in the model constitution’s order');
    // Heading 2 for each committee, place and part of the arrangements; heading 3 for each joint working arrangement
    for (const h of ['Audit and Risk Committee', 'Remuneration Committee', 'Delegation and joint working', 'Matters reserved to the board and decisions delegated', 'Functions and decisions map', 'Castlebridge', 'North Northmoor', 'South Northmoor', 'Decisions under the Provider Selection Regime']) assert.match(html, new RegExp(`<h2>${h}</h2>`));
    for (const h of ['Delegation from NHS England of primary care functions', 'Delegation from NHS England of specialised services', 'Joint committee with NHS Fenland and Marsh Integrated Care Board and NHS England \\(East of England\\)', 'Committees in common with Castlebridge Hospitals NHS Foundation Trust', 'Section 75 agreement with Northmoor County Council', 'Delegation to Northmoor Mental Health NHS Foundation Trust']) assert.match(html, new RegExp(`<h3>${h}</h3>`));
    // the board table: a header row and one row per seat
    const table = /<table>(?:(?!<\/table>).)*Held by(?:(?!<\/table>).)*<\/table>/s.exec(html)?.[0];
    assert.ok(table, 'the composition table is there');
    for (const name of ['Jane Smith', 'Amir Khan', 'Dr Ruth Ode', 'Sam Obi', 'Tom Reid']) assert.ok(table.includes(name), `${name} in the board table`);
    assert.equal((table.match(/<tr>/g) ?? []).length, 11, 'a header row and the 10 seats');
    // numbered clauses are Word list paragraphs, not typed numbers
    assert.match(html, /<ol><li>NHS Northmoor and Castlebridge Integrated Care Board \(“the ICB”\) is an integrated care board/);
    assert.ok(!/<p>1\.1 /.test(html), 'clause numbers come from Word numbering');
    // the place kept in its own file and the partnership file are in the document
    assert.match(html, /South Northmoor covers the districts of Southmere and Rivenhall/);
    assert.match(html, /Northmoor and Castlebridge Integrated Care Partnership/);
  });

  it('-f docx needs -o, and never writes onto a file being rendered', async () => {
    const r = await cli(['render', 'samples/valid', '-f', 'docx']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /-f docx writes a Word file: give it -o FILE\.docx/);
    const dir = tempDir();
    const input = path.join(dir, 'constitution.yaml');
    fs.copyFileSync(path.join(VALID, 'constitution.yaml'), input);
    const before = fs.readFileSync(input, 'utf8');
    const o = await cli(['render', input, '-f', 'md', '-o', input]);
    assert.equal(o.code, 2);
    assert.match(o.stderr, /is one of the files being rendered/);
    assert.equal(fs.readFileSync(input, 'utf8'), before);
  });

  it('-f html writes a page whose paragraphs trace back to their YAML lines', async () => {
    const r = await cli(['render', 'samples/valid', '-f', 'html', ...TODAY]);
    assert.equal(r.code, 0, r.stderr);
    const html = r.stdout;
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /<h1>NHS Northmoor and Castlebridge Integrated Care Board<\/h1>/);
    assert.match(html, /<h2><span class="num">3<\/span> Composition of the board<\/h2>/);
    const lines = fs.readFileSync(path.join(VALID, 'constitution.yaml'), 'utf8').split('\n');
    // the row of the chair points at the chair's seat, by file and line
    const row = /<tr data-uri="samples\/valid\/constitution\.yaml" data-line="(\d+)"[^>]*><td>Chair<\/td>/.exec(html);
    assert.ok(row, 'the chair row carries its file and line');
    assert.equal(lines[Number(row[1])].trim(), '- id: chair');
    // the place in its own file points into that file
    assert.match(html, /data-uri="samples\/valid\/south-northmoor\.place\.yaml" data-line="\d+"/);
    assert.ok(!/<script|<link|<img|<iframe|@import|url\(/i.test(html), 'no script and no external resource');
  });

  it('every rendered paragraph of the valid sample has a source line, and its facts are on or under that line', () => {
    const files = fs.readdirSync(VALID).map((n) => analyzeFile(`file://${path.join(VALID, n)}`, fs.readFileSync(path.join(VALID, n), 'utf8')));
    const [tree] = renderConstitutions(files, []);
    const all = nodes(tree);
    assert.ok(all.length > 100, `${all.length} paragraphs, rows and items`);
    const untraced = all.filter((n) => n.line === undefined);
    assert.deepEqual(untraced, [], 'every paragraph, list item and table row traces to a line');
    const text = (uri: string) => files.find((f) => f.uri === uri)!.text.split('\n');
    // names and places quoted in a paragraph appear in the YAML at or after its line
    for (const n of all.filter((x) => /Pat Lee|Castlebridge City Council|Lou Grey/.test(x.text))) {
      const name = /Pat Lee|Castlebridge City Council|Lou Grey/.exec(n.text)![0];
      const below = text(n.uri!).slice(n.line!).join('\n');
      assert.ok(below.includes(name) || text(n.uri!).join('\n').includes(name.split(' ')[0]), `${name} from line ${n.line! + 1}`);
    }
  });

  it('-f md writes headings, numbered clauses, the board table and line comments', async () => {
    const r = await cli(['render', 'samples/valid/constitution.yaml', '-f', 'md', ...TODAY]);
    assert.equal(r.code, 0, r.stderr);
    const md = r.stdout;
    assert.match(md, /^# NHS Northmoor and Castlebridge Integrated Care Board\n/);
    assert.match(md, /\n## 3\. Composition of the board <!-- samples\/valid\/constitution\.yaml:\d+ -->\n/);
    assert.match(md, /\n\*\*3\.1\*\* The board has 11 to 13 members, in 10 seats\./);
    assert.match(md, /\n\| Seat \| Role \| Number \| Held by \| Votes \| Appointed by \|\n\|---\|---\|---\|---\|---\|---\|\n\| Chair \| chair \| 1 \| Jane Smith \| yes \| NHS England, with the approval of the Secretary of State \|/);
    // the governance structure as an outline
    assert.match(md, /\n- \*\*The board\*\* — NHS Northmoor and Castlebridge Integrated Care Board <!-- samples\/valid\/constitution\.yaml:\d+ -->\n  - \*\*Audit and Risk Committee\*\* — committee of the board/);
  });

  it('a draft with errors still renders, its findings and placeholders marked', async () => {
    const r = await cli(['render', 'samples/flawed/no-lay-members.yaml', '-f', 'html', ...TODAY]);
    assert.equal(r.code, 0, r.stderr);
    // Issue 13: ICS-OFF-005 also reports the partner member left as the Freedom to Speak Up non-executive lead.
    assert.match(r.stderr, /with 9 findings marked/);
    assert.match(r.stdout, /<aside class="finding sev-warning" data-uri="samples\/flawed\/no-lay-members\.yaml" data-line="25"[^>]*><span class="sev">Warning<\/span> <a class="rule" [^>]*>ICS-NED-001<\/a>/);

    const broken = await cli(['render', 'samples/flawed/yaml-syntax-error.yaml', '-f', 'md', ...TODAY]);
    assert.equal(broken.code, 0, broken.stderr);
    assert.match(broken.stdout, /^# NHS Foxley and Marsh Integrated Care Board/);
    assert.match(broken.stdout, /> \*\*Error\*\* `yaml-syntax` \(line \d+\): The `\{` on line \d+ is never closed/);

    const dir = tempDir();
    const draft = path.join(dir, 'draft.yaml');
    fs.writeFileSync(draft, 'kind: icb-constitution\nversion: 1\nicb:\n  id: nhs-draft\n  name: TODO\nboard:\n  members:\n    - {id: chair, name: TBC, role: chair}\n');
    const d = await cli(['render', draft, '-f', 'html', ...TODAY], { cwd: dir });
    assert.equal(d.code, 0, d.stderr);
    assert.match(d.stdout, /<mark class="placeholder"[^>]*>TODO<\/mark> \(“the ICB”\)/);
    assert.match(d.stdout, /<td><mark class="placeholder"[^>]*>TBC<\/mark><\/td>/);
    assert.match(d.stdout, /<span class="missing"[^>]*>\[The local authorities whose areas make up the ICB’s area are not stated\.\]<\/span>/);
    const docx = path.join(dir, 'draft.docx');
    assert.equal((await cli(['render', draft, '-f', 'docx', '-o', docx], { cwd: dir })).code, 0);
    const text = (await mammoth.extractRawText({ path: docx })).value;
    assert.match(text, /TODO/);
    assert.match(text, /Warning\s+placeholder/);
  });

  it('a format 1.1 constitution renders by seats: sizes, holders by post, acting holders, chair rules, sub-committees, staged places', async () => {
    const r = await cli(['render', 'test/render/fixtures/seats.yaml', '-f', 'md', ...TODAY]);
    assert.equal(r.code, 0, r.stderr);
    const md = r.stdout;
    assert.match(md, /\*\*3\.1\*\* The board has 5 to 7 members, in 4 seats\./);
    assert.match(md, /\| Seat \| Role \| Number \| Held by \| Votes \| Appointed by \|/);
    assert.match(md, /\| Chief Executive \| chief executive \| 1 \| Amir Khan \(acting\) \|/);
    assert.match(md, /\| Non-executive Member \| non-executive member \| 2 to 4 \| Chief Executive, Example Hospitals NHS FT \| yes \| the chair \|/);
    assert.match(md, /\| Director of Finance \| executive member \(finance\) \| 1 \| \*\\\[no holder named\\\]\* \|/);
    assert.match(md, /Eligibility: must not hold a role in another health body in the area\./);
    assert.match(md, /Its chair is a non-executive member other than the chair of the board and the chair of the audit committee\./);
    assert.match(md, /It is regularly attended, without a vote, by the Director of Finance and the Director of People, NHS Example Integrated Care Board\./);
    assert.match(md, /It has an independent chair who is not a member of the board: Independent Chair\./);
    assert.match(md, /The Primary Care Finance Sub-committee is a sub-committee of the Primary Care Commissioning Committee and reports to it\./);
    assert.match(md, /The ICB’s area is the area of the 2 local authorities below \(one of them only in part\)\./);
    assert.match(md, /Westshire County Council \(county council\) — only part of its area: the districts of Eastdale and Westfell/);
    assert.match(md, /- From April 2024: a committee of the ICB — Place committee of the ICB takes delegated budgets/);
    // in the structure, the sub-committee and the place sit under the committee they report to
    assert.match(md, /  - \*\*Primary Care Commissioning Committee\*\* — committee of the board[^\n]*\n    - \*\*Primary Care Finance Sub-committee\*\* — sub-committee[^\n]*\n    - \*\*Example City\*\*/);
  });

  it('the valid sample reads as its seats say: range seats, an optional seat nobody holds, an acting holder, a chair rule, posts, documents by relation, a staged place', () => {
    const files = fs.readdirSync(VALID).map((n) => analyzeFile(`file://${path.join(VALID, n)}`, fs.readFileSync(path.join(VALID, n), 'utf8')));
    const md = renderMarkdown(renderConstitutions(files, []));
    const line = (text: string) => new RegExp(`\\n${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} <!-- [a-z.-]+\\.yaml:\\d+ -->\\n`);
    // approved in a month, not "on" it
    assert.match(md, /^# NHS Northmoor and Castlebridge Integrated Care Board\n\n\*Constitution\*\n\n\*Version 1\.2, July 2025; approved by NHS England in June 2025\*\n/);
    // a council partly in the area
    assert.match(md, line('**2.1** The ICB’s area is the area of the 6 local authorities below (one of them only in part), with a population of about 1,150,000.'));
    // seats of 3 to 4 and up to 1: a board of 11 to 13
    assert.match(md, line('**3.1** The board has 11 to 13 members, in 10 seats. The table sets out each place on the board, who holds it, whether its holder votes and who appoints to it.'));
    assert.match(md, /\n\| Chief Executive \| chief executive \| 1 \| Amir Khan \(acting\) \| yes \| the chair, with the approval of NHS England \|\n/);
    assert.match(md, /\n\| Non-executive Member \| non-executive member \| 3 to 4 \| Pat Lee, Chris Adeyemi and Morgan Hale \| yes \| the chair \|\n/);
    // the chair appointing with the chair's own approval is said once
    assert.match(md, /\n\| Partner Member, local authorities \| partner member \(local authorities\) \| 1 \| Tom Reid \| yes \| the chair \|\n/);
    // the optional seat nobody holds is not filled, not a gap to fill
    assert.match(md, /\n\| Member for the provider collaboratives \| member \(provider collaborative\) \| up to 1 \| none named \| yes \| the chair \|\n/);
    // the remuneration committee's chair by rule, in the middle of a sentence; the acting chief executive attends
    assert.match(md, line('**5.9** Its chair is a non-executive member other than the chair of the board and the chair of the audit committee.'));
    assert.match(md, line('**5.11** It is regularly attended, without a vote, by Amir Khan (acting Chief Executive) and the Director of People, NHS Northmoor and Castlebridge Integrated Care Board.'));
    // members and leads identified by post
    assert.match(md, line('**5.17** Its members are Chris Adeyemi, Tom Reid, Dr Leah Park and the Director of Place (North Northmoor), NHS Northmoor and Castlebridge Integrated Care Board (not a board member).'));
    assert.match(md, line('**6.16** Its convenor is the Director of Place (North Northmoor), NHS Northmoor and Castlebridge Integrated Care Board.'));
    assert.match(md, line('**6.17** The deputy convenor is Dr Sunil Rao (North Northmoor primary care networks).'));
    assert.match(md, line('**6.18** **Lay member.** The post of Lay Member for Patient and Public Involvement.'));
    assert.match(md, line('**6.7** **Lay member.** Chris Dale, lay member for patient and public involvement.'));
    // one local authority is one
    assert.match(md, /\*\*6\.2\*\* Castlebridge covers the area of Castlebridge City Council; its local authority is Castlebridge City Council, with a population of about 320,000\./);
    // a framework agreed on a day
    assert.match(md, /\*\*7\.1\*\* The ICB’s framework for clinical and care professional leadership is published at \[[^\]]+\]\([^)]+\), agreed on 30 June 2022 with the integrated care partnership/);
    // documents and terms of reference by relation
    assert.match(md, line('**5.20** Its terms of reference: in the governance handbook.'));
    assert.match(md, /\n\| Standing orders \| appended to the constitution \|\n\| Scheme of reservation and delegation \| in the governance handbook \|\n/);
    // the place governed by a committee of the ICB sits under it; the staged place, one full stop
    assert.match(md, line('**6.13** It is governed by the ICB’s North Northmoor Place Committee, which is its reporting line to the ICB.'));
    assert.match(md, /\n  - \*\*North Northmoor Place Committee\*\* — place committee <!-- [^>]+ -->\n    - \*\*North Northmoor\*\* — place: /);
    assert.match(md, line('**6.23** Where the arrangements stand: introduced in stages. The partners agreed to move to a place committee of the ICB once the neighbourhood teams are established.'));
    assert.match(md, line('- From April 2026: a committee of the ICB — A place committee of the ICB takes the delegated budgets.'));
    assert.match(md, /\n\| children and young people's services \| the ICB \| the ICB \| £41,000,000 \| population need and health inequalities \| April 2026 \| planned \|\n/);
  });

  it('a constitution that sets out seats and names no one: no "Held by" column, and no gap marked for it', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'seats-only.yaml');
    const fixture = fs.readFileSync(path.join(ROOT, 'test/render/fixtures/seats.yaml'), 'utf8');
    const seatsOnly = fixture.replace(/\n  members:\n(?: {4}- .*\n)+/, '\n');
    assert.notEqual(seatsOnly, fixture);
    fs.writeFileSync(file, seatsOnly);
    const r = await cli(['render', file, '-f', 'md', ...TODAY], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /\*\*3\.1\*\* The board has 5 to 7 members, in 4 seats\. The table sets out each place on the board, how many members it has, whether they vote and who appoints to it\./);
    assert.match(r.stdout, /\n\| Seat \| Role \| Number \| Votes \| Appointed by \|\n\|---\|---\|---\|---\|---\|\n\| Chair \| chair \| 1 \| \*not stated\* \| NHS England, with the approval of the Secretary of State \|\n/);
    assert.ok(!/no holder named|Held by/.test(r.stdout));
  });

  it('nothing of ours to render is exit 2', async () => {
    const r = await cli(['render', 'test/cli/fixtures/not-ours.yaml', '-f', 'md']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /nothing to render/);
    assert.equal(r.stdout, '');
  });

  it('one tree, three writers: HTML and Markdown say the same sentences (the valid sample, every flawed draft, the seats fixture)', () => {
    const read = (file: string) => analyzeFile(`file://${file}`, fs.readFileSync(file, 'utf8'));
    const FLAWED = path.join(ROOT, 'samples/flawed');
    const sets = [fs.readdirSync(VALID).map((n) => read(path.join(VALID, n))), ...fs.readdirSync(FLAWED).map((n) => [read(path.join(FLAWED, n))]), [read(path.join(ROOT, 'test/render/fixtures/seats.yaml'))]];
    // Markdown as read: a link becomes its text, an escaped character itself, and emphasis goes, in
    // one pass, so that an escaped bracket (a gap marked `*\[no holder named\]*`) never opens a link
    const unescape = (t: string) => t.replace(/\\([\\`*_[\]<>|#])/g, '$1');
    let gapBeforeLink = 0;
    for (const files of sets) {
      const trees = renderConstitutions(files, []);
      const html = renderHtml(trees).replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
      const md = renderMarkdown(trees);
      if (/\\\[[^]*\]\(https:/.test(md)) gapBeforeLink++;
      const unescaped = md.replace(/\\([\\`*_[\]<>|#])|\[((?:\\.|[^\]\\\n])*)\]\([^)\n]*\)|\*+/g, (_, escaped?: string, link?: string) => escaped ?? (link === undefined ? '' : unescape(link))).replace(/`/g, '');
      for (const n of nodes(trees[0])) {
        // each writer's marks: a fact not stated in brackets (both); a placeholder highlighted (HTML) or in brackets (Markdown)
        const said = (bracketPlaceholders: boolean) => n.content.map((i) => (typeof i === 'string' ? i : i.kind === 'missing' || (bracketPlaceholders && i.kind === 'placeholder') ? `[${i.text}]` : i.text)).join('');
        assert.ok(html.includes(said(false)), `${files[0].uri}: HTML has: ${said(false)}`);
        assert.ok(unescaped.includes(said(true).replace(/`/g, '')), `${files[0].uri}: Markdown has: ${said(true)}`);
      }
    }
    assert.ok(gapBeforeLink > 0, 'a draft with a marked gap (an escaped bracket) before a link is among them');
  });
});
