import * as fs from 'node:fs';

// The files mutation testing is measured on, by set. `node stryker/sets.mjs issue` prints a set as
// Stryker's --mutate takes it: `npx stryker run --mutate "$(node stryker/sets.mjs issue)"`.

/** Run by .ci/run (stryker.ci.config.mjs): what a waiver hides, what --fix writes, schema messages, the CLI. */
export const CI = ['server/src/core/suppressions.ts', 'server/src/core/fix.ts', 'server/src/core/schema/validate.ts', 'server/src/cli/args.ts'];

/** The tests the CI subset is measured with: waivers and fixes (test/config), the CLI, the schema messages. */
export const CI_TESTS = ['test/config/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/schema/**/*.test.ts', 'test/schemas.test.ts'];

/**
 * Every shared helper module of the rules and the model: each `.ts` under `server/src/core/rules/`
 * and `server/src/core/model/` that is not a rule module (`ics-*.ts`), a barrel (`index.ts`) or a
 * table of citations (`*citations.ts`, data). Read from the tree, so a new helper is measured too.
 */
export const HELPERS = ['server/src/core/rules', 'server/src/core/model']
  .flatMap((dir) =>
    fs
      .readdirSync(new URL(`../${dir}`, import.meta.url), { recursive: true })
      .map((f) => `${dir}/${String(f).replace(/\\/g, '/')}`),
  )
  .filter((f) => f.endsWith('.ts') && !/\/(ics-[^/]*|index|[^/]*citations)\.ts$/.test(f))
  .sort();

/** The 13 files of issue 14's first measurement, with every shared rule and model helper. */
export const ISSUE = [
  ...new Set([
    ...CI,
    'server/src/core/rules/board/ics-exec-002.ts',
    'server/src/core/rules/board/ics-ned-001.ts',
    'server/src/core/rules/place/ics-place-002.ts',
    'server/src/core/rules/place/ics-place-004.ts',
    'server/src/core/rules/statutory/ics-appt-005.ts',
    'server/src/core/rules/statutory/ics-board-003.ts',
    'server/src/core/rules/board/designation.ts',
    'server/src/core/rules/board/executive-seat.ts',
    'server/src/core/rules/statutory/arrangement.ts',
    ...HELPERS,
  ]),
];

const SETS = { ci: CI, helpers: HELPERS, issue: ISSUE };

if (import.meta.url === `file://${process.argv[1]}`) {
  const set = SETS[process.argv[2]];
  if (!set) {
    console.error(`usage: node stryker/sets.mjs ${Object.keys(SETS).join('|')}`);
    process.exit(2);
  }
  console.log(set.join(','));
}
