// The survivors issue 14 named, each applied by hand to a copy of the project, with the tests that
// must now catch it. Exit 1 when a test run passes with one of them in place (the bug would ship).
//   node stryker/named.mjs            every named survivor
//   node stryker/named.mjs waiver     those whose name contains "waiver"
// Each mutation must match its file exactly once (else the entry is out of date: exit 2). The copy
// is made under os.tmpdir() with node_modules linked; the working tree is never written.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.resolve(new URL("..", import.meta.url).pathname);
const T = {
  waivers: ["test/config/**/*.test.ts"],
  fix: [
    "test/config/fix.test.ts",
    "test/config/fix-choose.test.ts",
    "test/cli/fix.test.ts",
  ],
  rules: ["test/rules/**/*.test.ts"],
  schema: ["test/schema/**/*.test.ts", "test/schemas.test.ts"],
  args: ["test/cli/args.test.ts"],
};
const S = "server/src/core/suppressions.ts";
const F = "server/src/core/fix.ts";
const V = "server/src/core/schema/validate.ts";
const A = "server/src/cli/args.ts";
const ARR = "server/src/core/rules/statutory/arrangement.ts";

/** [what the issue named, file, text, replacement, tests] */
export const NAMED = [
  [
    "waiver: one directive hides every finding of the file (the filter on rule and line removed)",
    S,
    "f.ruleId === id && f.range.start.line >= s.targetLine && f.range.start.line <= to",
    "true",
    T.waivers,
  ],
  [
    "waiver: the filter on the line alone removed",
    S,
    "f.ruleId === id && f.range.start.line >= s.targetLine && f.range.start.line <= to",
    "f.ruleId === id",
    T.waivers,
  ],
  [
    "waiver: every valid waiver reported as expired",
    S,
    "return s.expires !== undefined && DATE.test(s.expires) && s.expires < today;",
    "return true;",
    T.waivers,
  ],
  [
    "waiver: a `TODO: reason` placeholder counts as a reason",
    S,
    "out.reason = reason && !/^TODO\\b/i.test(reason) ? reason : undefined;",
    "out.reason = reason ? reason : undefined;",
    T.waivers,
  ],
  [
    "waiver: disable-next-line applies to the very next line, even a blank or a comment",
    S,
    "if (t !== '' && !t.startsWith('#')) return l;",
    "return l;",
    T.waivers,
  ],
  [
    'waiver: the "not a rule" warning never runs',
    S,
    "const unknown = s.ruleIds.filter((id) => !knownRuleIds.has(id));",
    "const unknown = s.ruleIds.filter((id) => false);",
    T.waivers,
  ],
  [
    "--fix: safe fixes of other files' findings applied at this file's offsets (per-file filter removed)",
    F,
    "engineOptions).filter((f) => f.uri === uri)",
    "engineOptions)",
    T.fix,
  ],
  [
    "--fix: a fix whose own edits overlap is applied",
    F,
    "if (spans.some((s, i) => spans.some((t, j) => i !== j && overlaps(s, t)))) continue;",
    "",
    T.fix,
  ],
  [
    "--fix: partly overlapping fixes both applied",
    F,
    "return a1 < b2 && b1 < a2;",
    "return false;",
    T.fix,
  ],
  [
    "--fix: two inserts at one place both applied",
    F,
    "if (a1 === b1) return true;",
    "",
    T.fix,
  ],
  [
    'safe flag: the fix "say who appoints" no longer safe (what --fix writes unattended)',
    ARR,
    "fix(`Say that ${appointer(law.by)} ${spec.verb} ${spec.subject}`, true,",
    "fix(`Say that ${appointer(law.by)} ${spec.verb} ${spec.subject}`, false,",
    T.rules,
  ],
  [
    "ICS-APPT-001..003: which framework is the law in force inverted",
    ARR,
    "const inForce = spec.law['hca-2022'];",
    "const inForce = spec.law['health-bill-2026'];",
    T.rules,
  ],
  [
    "ICS-APPT-001..003: the transitional branch taken under the law in force",
    ARR,
    "const viaTransitional = ctx.framework !== 'hca-2022' && !view.transitional;",
    "const viaTransitional = ctx.framework === 'hca-2022' && !view.transitional;",
    T.rules,
  ],
  [
    'ICS-APPT-001..003: the "who appoints" branch (no `by:`) never runs',
    ARR,
    "if (!by) {",
    "if (false) {",
    T.rules,
  ],
  [
    "ICS-BOARD-003: the fix adds five placeholder members instead of the missing ones",
    "server/src/core/rules/statutory/ics-board-003.ts",
    "for (let i = 0; i < missing; i++) {",
    "for (let i = 0; i < 5; i++) {",
    T.rules,
  ],
  [
    "ICS-BOARD-003: the message states the wrong count",
    "server/src/core/rules/statutory/ics-board-003.ts",
    "add ${missing} more",
    "add ${missing + 1} more",
    T.rules,
  ],
  [
    "ICS-EXEC-001..003: the finding no longer points at the member with the wrong role",
    "server/src/core/rules/board/executive-seat.ts",
    "at: roleAnchor(p),",
    "at: boardAnchor(ctx),",
    T.rules,
  ],
  [
    "ICS-PLACE-002: the fixes lost",
    "server/src/core/rules/place/ics-place-002.ts",
    "fixes: fixes.length > 0 ? fixes : undefined,",
    "fixes: undefined,",
    T.rules,
  ],
  [
    "ICS-PLACE-004: the fix lost",
    "server/src/core/rules/place/ics-place-004.ts",
    "fixes: edit ? [{ title: 'Report to the ICB board",
    "fixes: false ? [{ title: 'Report to the ICB board",
    T.rules,
  ],
  [
    'schema: "did you mean" offered however far the value is',
    V,
    "return bestDistance <= limit ? best : undefined;",
    "return best;",
    T.schema,
  ],
  [
    "schema: the minItems message loses its count",
    V,
    "needs at least ${(e.params as { limit: number }).limit} item(s).",
    "needs more items.",
    T.schema,
  ],
  [
    "schema: the minLength message emptied",
    V,
    "must not be empty.` };",
    "` };",
    T.schema,
  ],
  [
    "schema: minimum read as maximum",
    V,
    "minimum: 'at least'",
    "minimum: 'at most'",
    T.schema,
  ],
  [
    "schema: the oneOf/anyOf message emptied",
    V,
    "does not match any of the forms the format allows.",
    "",
    T.schema,
  ],
  [
    "schema: the pattern fallback message emptied",
    V,
    "return `in the expected form (${pattern})`;",
    "return '';",
    T.schema,
  ],
  [
    "CLI: --opt=value not read",
    A,
    "if (arg.startsWith('--') && eq > 0) {",
    "if (false) {",
    T.args,
  ],
  [
    "CLI: --max-warnings 5x accepted (as NaN: the threshold silently off)",
    A,
    "if (!/^\\d+$/.test(v)) throw new UsageError(`${name} must be a whole number",
    "if (!/\\d+/.test(v)) throw new UsageError(`${name} must be a whole number",
    T.args,
  ],
  [
    "CLI: --today 23/11/2026 accepted",
    A,
    "if (!/^\\d{4}-\\d{2}-\\d{2}$/.test(v)) throw",
    "if (false) throw",
    T.args,
  ],
];

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv[2]);

function main(filter) {
  const chosen = NAMED.filter(([what]) => !filter || what.includes(filter));
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), "ics-named-"));
  try {
    const skip = new Set([
      "node_modules",
      ".git",
      ".stryker-tmp",
      "reports",
      ".e2e-cache",
      ".vscode-test",
      "test-results",
    ]);
    for (const entry of fs.readdirSync(ROOT))
      if (!skip.has(entry))
        fs.cpSync(path.join(ROOT, entry), path.join(copy, entry), {
          recursive: true,
        });
    fs.symlinkSync(
      path.join(ROOT, "node_modules"),
      path.join(copy, "node_modules"),
    );
    let escaped = 0;
    for (const [what, file, from, to, tests] of chosen) {
      const target = path.join(copy, file);
      const original = fs.readFileSync(target, "utf8");
      const at = original.split(from).length - 1;
      if (at !== 1) {
        console.log(
          `OUT OF DATE  ${what}: the text is found ${at} times in ${file}`,
        );
        process.exitCode = 2;
        continue;
      }
      fs.writeFileSync(
        target,
        original.replace(from, () => to),
      );
      const run = spawnSync(
        process.execPath,
        [
          path.join(ROOT, "node_modules/mocha/bin/mocha.js"),
          "--no-config",
          "-r",
          "tsx/cjs",
          "--timeout",
          "60000",
          "--reporter",
          "dot",
          ...tests,
        ],
        {
          cwd: copy,
          encoding: "utf8",
          env: { ...process.env, GIT_CEILING_DIRECTORIES: path.dirname(copy) },
        },
      );
      fs.writeFileSync(target, original);
      const failing = /(\d+) failing/.exec(run.stdout)?.[1];
      if (run.status === 0) {
        escaped++;
        console.log(`SURVIVES     ${what}`);
      } else if (!failing) {
        // Not a test failing: the mutated code did not load (a compile error), which proves nothing.
        console.log(
          `NOT RUN      ${what}: exit ${run.status} without a failing test\n${run.stderr.slice(0, 2000)}`,
        );
        process.exitCode = 2;
      } else
        console.log(
          `caught       ${what}: ${failing} failing test(s) in ${tests.join(" ")}`,
        );
    }
    console.log(
      `${chosen.length - escaped} of ${chosen.length} named survivors caught`,
    );
    if (escaped > 0) process.exitCode = 1;
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
}
