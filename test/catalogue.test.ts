import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ALL_RULES, NOT_IMPLEMENTED, checkText, expectedSeverity, ruleMarkdown, rulesIndexMarkdown, sourceProblems, type Citation } from '../server/src/core';
import { SEED_ASKS, SEEDS } from '../server/src/core/seed-asks';

/**
 * The catalogue keeps its promises: every rule is documented, cited, and severe exactly as its
 * source allows; ids are unique; the documented examples behave as documented; the generated
 * pages in docs/rules are up to date.
 */
const RULE_ID = /^ICS-[A-Z]+-\d{3}$/;
const DOCS = path.join(__dirname, '..', 'docs', 'rules');

describe('rule catalogue', () => {
  it('has unique rule ids and slugs', () => {
    const ids = ALL_RULES.map((r) => r.meta.id);
    const slugs = ALL_RULES.map((r) => r.meta.slug);
    assert.deepEqual(ids.filter((x, i) => ids.indexOf(x) !== i), [], 'duplicate ids');
    assert.deepEqual(slugs.filter((x, i) => slugs.indexOf(x) !== i), [], 'duplicate slugs');
    const notImplemented = NOT_IMPLEMENTED.map((n) => n.id);
    assert.deepEqual(notImplemented.filter((x) => ids.includes(x)), [], 'a rule is both implemented and listed as not implemented');
    assert.deepEqual(notImplemented.filter((x, i) => notImplemented.indexOf(x) !== i), [], 'a rule is listed twice as not implemented');
  });

  for (const rule of ALL_RULES) {
    const m = rule.meta;
    describe(m.id, () => {
      it('is named, documented and cited', () => {
        assert.match(m.id, RULE_ID);
        assert.match(m.slug, /^[a-z0-9]+(-[a-z0-9]+)*$/);
        for (const field of ['description', 'rationale', 'incorrect', 'correct', 'howToFix'] as const) {
          assert.ok(m.docs[field].trim().length > 0, `docs.${field} is empty`);
        }
        assert.ok(m.title.trim().length > 0 && m.section.trim().length > 0);
        assert.ok(m.citations.length > 0, 'no citation');
        for (const c of m.citations) {
          assert.ok(c.instrument && c.provision, 'a citation needs an instrument and a provision');
          assert.match(c.url, /^https:\/\//, 'a citation needs an https link');
          assert.ok(['V', 'I', 'U'].includes(c.confidence));
        }
        assert.ok(m.frameworks.length > 0 && m.appliesTo.length > 0);
      });

      it('is exactly as severe as its source allows', () => {
        assert.equal(m.severity, expectedSeverity(m), `${m.sourceKind} with confidence ${m.citations.map((c) => c.confidence).join('/')} means ${expectedSeverity(m)}`);
        if (m.citations.every((c) => c.confidence === 'U')) {
          assert.match(m.docs.description + m.docs.rationale, /source not confirmed/i, 'say "Source not confirmed" in the docs');
        }
      });

      it('rests an error on legislation that was read', () => {
        assert.deepEqual(sourceProblems(m), []);
      });

      it('documents an incorrect example that it flags and a correct one that it accepts', () => {
        const options = { profile: 'strict' as const, framework: m.frameworks[0], today: '2026-11-23' };
        const bad = checkText(`file:///docs/${m.id}/incorrect.yaml`, m.docs.incorrect, options);
        const good = checkText(`file:///docs/${m.id}/correct.yaml`, m.docs.correct, options);
        assert.deepEqual(bad.filter((f) => f.ruleId === 'internal-error' || f.ruleId === 'yaml-syntax').map((f) => f.message), []);
        assert.ok(bad.some((f) => f.ruleId === m.id), `the incorrect example does not trigger ${m.id}`);
        assert.deepEqual(bad.filter((f) => f.ruleId === 'schema').map((f) => f.message), [], 'the incorrect example shows the rule, not a schema error');
        assert.deepEqual(good.filter((f) => f.ruleId === m.id || f.ruleId === 'schema' || f.ruleId === 'yaml-syntax').map((f) => `${f.ruleId}: ${f.message}`), []);
      });

      it('has an up-to-date page in docs/rules (npm run docs)', () => {
        const file = path.join(DOCS, `${m.id}.md`);
        assert.ok(fs.existsSync(file), `docs/rules/${m.id}.md is missing: run npm run docs`);
        assert.equal(fs.readFileSync(file, 'utf8'), ruleMarkdown(rule), `docs/rules/${m.id}.md is stale: run npm run docs`);
      });
    });
  }

  describe('source check (sourceProblems)', () => {
    const unread: Citation = { instrument: 'NHS Act 2006', provision: 'section 14Z30', url: 'https://www.legislation.gov.uk/ukpga/2006/41/section/14Z30', confidence: 'U' };
    const commentary: Citation = { instrument: 'A law firm briefing', provision: 'registers of interests', url: 'https://example.com/briefing', confidence: 'V' };
    it('fails an error-severity rule that cites only sources marked unread', () => {
      const problems = sourceProblems({ id: 'ICS-TEST-001', severity: 'error', citations: [unread, { ...unread, provision: 'section 14Z29' }] });
      assert.equal(problems.length, 2);
      assert.match(problems[0], /only sources marked unread/);
    });
    it('fails an error-severity rule whose only read source is commentary, not legislation', () => {
      assert.deepEqual(
        sourceProblems({ id: 'ICS-TEST-001', severity: 'error', citations: [unread, commentary] }),
        ['ICS-TEST-001 is an error but cites no provision of legislation that was read (V or I, on legislation.gov.uk)'],
      );
    });
    it('accepts an error resting on legislation that was read, and does not apply to warnings', () => {
      assert.deepEqual(sourceProblems({ id: 'ICS-TEST-001', severity: 'error', citations: [{ ...unread, confidence: 'V' }, commentary] }), []);
      assert.deepEqual(sourceProblems({ id: 'ICS-TEST-001', severity: 'warning', citations: [unread] }), []);
    });
  });

  it('maps every ask of the seeds to rules that exist, or says why none can', () => {
    const ids = new Set(ALL_RULES.map((r) => r.meta.id));
    const seeds = new Set(SEEDS.map((s) => s.id));
    for (const a of SEED_ASKS) {
      assert.ok(a.seeds.length > 0 && a.seeds.every((s) => seeds.has(s)), `${a.ask}: names a seed that is not listed`);
      assert.deepEqual(a.rules.filter((id) => !ids.has(id)), [], `${a.ask}: names rules that do not exist`);
      if (a.rules.length === 0) assert.ok((a.note ?? '').trim().length > 10, `${a.ask}: say why no rule can check it`);
    }
    assert.deepEqual([...seeds].filter((s) => !SEED_ASKS.some((a) => a.seeds.includes(s))), [], 'every seed has its asks mapped');
    const index = fs.readFileSync(path.join(DOCS, 'README.md'), 'utf8');
    for (const a of SEED_ASKS) assert.ok(index.includes(`| ${a.ask} |`), `docs/rules/README.md lacks the ask "${a.ask}": run npm run docs`);
  });

  it('has an up-to-date index naming each rule left out and why', () => {
    const index = fs.readFileSync(path.join(DOCS, 'README.md'), 'utf8');
    assert.equal(index, rulesIndexMarkdown(ALL_RULES, NOT_IMPLEMENTED), 'docs/rules/README.md is stale: run npm run docs');
    for (const n of NOT_IMPLEMENTED) {
      assert.match(n.id, RULE_ID);
      assert.ok(n.reason.trim().length > 10, `${n.id} needs a reason`);
    }
  });
});
