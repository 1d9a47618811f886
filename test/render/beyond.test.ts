import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../cli/helpers';
import { analyzeFile, type AnalyzedFile } from '../../server/src/core/analyze';
import { checkFiles } from '../../server/src/core/engine';
import { renderConstitutions } from '../../server/src/core/render/constitution';
import { renderMarkdown } from '../../server/src/core/render/markdown';
import { renderHtml } from '../../server/src/core/render/html';
import { renderDocx } from '../../server/src/core/render/docx';
import mammoth from 'mammoth';
import type { Block, DocumentTree } from '../../server/src/core/render/tree';

/**
 * The rendered constitution beyond the board (issue 13): delegation and joint working, reserved
 * matters and the functions map under the arrangements for exercising functions, standing orders,
 * statutory duties and reporting, named officers, health and wellbeing boards, and what conflicts
 * of interest, appointments and clinical leadership gained — sentences pinned on the valid sample
 * and on a fixture with content by reference, placeholders and ids that name nothing.
 */
const VALID = path.join(ROOT, 'samples/valid');
const FIXTURE = path.join(ROOT, 'test/render/fixtures/beyond.yaml');

function read(file: string): AnalyzedFile {
  return analyzeFile(`file://${file}`, fs.readFileSync(file, 'utf8'));
}

const validFiles = () => fs.readdirSync(VALID).map((n) => read(path.join(VALID, n)));

/** A paragraph, list item or row as Markdown writes it, with its line comment. */
const line = (text: string) => new RegExp(`\\n${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} <!-- [a-z.-]+\\.yaml:\\d+ -->\\n`);
const row = (text: string) => new RegExp(`\\n${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`);

function headings(tree: DocumentTree): { level: number; title: string }[] {
  const out: { level: number; title: string }[] = [];
  const walk = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      if (b.type !== 'section') continue;
      out.push({ level: b.level, title: b.title });
      walk(b.blocks);
    }
  };
  walk(tree.sections);
  return out;
}

describe('the rendered constitution beyond the board (issue 13)', () => {
  describe('the valid sample', () => {
    let md: string;
    let tree: DocumentTree;
    before(() => {
      [tree] = renderConstitutions(validFiles(), []);
      md = renderMarkdown([tree]);
    });

    it('comes in the order of NHS England’s model constitution', () => {
      const parts = tree.sections.map((s) => s.title);
      assert.deepEqual(parts, [
        'Introduction',
        'The area',
        'Composition of the board',
        'Appointments, terms, eligibility and removal',
        'Arrangements for exercising functions',
        'Places',
        'Clinical and care professional leadership',
        'Procedures and standing orders',
        'Statutory duties and reporting',
        'Named officers',
        'Health and wellbeing boards',
        'Conflicts of interest',
        'Transparency',
        'Public involvement',
        'The integrated care partnership',
        'Version history',
      ]);
      // within the arrangements: the committees, then delegation and joint working, reserved matters and the functions map
      const arrangements = headings({ ...tree, sections: [tree.sections[4]] }).filter((h) => h.level === 2).map((h) => h.title);
      assert.deepEqual(arrangements.slice(-4), ['Delegation and joint working', 'Matters reserved to the board and decisions delegated', 'Functions and decisions map', 'Provider collaboratives']);
      assert.deepEqual(
        headings(tree).filter((h) => h.level === 3).map((h) => h.title),
        [
          'Delegation from NHS England of primary care functions',
          'Delegation from NHS England of specialised services',
          'Joint committee with NHS Fenland and Marsh Integrated Care Board and NHS England (East of England)',
          'Committees in common with Castlebridge Hospitals NHS Foundation Trust',
          'Section 75 agreement with Northmoor County Council',
          'Delegation to Northmoor Mental Health NHS Foundation Trust',
        ],
      );
    });

    it('sets out each delegation and joint working arrangement: under what power, who exercises it, to whom it reports, who stays accountable', () => {
      assert.match(md, /\n\*\*5\.32\*\* Under section 65Z5 of the NHS Act 2006, NHS England has delegated to the ICB primary medical services, primary dental services, primary ophthalmic services and pharmaceutical services, under an agreement published at \[https:\/\/example\.org\/northmoor-castlebridge\/primary-care-delegation-agreement\]\(/);
      assert.match(md, line('**5.33** These functions are exercised for the ICB by the Primary Care Commissioning Committee, which reports on them to the board.'));
      assert.match(md, line('**5.34** The delegation has been in force since April 2023. NHS England remains accountable for these functions.'));
      // exercised by a joint committee: the arrangement is named by its parties, not its id
      assert.match(md, line('**5.36** These functions are exercised for the ICB by the joint committee with NHS Fenland and Marsh Integrated Care Board and NHS England (East of England), which reports on them to the Quality and Safety Committee.'));
      assert.match(md, line('**5.38** Under section 65Z6 of the NHS Act 2006, the ICB, NHS Fenland and Marsh Integrated Care Board and NHS England (East of England) exercise specialised services jointly through a joint committee.'));
      assert.match(md, line('**5.39** Its terms of reference are in the governance handbook. Helen Ward and Dr Ruth Ode sit on it for the ICB. The joint committee reports to the board quarterly.'));
      assert.match(md, line('**5.40** Each party remains accountable for its own functions.'));
      assert.match(md, line('**5.41** The Quality and Safety Committee of the ICB meets in common with committees of Castlebridge Hospitals NHS Foundation Trust on system quality improvement; each body decides for itself.'));
      assert.match(md, line('**5.42** The committees in common report to the board.'));
      assert.match(md, line('**5.43** Under section 75 of the NHS Act 2006, the ICB and Northmoor County Council have a partnership agreement for intermediate care, reablement and disabled facilities grant. The agreement is in the governance handbook.'));
      assert.match(md, line('**5.44** The agreement has a pooled fund of £98,000,000, to which the ICB contributes £61,000,000. The fund is hosted by Northmoor County Council and managed by the Director of Adult Social Services, Northmoor County Council.'));
      assert.match(md, line('**5.46** The partnership arrangement is to be reviewed by March 2027. Each party remains accountable for its own functions.'));
      assert.match(md, line('**5.48** The delegation is overseen by the Quality and Safety Committee and reports to it quarterly.'));
      assert.match(md, line('**5.49** The delegation has been agreed and takes effect from April 2026. The ICB remains accountable for these functions.'));
    });

    it('lists the matters reserved to the board, the decisions delegated and the functions and decisions map', () => {
      assert.match(md, line('**5.50** These matters are reserved to the board: only the board decides them.'));
      assert.match(md, line('- proposals to vary the constitution'));
      assert.match(md, line('- the ICB’s risk appetite and board assurance framework'));
      assert.match(md, line('- primary care contracting decisions — to the Primary Care Commissioning Committee'));
      assert.match(md, line('- individual funding requests — to the Individual Funding Requests Panel, NHS Northmoor and Castlebridge Integrated Care Board'));
      assert.match(md, row('| Function | Decided by | Executive lead | Delegated under |'));
      assert.match(md, row('| Quality assurance | the Quality and Safety Committee | Grace Mensah | — |'));
      assert.match(md, row('| Primary medical services | the Primary Care Commissioning Committee | Dr Ruth Ode | the delegation from NHS England of primary care functions |'));
      assert.match(md, row('| Emergency preparedness, resilience and response | the board | the Chief Operating Officer, NHS Northmoor and Castlebridge Integrated Care Board | — |'));
      assert.match(md, row('| Individual funding requests | the Individual Funding Requests Panel, NHS Northmoor and Castlebridge Integrated Care Board | — | — |'));
    });

    it('sets out the standing orders: quorum and notice per meeting, urgent decisions and their reporting, suspension, casting vote, declarations', () => {
      assert.match(md, row('| Meeting | Quorum | Notice |'));
      assert.match(md, row('| Meetings of the board | at least 7 members, including the chair or the deputy chair, a non-executive member, an executive member, a member with a clinical background and a partner member | 5 clear days |'));
      assert.match(md, row('| Extraordinary meetings of the board | as for meetings of the board | 2 clear days |'));
      assert.match(md, row('| Audit and Risk Committee | at least 2 members | 5 clear days |'));
      assert.match(md, line('**8.3** **Urgent decisions.** A decision that cannot wait for a meeting may be taken by Jane Smith and Amir Khan (acting Chief Executive) after consulting Chris Adeyemi. It is reported to the next meeting of the body that would otherwise have taken it. No urgent decision may be taken on proposals to vary the constitution, the joint forward plan or the annual report and accounts.'));
      assert.match(md, line('**8.4** **Suspension.** The standing orders may be suspended with the agreement of two thirds of the members present. These are never suspended: statutory provisions and conflicts of interest. Each suspension is reported to the Audit and Risk Committee.'));
      assert.match(md, line('**8.5** **Casting vote.** If the votes on a question are equal, the person chairing the meeting has a second, casting vote.'));
      assert.match(md, line('**8.6** **Declarations of interest at meetings.** At the start of each meeting, members are asked to declare any interest in its business. Declarations, and how each was managed, are recorded in the minutes. A member with a conflict of interest in an item withdraws from the discussion and the decision.'));
    });

    it('sets out the statutory duties, the plans and the annual report, the named officers and the health and wellbeing boards', () => {
      assert.match(md, row('| Quality | Grace Mensah | the Quality and Safety Committee | — |'.replace('Quality |', 'Improving the quality of services |')));
      assert.match(md, row('| Reducing inequalities | the Director of Strategy, NHS Northmoor and Castlebridge Integrated Care Board | the board | — |'));
      assert.match(md, row('| The public sector equality duty (Equality Act 2010) | the Chief People Officer, NHS Northmoor and Castlebridge Integrated Care Board | — | Equality information published each year and objectives every four years |'));
      assert.match(md, /\n\*\*9\.2\*\* The joint forward plan is published at \[[^\]]+\]\([^)]+\); the current plan was published on 28 March 2025\. <!--/);
      assert.match(md, /\n\*\*9\.4\*\* The joint capital resource use plan is published at \[[^\]]+\]\([^)]+\); the current plan was published in April 2025\. It is approved by the board and shared with the integrated care partnership, the health and wellbeing boards and NHS England\. <!--/);
      assert.match(md, /\n\*\*9\.5\*\* \*\*Annual report\.\*\* The annual report is published at \[[^\]]+\]\([^)]+\)\. It explains how the ICB has discharged its general duties\. Each relevant health and wellbeing board is consulted/);
      assert.match(md, row('| Role | Held by | At board level |'));
      assert.match(md, row('| Accountable emergency officer | the Chief Operating Officer, NHS Northmoor and Castlebridge Integrated Care Board | yes |'));
      assert.match(md, row('| Freedom to Speak Up non-executive lead | Morgan Hale | yes |'));
      assert.match(md, row('| Northmoor County Council | Amir Khan (acting Chief Executive) |'));
      assert.match(md, line('- the health and wellbeing board of Castlebridge City Council, received in February 2025'));
    });

    it('says what conflicts of interest, appointments and clinical leadership gained', () => {
      assert.match(md, line('**12.3** The policy follows NHS England’s current guidance, “Managing conflicts of interest in the NHS”.'));
      assert.match(md, line('**12.9** The register of breaches of the policy is in the governance handbook.'));
      assert.match(md, line('**12.10** Decisions under the Provider Selection Regime (the Health Care Services (Provider Selection Regime) Regulations 2023) are taken by the Primary Care Commissioning Committee and the board.'));
      assert.match(md, line('**12.12** Each notice of intention to award a contract states the conflicts of interest declared and how they were managed.'));
      assert.match(md, line('**4.14** Each year the chair assesses every board member against the test and the result is submitted to NHS England’s regional director. The latest assessment was completed in June 2026.'));
      assert.match(md, line('**7.10** The ICB last assessed its clinical and care professional leadership against the design principles in March 2026, by survey of leads and workshops at each place.'));
      assert.match(md, line('**7.12** The gaps it found: AHP leadership at neighbourhood level and protected time for GP leads in North Northmoor. The actions on them are owned by Dr Ruth Ode.'));
      assert.match(md, line('- Health and Care Senate, reporting to the board and drawing on medicine, nursing, the allied health professions, pharmacy, social work and public health'));
      assert.match(md, line('- Place clinical and care assemblies (a professional forum), reporting to the Quality and Safety Committee'));
    });

    it('never shows an id where a name is known, a coded value, or a raw key', () => {
      // what a reader reads: without the line comments and the addresses of links
      const beyond = md.slice(md.indexOf('### Delegation and joint working'), md.indexOf('## 13. Transparency')).replace(/<!--[^>]*-->/g, '').replace(/\[[^\]]*\]\([^)]*\)/g, '');
      // ids of the sample's arrangements, committees and members, and underscored codes
      for (const id of ['nhse-primary-care', 'east-joint-committee', 'quality-cic', 'bcf-northmoor', 'mh-collaborative', 'primary-care', 'ruth-ode', 'icb-board']) assert.ok(!beyond.includes(id), id);
      assert.ok(!/\w\\?_\w/.test(beyond), 'no underscored code');
    });
  });

  it('keeps a finding about a committee or the board’s quorum where the document first speaks of it, not in the standing orders’ quorum table', () => {
    const file = read(path.join(ROOT, 'samples/flawed/no-lay-members.yaml'));
    const md = renderMarkdown(renderConstitutions([file], checkFiles([file], { today: '2026-11-23' })));
    const at = (rule: string) => md.indexOf(`\`${rule}\``);
    const remuneration = md.indexOf('### Remuneration Committee');
    assert.ok(remuneration > 0 && at('ICS-COMM-004') > remuneration && at('ICS-COMM-004') < md.indexOf('## 6. Places'), 'under the remuneration committee');
    assert.ok(at('ICS-QUORUM-001') > md.indexOf('## 3. Composition of the board') && at('ICS-QUORUM-001') < md.indexOf('## 4. Appointments'), 'beside the board’s quorum, in its composition');
  });

  describe('a fixture with content by reference, placeholders and ids that name nothing', () => {
    let md: string;
    let html: string;
    before(() => {
      const file = read(FIXTURE);
      const findings = checkFiles([file], { today: '2026-11-23' });
      const trees = renderConstitutions([file], findings);
      md = renderMarkdown(trees);
      html = renderHtml(trees);
    });

    it('shows content kept by reference as a reference to where it is', () => {
      assert.match(md, line('**5.12** The details of these arrangements are in the governance handbook.'));
      assert.match(md, /\n\*\*5\.29\*\* The full scheme of reservation and delegation is published at \[https:\/\/example\.nhs\.uk\/sord\]/);
      assert.match(md, line('**5.31** The full functions and decisions map is kept in the repository at `governance/functions-map.md`.'));
      assert.match(md, line('**8.2** The standing orders in full are appended to the constitution.'));
      assert.match(md, /The full account of how the ICB secures its duties is published at \[https:\/\/example\.nhs\.uk\/annual-report\]/);
      assert.match(md, line('**10.2** The details of the named officers are in the governance handbook.'));
      assert.match(md, /\n\*\*5\.26\*\* The details of this arrangement are published at \[https:\/\/example\.nhs\.uk\/loop-b-agreement\]/);
    });

    it('marks placeholders, and an id that names nothing, where they are said', () => {
      assert.match(md, line('**5.16** The agreement has a pooled fund of £5,000,000. The fund is hosted by Exampleshire County Council and managed by **\\[TBC\\]**.'));
      assert.match(html, /managed by <mark class="placeholder"[^>]*>TBC<\/mark>\./);
      assert.match(md, line('**5.17** The partnership arrangement reports to *\\[nowhere-committee (not a board member, seat, committee or arrangement of this constitution)\\]*.'));
      assert.match(md, row('| Climate change and the environment | *\\[someone-unknown (not a board member, seat, committee or arrangement of this constitution)\\]* | — | — |'));
      assert.match(md, row('| Exampleshire County Council | **\\[TBC\\]** |'));
      // the findings are marked beside what they are about
      assert.match(md, /\*\*5\.17\*\* The partnership arrangement reports to [^\n]+\n\n> \*\*Warning\*\* `ICS-REF-001` \(line 45\)/);
      assert.match(md, /\*\*12\.2\*\* The policy follows the 2017 statutory guidance on managing conflicts of interest for clinical commissioning groups\. <!--[^>]+-->\n\n> \*\*Warning\*\* `ICS-COI-008`/);
    });

    it('says each kind of arrangement and standing order in its own words, nothing more', () => {
      assert.match(md, line('**5.13** Under section 65Z6 of the NHS Act 2006, the ICB and Exampleshire County Council exercise community services commissioning jointly through a joint committee.'));
      assert.match(md, line('**5.14** Helen Ward sits on it for the ICB. The joint committee reports to the Quality Committee and the Audit Committee every six months.'));
      assert.match(md, line('**5.15** The ICB and Exampleshire County Council have a partnership agreement.'));
      assert.match(md, line('**5.18** The partnership arrangement is planned.'));
      assert.match(md, line('**5.21** The committees in common have been in force since April 2025.'));
      assert.match(md, line('**5.22** The arrangement for a pilot of shared back-office services is made by the ICB.'));
      assert.match(md, line('- contracts above a financial limit — to the Audit Committee, with a limit of £2,000,000'));
      assert.match(md, line('- decisions on the ICB\'s estate strategy'));
      assert.match(md, row('| Safeguarding | the Quality Committee (shared with the board) | the Chief Nurse | — |'));
      assert.match(md, row('| Meetings of the board | at least 3 members, including the chair or the deputy chair | — |'));
      assert.match(md, line('**8.4** **Urgent decisions.** A decision that cannot wait for a meeting may be taken by Jane Smith. No urgent decision may be taken on proposals to vary the constitution or the standing orders.'));
      assert.match(md, line('**8.5** **Suspension.** The standing orders may not be suspended.'));
      assert.match(md, line('**8.6** **Casting vote.** No one has a casting vote: a question on which the votes are equal is not carried.'));
      assert.match(md, line('**8.7** **Declarations of interest at meetings.** Members are not asked at each meeting to declare their interests. A member with a conflict of interest in an item may stay for the discussion but does not vote on it.'));
      assert.match(md, row('| Caldicott guardian | the Caldicott Guardian, Example Community Trust | no |'));
      assert.match(md, line('**12.3** Decisions under the Provider Selection Regime (the Health Care Services (Provider Selection Regime) Regulations 2023) are taken by the Procurement Panel.'));
      // urgent decisions kept by reference: how they are reported is not marked as missing
      assert.ok(!/How it is reported afterwards is not stated/.test(md));
      // a place governed by a joint committee arrangement names it
      assert.match(md, line('**6.5** Its joint committee is the joint committee with Exampleshire County Council.'));
    });

    it('writes the same parts to Word with real headings and tables (read back with mammoth)', async () => {
      const file = read(FIXTURE);
      const docx = await renderDocx(renderConstitutions([file], checkFiles([file], { today: '2026-11-23' })));
      const { value: word, messages } = await mammoth.convertToHtml({ buffer: docx });
      assert.deepEqual(messages.filter((m) => m.type === 'error'), []);
      const heads = (n: number) => [...word.matchAll(new RegExp(`<h${n}>(.*?)</h${n}>`, 'g'))].map((m) => m[1]);
      for (const h of ['Arrangements for exercising functions', 'Procedures and standing orders', 'Statutory duties and reporting', 'Named officers', 'Health and wellbeing boards']) assert.ok(heads(1).includes(h), `Heading 1 ${h}: ${heads(1).join(' / ')}`);
      for (const h of ['Delegation and joint working', 'Matters reserved to the board and decisions delegated', 'Functions and decisions map', 'Decisions under the Provider Selection Regime']) assert.ok(heads(2).includes(h), `Heading 2 ${h}`);
      assert.deepEqual(heads(3), ['Joint committee with Exampleshire County Council', 'Section 75 agreement with Exampleshire County Council', 'Committees in common with Example Hospitals NHS Foundation Trust', 'Arrangement for a pilot of shared back-office services', 'Delegation to Example Community Trust']);
      // tables with their header row and a row per fact
      const tables = [...word.matchAll(/<table>(.*?)<\/table>/gs)].map((m) => [...m[1].matchAll(/<tr>(.*?)<\/tr>/gs)].map((r) => [...r[1].matchAll(/<t[dh]>(.*?)<\/t[dh]>/gs)].map((c) => c[1].replace(/<[^>]+>/g, ''))));
      const table = (head: string) => tables.find((x) => x[0]?.[0] === head);
      assert.deepEqual(table('Function'), [['Function', 'Decided by', 'Executive lead', 'Delegated under'], ['Safeguarding', 'the Quality Committee (shared with the board)', 'the Chief Nurse', '—'], ['Safeguarding', 'the board (shared with the Quality Committee)', '—', '—']]);
      assert.deepEqual(table('Meeting')?.[1], ['Meetings of the board', 'at least 3 members, including the chair or the deputy chair', '—']);
      assert.deepEqual(table('Duty')?.[1], ['Climate change and the environment', '[someone-unknown (not a board member, seat, committee or arrangement of this constitution)]', '—', '—']);
      assert.deepEqual(table('Role'), [['Role', 'Held by', 'At board level'], ['Caldicott guardian', 'the Caldicott Guardian, Example Community Trust', 'no'], ['Net zero lead', 'Helen Ward', 'yes']]);
      assert.deepEqual(table('Health and wellbeing board of')?.[1], ['Exampleshire County Council', 'TBC']);
      // the findings are in the document, after what they are about
      assert.match(word, /The partnership arrangement reports to <em>\[nowhere-committee[^<]*<\/em>\.<\/li><\/ol><\/li><\/ul><p><strong>Warning <\/strong>ICS-REF-001 \(line 45\)/);
    });

    it('leaves out a block the constitution does not write, rather than marking it missing', () => {
      const file = analyzeFile('file:///tmp/bare.yaml', 'kind: icb-constitution\nversion: 1.1\nicb: {id: nhs-bare, name: NHS Bare Integrated Care Board}\n');
      const titles = renderConstitutions([file], [])[0].sections.map((s) => s.title);
      for (const t of ['Statutory duties and reporting', 'Named officers', 'Health and wellbeing boards']) assert.ok(!titles.includes(t), t);
      const bare = renderMarkdown(renderConstitutions([file], []));
      for (const t of ['### Delegation and joint working', '### Matters reserved', '### Functions and decisions map', 'Provider Selection Regime', 'Quorum and notice']) assert.ok(!bare.includes(t), t);
    });
  });
});
