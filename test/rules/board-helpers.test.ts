import { strict as assert } from 'node:assert';
import { analyzeFile, checkFiles, checkText, type Finding } from '../../server/src/core';

/**
 * What the board helpers decide, through the rules that use them: which organisations of the
 * system a non-executive's other posts are matched against (board/organisations.ts, ICS-NED-002),
 * and which board members form one class whose appointment is stated once (positions.ts,
 * ICS-APPT-005). Asserted through findings (rule, line, related location, how many), not wording.
 */
const URI = 'file:///t/constitution.yaml';
const OPTIONS = { profile: 'strict' as const, today: '2026-11-23' };

function findings(text: string, id: string): Finding[] {
  return checkText(URI, text, OPTIONS).filter((f) => f.ruleId === id);
}

function system(files: Record<string, string>, id: string): Finding[] {
  return checkFiles(Object.entries(files).map(([name, text]) => analyzeFile(`file:///t/${name}`, text)), OPTIONS).filter((f) => f.ruleId === id);
}

/** An ICB whose one non-executive holds `posts`, with these local authorities and nominating bodies. */
function icb(posts: string[], councils: string[] = [], extra = '', id = 'nhs-example'): string {
  return `kind: icb-constitution
version: 1
icb:
  ${id ? `id: ${id}\n  ` : ''}name: NHS Example Integrated Care Board
  area:
    local_authorities: [${councils.map((c) => `{name: "${c}", type: unitary}`).join(', ')}]
board:
  members:
    - id: pat-lee
      name: Pat Lee
      role: non_executive
      independent: true
      other_positions: [${posts.map((p) => JSON.stringify(p)).join(', ')}]
${extra}`;
}

describe('board helpers, through the rules that use them', () => {
  describe('the organisations of the system a non-executive must be independent of (ICS-NED-002)', () => {
    const flagged = (posts: string[], councils: string[], extra = '') => findings(icb(posts, councils, extra), 'ICS-NED-002');

    it('a post in a council of the area is reported at the post, with the council named in related', () => {
      const f = flagged(['Governor, Halton Council'], ['Halton Council']);
      assert.equal(f.length, 1);
      assert.equal(f[0].range.start.line, 13, 'at other_positions');
      assert.equal(f[0].related?.[0].range.start.line, 6, 'the council in the area');
    });

    it('a name of six letters is matched; a shorter one (too short to match safely), with spaces around it or not, is not', () => {
      assert.equal(flagged(['Governor, Halton'], ['Halton']).length, 1);
      assert.equal(flagged(['Trustee, Leeds Rhinos Foundation'], ['Leeds']).length, 0);
      assert.equal(flagged(['Trustee, Leeds Rhinos Foundation'], ['  Leeds  ']).length, 0);
    });

    it('names are compared as people write them: "NHS FT", curly apostrophes, spacing and case', () => {
      const trust = '    - {id: sam-obi, name: Sam Obi, role: partner, sector: nhs_trusts, nominated_by: [Example Hospitals NHS Foundation Trust, St Mary’s Hospice]}\n';
      const text = (post: string) => icb([post]).replace('  members:\n', `  members:\n${trust}`);
      for (const post of ['Governor, Example Hospitals NHS FT', 'Governor, example  hospitals nhs foundation   trust', "Trustee, St Mary's Hospice", 'TRUSTEE, ST MARY’S HOSPICE']) {
        assert.equal(findings(text(post), 'ICS-NED-002').length, 1, post);
      }
      assert.equal(findings(text('Trustee, St Marys Hospice of Hope'), 'ICS-NED-002').length, 0);
    });

    it('the longest name a post contains is the organisation it names', () => {
      for (const councils of [['Example Hospitals', 'Example Hospitals NHS Foundation Trust'], ['Example Hospitals NHS Foundation Trust', 'Example Hospitals']]) {
        const text = icb(['Governor, Example Hospitals NHS Foundation Trust'], councils);
        const f = findings(text, 'ICS-NED-002');
        assert.equal(f.length, 1);
        const related = f[0].related![0].range.start;
        const line = text.split('\n')[related.line];
        assert.equal(related.character, line.indexOf('name: "Example Hospitals NHS Foundation Trust"'), councils.join(' / '));
      }
    });

    it("the ICB's own name and the generic nominating keys are not other organisations", () => {
      assert.equal(flagged(['Non-executive, NHS Example Integrated Care Board'], ['NHS Example Integrated Care Board']).length, 0);
      const generic = icb(['Adviser to the partnership of trusts']).replace('  members:\n', '  members:\n    - {id: sam-obi, name: Sam Obi, role: partner, sector: nhs_trusts, nominated_by: [trusts, partnership]}\n');
      assert.equal(findings(generic, 'ICS-NED-002').length, 0);
    });

    const place = (icbId: string | undefined, member: string) => `kind: place-partnership
version: 1
${icbId ? `icb: ${icbId}\n` : ''}id: example-city
name: Example City
members:
  - {name: ${member}, sector: social_care_provider}
`;
    const icp = (icbId: string, appointer: string) => `kind: integrated-care-partnership
version: 1
icb: ${icbId}
name: Exampleshire Integrated Care Partnership
established_by: [icb, ${appointer}]
members:
  - {name: Cllr A Brown, appointed_by: ${appointer}, sector: local_authority}
`;

    it('organisations named in the place and partnership files of this ICB count, with the file they are named in', () => {
      const f = system({ 'icb.yaml': icb(['Chair, Example Community Health CIC']), 'place.yaml': place('nhs-example', 'Example Community Health CIC') }, 'ICS-NED-002');
      assert.equal(f.length, 1);
      assert.equal(f[0].related?.[0].uri, 'file:///t/place.yaml');
      assert.equal(f[0].related?.[0].range.start.line, 6);
      const g = system({ 'icb.yaml': icb(['Member, Westshire Combined Authority']), 'icp.yaml': icp('nhs-example', 'Westshire Combined Authority') }, 'ICS-NED-002');
      assert.equal(g.length, 1);
      assert.equal(g[0].related?.[0].uri, 'file:///t/icp.yaml');
    });

    it("those of another ICB's files, or of a file that names no ICB, do not", () => {
      assert.deepEqual(system({ 'icb.yaml': icb(['Chair, Example Community Health CIC']), 'place.yaml': place('nhs-other', 'Example Community Health CIC') }, 'ICS-NED-002'), []);
      assert.deepEqual(system({ 'icb.yaml': icb(['Member, Westshire Combined Authority']), 'icp.yaml': icp('nhs-other', 'Westshire Combined Authority') }, 'ICS-NED-002'), []);
      assert.deepEqual(system({ 'icb.yaml': icb(['Chair, Example Community Health CIC'], [], '', ''), 'place.yaml': place(undefined, 'Example Community Health CIC') }, 'ICS-NED-002'), []);
    });
  });

  describe('classes of board members, whose appointment a constitution states once (ICS-APPT-005)', () => {
    const members = (list: string[], version = '1') =>
      `kind: icb-constitution\nversion: ${version}\nicb: {id: nhs-example, name: NHS Example Integrated Care Board}\nboard:\n  members:\n${list.map((m) => `    - ${m}\n`).join('')}`;
    /** One entry per finding: the lines it points at, itself first. */
    const groups = (text: string) => findings(text, 'ICS-APPT-005').map((f) => [f.range.start.line, ...(f.related ?? []).map((r) => r.range.start.line)]);

    it('members with the same role and function (or sector) are one class: one finding, the others related', () => {
      assert.deepEqual(groups(members(['{id: a, name: A Lee, role: non_executive}', '{id: b, name: B Lee, role: non_executive}'])), [[5, 6]]);
      assert.deepEqual(groups(members(['{id: a, name: A Lee, role: partner, sector: nhs_trusts}', '{id: b, name: B Lee, role: partner, sector: nhs_trusts}'])), [[5, 6]]);
    });

    it('another role, function, sector or represented body is another class', () => {
      assert.deepEqual(groups(members(['{id: a, name: A Lee, role: non_executive}', '{id: b, name: B Lee, role: partner, sector: nhs_trusts}'])), [[5], [6]]);
      assert.deepEqual(groups(members(['{id: a, name: A Lee, role: executive, function: finance}', '{id: b, name: B Lee, role: executive, function: medical}'])), [[5], [6]]);
      assert.deepEqual(groups(members(['{id: a, name: A Lee, role: partner, sector: nhs_trusts}', '{id: b, name: B Lee, role: partner, sector: local_authorities}'])), [[5], [6]]);
      assert.deepEqual(groups(members(['{id: a, name: A Lee, role: other, represents: Example VCSE Alliance}', '{id: b, name: B Lee, role: other, represents: Example Hospice}'], '1.1')), [[5], [6]]);
      assert.deepEqual(groups(members(['{id: a, name: A Lee, role: other, represents: Example VCSE Alliance}', '{id: b, name: B Lee, role: other}'], '1.1')), [[5], [6]]);
    });

    it('the finding about a class names each of its members', () => {
      const f = findings(members(['{id: a, name: A Lee, role: partner, sector: nhs_trusts}', '{id: b, name: B Lee, role: partner, sector: nhs_trusts}']), 'ICS-APPT-005');
      assert.match(f[0].message, /A Lee \(a\)[^]*B Lee \(b\)/);
      assert.match(f[0].message, /nhs trusts/);
      const none = findings(members(['{id: a, name: A Lee}', '{id: b, name: B Lee}']), 'ICS-APPT-005');
      assert.equal(none.length, 1, 'members with no role are one class');
      assert.match(none[0].message, /no role[^]*A Lee \(a\)[^]*B Lee \(b\)/);
    });

    it('in a document of seats each seat is its own class, with or without an id', () => {
      const seats = (list: string[]) => `kind: icb-constitution\nversion: 1.1\nicb: {id: nhs-example, name: NHS Example Integrated Care Board}\nboard:\n  seats:\n${list.map((m) => `    - ${m}\n`).join('')}`;
      assert.deepEqual(groups(seats(['{id: ned-1, role: non_executive}', '{id: ned-2, role: non_executive}'])), [[5], [6]]);
      assert.deepEqual(groups(seats(['{role: non_executive, title: First}', '{role: non_executive, title: Second}'])), [[5], [6]]);
    });
  });
});
