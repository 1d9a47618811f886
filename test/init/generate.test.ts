import { strict as assert } from 'node:assert';
import { analyzeFile, checkFiles, FRAMEWORKS, PROFILES, type Finding } from '../../server/src/core';
import { AnswerError, icbNames, parseCouncils, parsePlaces, slug, type InitAnswers } from '../../server/src/core/init/answers';
import { generateConstitution, type GeneratedFile } from '../../server/src/core/init/generate';

/**
 * The generator behind `ics-check init` and the editor's "New constitution": answers in, files out.
 * Its output is clean of every finding but placeholders, under every profile and both frameworks,
 * whatever the answers.
 */
const base: InitAnswers = { icbName: 'NHS Example ICB', councils: [{ name: 'A County Council', type: 'county' }], places: ['North', 'South'], partnership: false, placeFiles: false };

const VARIANTS: [string, InitAnswers][] = [
  ['the example of the issue', base],
  ['nothing answered', { councils: [], places: [], partnership: false, placeFiles: false }],
  ['a partnership and a file per place', { ...base, partnership: true, placeFiles: true }],
  [
    'a county with districts and a unitary, under the Health Bill',
    {
      icbName: 'Exampleshire and Example City',
      councils: [
        { name: 'Exampleshire County Council', type: 'county' },
        { name: 'Eastdale District Council', type: 'district' },
        { name: 'Example City Council', type: 'unitary' },
      ],
      places: ['Example City', 'Rural Exampleshire'],
      partnership: true,
      placeFiles: false,
      framework: 'health-bill-2026',
    },
  ],
];

function check(files: GeneratedFile[], options: { profile: (typeof PROFILES)[number]; framework: (typeof FRAMEWORKS)[number] }): Finding[] {
  return checkFiles(files.map((f) => analyzeFile(`file:///new-icb/${f.path}`, f.text)), { ...options, today: '2026-11-23' });
}

describe('init: the generator', () => {
  for (const [name, answers] of VARIANTS) {
    it(`${name}: only placeholder findings, under every profile and both frameworks`, () => {
      const files = generateConstitution(answers);
      for (const profile of PROFILES) {
        for (const framework of FRAMEWORKS) {
          const other = check(files, { profile, framework }).filter((f) => f.ruleId !== 'placeholder');
          assert.deepEqual(other.map((f) => `${f.uri.split('/new-icb/')[1]}:${f.range.start.line + 1} ${f.ruleId} ${f.message.split('\n')[0]}`), [], `${profile} ${framework}`);
        }
      }
      assert.ok(check(files, { profile: 'recommended', framework: 'hca-2022' }).some((f) => f.ruleId === 'placeholder'), 'the TODOs are reported');
    });
  }

  it('writes the files asked for, each a document of its kind in format 1.1', () => {
    assert.deepEqual(generateConstitution(base).map((f) => f.path), ['constitution.yaml']);
    assert.deepEqual(generateConstitution({ ...base, partnership: true, placeFiles: true }).map((f) => f.path), ['constitution.yaml', 'partnership.yaml', 'places/north.yaml', 'places/south.yaml']);
    for (const f of generateConstitution({ ...base, partnership: true, placeFiles: true })) {
      const doc = analyzeFile(`file:///x/${f.path}`, f.text).documents;
      assert.equal(doc.length, 1);
      assert.equal(doc[0].kind, f.path === 'constitution.yaml' ? 'icb-constitution' : f.path === 'partnership.yaml' ? 'integrated-care-partnership' : 'place-partnership');
      assert.match(f.text, /^version: 1\.1$/m);
    }
  });

  it('describes the board by its seats: every statutory and NHS England seat, no people', () => {
    const text = generateConstitution(base)[0].text;
    const seats = [...text.matchAll(/^ {4}- id: ([a-z-]+)/gm)].map((m) => m[1]);
    assert.deepEqual(seats.slice(0, 11), [
      'chair',
      'chief-executive',
      'chief-finance-officer',
      'chief-medical-officer',
      'chief-nursing-officer',
      'non-executive-audit',
      'non-executive-quality',
      'non-executive-people',
      'partner-nhs-trusts',
      'partner-primary-medical-services',
      'partner-local-authorities',
    ]);
    assert.doesNotMatch(text, /^ {2}members:/m, 'no people are invented');
    for (const section of ['committees', 'places', 'clinical_and_care_professional_leadership', 'people_and_communities', 'vcse', 'conflicts_of_interest', 'appointments', 'transparency', 'public_involvement', 'documents', 'publication', 'version_control', 'plans', 'provider_collaboratives', 'joint_working', 'reservation_and_delegation', 'functions_map', 'standing_orders', 'statutory_duties', 'officers', 'health_and_wellbeing_boards']) {
      assert.match(text, new RegExp(`^${section}:`, 'm'), section);
    }
  });

  it('puts the answers where they belong', () => {
    const [constitution, partnership] = generateConstitution({ ...base, councils: [{ name: 'A County Council', type: 'county' }, { name: 'B District Council', type: 'district' }, { name: 'C, D and E Council', type: 'unitary' }], partnership: true });
    assert.match(constitution.text, /^ {2}id: nhs-example$/m);
    assert.match(constitution.text, /^ {2}name: NHS Example Integrated Care Board\b/m);
    assert.match(constitution.text, /- \{name: "C, D and E Council", type: unitary\}/);
    assert.match(constitution.text, /^ {2}- id: north\n {4}name: North$/m);
    // The local authority partner is nominated by the upper-tier councils; the partnership is established by them.
    assert.match(constitution.text, /nominated_by: \[A County Council, "C, D and E Council"\]/);
    assert.match(partnership.text, /^icb: nhs-example$/m);
    assert.match(partnership.text, /^established_by: \[icb, A County Council, "C, D and E Council"\]$/m);
    assert.doesNotMatch(partnership.text, /B District Council/);
    // A health and wellbeing board for each upper-tier council, none for a district.
    assert.match(constitution.text, /^ {2}- \{local_authority: A County Council, icb_representative: \{title: TODO\}\}\n {2}- \{local_authority: "C, D and E Council", icb_representative: \{title: TODO\}\}$/m);
  });

  it('reads the ICB\'s name, councils and places as people type them', () => {
    for (const typed of ['NHS Example ICB', 'Example', 'nhs Example integrated care board', '  NHS  Example   ICB ']) {
      assert.deepEqual(icbNames(typed), { name: 'NHS Example Integrated Care Board', id: 'nhs-example', core: 'Example' }, typed);
    }
    assert.deepEqual(icbNames(''), {});
    assert.equal(icbNames('NHS Bath & North East Somerset, Swindon and Wiltshire ICB').id, 'nhs-bath-and-north-east-somerset-swindon-and-wiltshire');
    assert.equal(slug('Côte   St. Mary'), 'cote-st-mary');
    assert.deepEqual(parseCouncils('A County Council:county; Example City Council : Unitary, Eastdale District Council'), [
      { name: 'A County Council', type: 'county' },
      { name: 'Example City Council', type: 'unitary' },
      { name: 'Eastdale District Council', type: 'district' },
    ]);
    assert.throws(() => parseCouncils('Example City Council'), (e: Error) => e instanceof AnswerError && /say what type of council "Example City Council" is: "Example City Council:unitary"/.test(e.message));
    assert.throws(() => parseCouncils('X Council:shire'), /"shire" is not a type of council/);
    assert.throws(() => parseCouncils('A County Council, a county council'), /given twice/);
    assert.deepEqual(parsePlaces(' North ,South;  East   End '), ['North', 'South', 'East End']);
    assert.throws(() => parsePlaces('North, north'), /given twice/);
    assert.throws(() => parsePlaces('!!!'), /cannot be made into an id/);
  });
});
