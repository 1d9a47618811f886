// The files mutation testing is measured on, by set. `node stryker/sets.mjs issue` prints a set as
// Stryker's --mutate takes it: `npx stryker run --mutate "$(node stryker/sets.mjs issue)"`.

/** Run by .ci/run (stryker.ci.config.mjs): what a waiver hides, what --fix writes, schema messages, the CLI. */
export const CI = ['server/src/core/suppressions.ts', 'server/src/core/fix.ts', 'server/src/core/schema/validate.ts', 'server/src/cli/args.ts'];

/** The tests the CI subset is measured with: waivers and fixes (test/config), the CLI, the schema messages. */
export const CI_TESTS = ['test/config/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/schema/**/*.test.ts', 'test/schemas.test.ts'];

/** The 13 files of issue 14's first measurement, with the shared rule helpers. */
export const ISSUE = [
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
  // shared rule helpers
  'server/src/core/rules/framework.ts',
  'server/src/core/rules/positions.ts',
  'server/src/core/rules/statutory/single-position.ts',
  'server/src/core/rules/board/util.ts',
  'server/src/core/rules/board/organisations.ts',
  'server/src/core/rules/board/partners.ts',
  'server/src/core/rules/board/registration.ts',
  'server/src/core/rules/board/required-list.ts',
  'server/src/core/rules/statutory/helpers.ts',
  'server/src/core/rules/statutory/partner.ts',
  'server/src/core/rules/committees/helpers.ts',
  'server/src/core/rules/icp/shared.ts',
  'server/src/core/rules/ccpl/shared.ts',
  'server/src/core/rules/ccpl/principles.ts',
  'server/src/core/rules/people/shared.ts',
  'server/src/core/rules/place/system.ts',
  'server/src/core/rules/review/people.ts',
];

const SETS = { ci: CI, issue: ISSUE };

if (import.meta.url === `file://${process.argv[1]}`) {
  const set = SETS[process.argv[2]];
  if (!set) {
    console.error(`usage: node stryker/sets.mjs ${Object.keys(SETS).join('|')}`);
    process.exit(2);
  }
  console.log(set.join(','));
}
