import { strict as assert } from 'node:assert';
import { checkText, type Finding } from '../../server/src/core';

/**
 * What the shared helpers put into messages when there is nothing to add (rules/ccpl/principles.ts:
 * no owner to propose, no id near a mistyped owner) and how they group members into classes
 * (rules/positions.ts): a finding a governance officer reads must not carry a stray hint, and
 * members of different roles are never one class.
 */
const HEAD = 'kind: icb-constitution\nversion: 1\nicb: {id: nhs-example, name: NHS Example Integrated Care Board}\n';

function findings(text: string, id: string): Finding[] {
  return checkText('file:///t/constitution.yaml', text, { profile: 'strict', today: '2026-11-23' }).filter((f) => f.ruleId === id);
}

describe('design principle messages without a proposed owner or a guess (ICS-CCPL-010)', () => {
  const doc = (principles: string) =>
    `${HEAD}board:\n  members:\n    - {id: pat-lee, name: Pat Lee, role: non_executive}\nclinical_and_care_professional_leadership:\n  framework: {url: https://example.nhs.uk/ccpl}\n  principles:\n${principles}`;

  it('an entry without an owner, and nobody to propose: the message ends at the request, with no hint', () => {
    const f = findings(doc('    - {number: 1, evidence: Clinical leads sit on every committee}\n'), 'ICS-CCPL-010');
    assert.equal(f.length, 1);
    assert.match(f[0].message.split('\n\n')[0], /Add `owner`, the id of the board member who answers for the principle\.$/);
  });

  it('an owner far from every member id: no "did you mean", and no fix', () => {
    const f = findings(doc('    - {number: 1, evidence: Clinical leads sit on every committee, owner: zz-top}\n'), 'ICS-CCPL-010');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /is owned by `zz-top`, which is not the id of any board member \(.*\)\. The owner must be a board member: use an `id` from `board\.members`\.$/);
    assert.equal(f[0].fixes, undefined);
  });
});

describe('classes of members (positions.ts): the role is part of the class', () => {
  it('an executive and a non-executive with the same function and no appointment are two findings of ICS-APPT-005', () => {
    const text = `${HEAD}board:\n  members:\n    - {id: fay-ross, name: Fay Ross, role: executive, function: finance}\n    - {id: pat-lee, name: Pat Lee, role: non_executive, function: finance}\n`;
    const f = findings(text, 'ICS-APPT-005');
    assert.deepEqual(f.map((x) => [x.range.start.line, /appoints (.*) or how/.exec(x.message)?.[1]]), [
      [5, 'Fay Ross (fay-ross)'],
      [6, 'Pat Lee (pat-lee)'],
    ]);
  });
});

describe('the organisation a non-executive post names (board/organisations.ts, ICS-NED-002)', () => {
  /** An ICB whose one non-executive holds `post`, with these councils in its area. */
  const icb = (post: string, councils: string[]) =>
    `${HEAD.replace('icb: {id: nhs-example, name: NHS Example Integrated Care Board}\n', '')}icb:\n  id: nhs-example\n  name: NHS Example Integrated Care Board\n  area:\n    local_authorities: [${councils.map((c) => `{name: "${c}", type: unitary}`).join(', ')}]\nboard:\n  members:\n    - {id: pat-lee, name: Pat Lee, role: non_executive, independent: true, other_positions: [${JSON.stringify(post)}]}\n`;

  it('a council written with spaces inside its quotes is named without them', () => {
    const f = findings(icb('Governor, Halton Borough Council', ['  Halton Borough Council  ']), 'ICS-NED-002');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /holds a post in Halton Borough Council \("Governor, Halton Borough Council"\)/);
  });

  it('words run together are another name: "Northcare Housing" is not the council "North Care"', () => {
    assert.equal(findings(icb('Trustee of Northcare Housing', ['North Care']), 'ICS-NED-002').length, 0);
    assert.equal(findings(icb('Trustee of North Care', ['North Care']), 'ICS-NED-002').length, 1);
  });

  it('of two names as long as each other, both in the post, the first listed is the one named', () => {
    const text = icb('Governor, Aston Council and Eston Council', ['Aston Council', 'Eston Council']);
    const f = findings(text, 'ICS-NED-002');
    assert.equal(f.length, 1);
    const at = f[0].related![0].range.start;
    assert.equal(at.character, text.split('\n')[at.line].indexOf('name: "Aston Council"'));
  });
});
