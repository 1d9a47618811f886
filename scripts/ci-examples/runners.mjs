// Runs CI definitions on this machine the way their runners would, as far as that can be done
// without the hosted service: the steps' shell commands really run (bash, with the runner's
// variables and files: GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, GITHUB_WORKSPACE, the working directory,
// CI_PROJECT_DIR, $(Build.ArtifactStagingDirectory)…), `if: always()` / `when: always` /
// `condition: always()` are honoured, and what only the service can do (uploading SARIF, showing a
// report) is replaced by checking what it would receive. Each step is recorded with its outcome.
// Used by scripts/ci-examples/run.mjs (the documented workflows, in .ci/run) and by
// test/ci/action.test.ts (action.yml on the samples).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { parse } from 'yaml';

/** The environment of an inner process: none of an outer `npm run`'s npm_* variables. */
function cleanEnv(extra) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && !/^(GITHUB|RUNNER|CI_|BUILD_|SYSTEM_|AGENT_)/.test(k)));
  return { ...env, ...extra };
}

/** Runs a script as a runner's shell step would: `bash --noprofile --norc -eo pipefail FILE` (GitHub's default). */
export function bash(script, { cwd, env, flags = ['-eo', 'pipefail'], timeout = 300_000 }) {
  const dir = mkdtempSync(join(tmpdir(), 'ics-step-'));
  const file = join(dir, 'step.sh');
  writeFileSync(file, script);
  const r = spawnSync('bash', ['--noprofile', '--norc', ...flags, file], { cwd, env, encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
  rmSync(dir, { recursive: true, force: true });
  return { code: r.status ?? (r.error ? 127 : 1), stdout: r.stdout ?? '', stderr: (r.stderr ?? '') + (r.error ? String(r.error) : '') };
}

/** Parses a GITHUB_OUTPUT file: `key=value` lines and `key<<DELIMITER` blocks. */
export function parseGithubOutput(text) {
  const out = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1);
      out[heredoc[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i].includes('=')) {
      out[lines[i].slice(0, lines[i].indexOf('='))] = lines[i].slice(lines[i].indexOf('=') + 1);
    }
  }
  return out;
}

/** Replaces `${{ inputs.x }}`, `${{ steps.id.outputs.y }}`, `${{ github.workspace }}` and `${{ runner.temp }}`. */
function expand(value, ctx) {
  if (typeof value !== 'string') return value;
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr) => {
    let m;
    if ((m = /^inputs\.([\w-]+)$/.exec(expr))) return ctx.inputs?.[m[1]] ?? '';
    if ((m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr))) return ctx.steps?.[m[1]]?.outputs?.[m[2]] ?? '';
    if (expr === 'github.workspace') return ctx.workspace;
    if (expr === 'runner.temp') return ctx.runnerTemp;
    throw new Error(`the local runner does not evaluate \${{ ${expr} }}`);
  });
}

function githubContext(workspace) {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'ics-runner-'));
  const summary = join(runnerTemp, 'step_summary.md');
  writeFileSync(summary, '');
  return { workspace, runnerTemp, summary, steps: {} };
}

function githubEnv(ctx, extra) {
  return cleanEnv({
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ctx.workspace,
    GITHUB_STEP_SUMMARY: ctx.summary,
    RUNNER_TEMP: ctx.runnerTemp,
    RUNNER_OS: 'Linux',
    ...extra,
  });
}

/**
 * Runs a composite action (action.yml in `actionDir`) with the given inputs, as a step of a job
 * whose workspace is `workspace`. Returns { code, stdout, stderr, outputs, summary }.
 */
export function runCompositeAction(actionDir, withInputs, ctx) {
  const action = parse(readFileSync(join(actionDir, 'action.yml'), 'utf8'));
  if (action.runs?.using !== 'composite') throw new Error(`${actionDir}/action.yml: the local runner runs composite actions only`);
  const inputs = {};
  for (const [name, spec] of Object.entries(action.inputs ?? {})) inputs[name] = String(withInputs?.[name] ?? spec.default ?? '');
  for (const name of Object.keys(withInputs ?? {})) if (!(name in inputs)) throw new Error(`action.yml has no input "${name}"`);
  const inner = { ...ctx, inputs, steps: {} };
  let stdout = '';
  let stderr = '';
  let code = 0;
  for (const step of action.runs.steps) {
    if (!step.run) throw new Error('the local runner runs `run:` steps of composite actions only');
    if (!step.shell) throw new Error('a composite action step must name its shell (GitHub requires it)');
    const outputFile = join(ctx.runnerTemp, `output-${Math.random().toString(36).slice(2)}`);
    writeFileSync(outputFile, '');
    const env = githubEnv(ctx, { GITHUB_ACTION_PATH: actionDir, GITHUB_OUTPUT: outputFile });
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = expand(String(v), inner);
    const wd = expand(step['working-directory'] ?? '.', inner);
    const r = bash(expand(step.run, inner), { cwd: resolve(ctx.workspace, wd), env });
    stdout += r.stdout;
    stderr += r.stderr;
    if (step.id) inner.steps[step.id] = { outputs: parseGithubOutput(readFileSync(outputFile, 'utf8')) };
    if (r.code !== 0) {
      code = r.code;
      break;
    }
  }
  const outputs = {};
  for (const [name, spec] of Object.entries(action.outputs ?? {})) outputs[name] = expand(spec.value, inner);
  return { code, stdout, stderr, outputs, summary: readFileSync(ctx.summary, 'utf8') };
}

export { githubContext };

/**
 * Runs every job of a GitHub workflow in `workspace` (already checked out). `actions` maps a `uses:`
 * prefix to a local action folder (our own action). Returns { steps: [{ name, outcome, note, ... }], ctx }.
 */
export function runGithubWorkflow(text, workspace, { actions = {} } = {}) {
  const wf = parse(text);
  const log = [];
  const ctx = githubContext(workspace);
  for (const [jobName, job] of Object.entries(wf.jobs)) {
    let failed = false;
    for (const [i, step] of job.steps.entries()) {
      const name = step.name ?? step.uses ?? step.run?.split('\n')[0] ?? `step ${i + 1}`;
      const condition = String(step.if ?? 'success()');
      if (failed && !/always\(\)|failure\(\)/.test(condition)) {
        log.push({ job: jobName, name, outcome: 'skipped' });
        continue;
      }
      let result;
      const uses = step.uses ?? '';
      const local = Object.keys(actions).find((prefix) => uses.startsWith(prefix));
      if (local) {
        result = runCompositeAction(actions[local], step.with ?? {}, ctx);
        if (step.id) ctx.steps[step.id] = { outputs: result.outputs };
      } else if (uses.startsWith('actions/checkout@')) {
        result = { code: 0, note: 'the scratch repository is the checkout' };
      } else if (uses.startsWith('actions/setup-node@')) {
        result = { code: 0, note: `this machine's Node.js ${process.version} stands in for setup-node` };
      } else if (uses.startsWith('github/codeql-action/upload-sarif@')) {
        const file = resolve(workspace, expand(step.with?.sarif_file ?? '', ctx));
        const problem = sarifProblem(file);
        result = { code: problem ? 1 : 0, note: problem ?? `${step.with.sarif_file} is SARIF 2.1.0 with results: ready to upload (uploading needs GitHub code scanning)` };
      } else if (step.run) {
        const outputFile = join(ctx.runnerTemp, `output-${i}`);
        writeFileSync(outputFile, '');
        const env = githubEnv(ctx, { GITHUB_OUTPUT: outputFile });
        for (const [k, v] of Object.entries({ ...wf.env, ...job.env, ...step.env })) env[k] = expand(String(v), ctx);
        result = bash(expand(step.run, ctx), { cwd: resolve(workspace, step['working-directory'] ?? job.defaults?.run?.['working-directory'] ?? '.'), env });
        if (step.id) ctx.steps[step.id] = { outputs: parseGithubOutput(readFileSync(outputFile, 'utf8')) };
      } else {
        throw new Error(`the local runner cannot run ${uses}`);
      }
      const ok = result.code === 0 || step['continue-on-error'] === true;
      log.push({ job: jobName, name, outcome: result.code === 0 ? 'success' : ok ? 'failure (continue-on-error)' : 'failure', ...result });
      if (!ok) failed = true;
    }
  }
  return { steps: log, summary: readFileSync(ctx.summary, 'utf8'), ctx };
}

/** Why a file is not a SARIF log that code scanning would take, or undefined. */
export function sarifProblem(file) {
  if (!existsSync(file)) return `${file} does not exist`;
  try {
    const log = JSON.parse(readFileSync(file, 'utf8'));
    if (log.version !== '2.1.0') return `${file}: version ${log.version}`;
    if (!Array.isArray(log.runs) || !log.runs[0]?.tool?.driver?.name) return `${file}: no runs[0].tool.driver`;
    return undefined;
  } catch (err) {
    return `${file}: ${err.message}`;
  }
}

/**
 * Runs one job of a .gitlab-ci.yml: its `before_script` and `script` lines in one shell (as GitLab's
 * shell executor does, stopping at the first failing line), with CI_PROJECT_DIR, then checks the
 * `artifacts: reports:` files GitLab would collect (`when: always` collects them after a failure).
 */
export function runGitlabJob(text, jobName, workspace) {
  const job = parse(text)[jobName];
  if (!job) throw new Error(`no job ${jobName}`);
  const lines = [...(job.before_script ?? []), ...job.script];
  const env = cleanEnv({ CI: 'true', GITLAB_CI: 'true', CI_PROJECT_DIR: workspace, CI_JOB_NAME: jobName, ...job.variables });
  const r = bash(lines.join('\n'), { cwd: workspace, env });
  const reports = {};
  const when = job.artifacts?.when ?? 'on_success';
  if (r.code === 0 || when === 'always' || when === 'on_failure') {
    for (const [kind, p] of Object.entries(job.artifacts?.reports ?? {})) reports[kind] = { path: p, exists: existsSync(join(workspace, p)), text: existsSync(join(workspace, p)) ? readFileSync(join(workspace, p), 'utf8') : undefined };
  }
  return { ...r, reports, image: job.image };
}

/**
 * Runs the steps of an azure-pipelines.yml: each `script:` in bash (Azure's default on Linux: no -e,
 * the step fails on the last command's exit code), `$(Build.ArtifactStagingDirectory)` and the
 * other macros replaced, BUILD_* variables set; `task: PublishTestResults@2` checks the result files
 * it would publish. `condition: always()` runs a step after a failure.
 */
export function runAzureSteps(text, workspace) {
  const pipeline = parse(text);
  const staging = mkdtempSync(join(tmpdir(), 'ics-azure-staging-'));
  const macros = { 'Build.ArtifactStagingDirectory': staging, 'Build.SourcesDirectory': workspace, 'System.DefaultWorkingDirectory': workspace };
  const macro = (s) => String(s).replace(/\$\(([\w.]+)\)/g, (whole, name) => macros[name] ?? whole);
  const env = cleanEnv({ TF_BUILD: 'True', BUILD_ARTIFACTSTAGINGDIRECTORY: staging, BUILD_SOURCESDIRECTORY: workspace, SYSTEM_DEFAULTWORKINGDIRECTORY: workspace });
  const log = [];
  let failed = false;
  for (const step of pipeline.steps) {
    const name = step.displayName ?? step.script ?? step.task;
    if (failed && !/always\(\)|failed\(\)/.test(String(step.condition ?? ''))) {
      log.push({ name, outcome: 'skipped' });
      continue;
    }
    let result;
    if (step.script !== undefined) {
      result = bash(macro(step.script), { cwd: workspace, env, flags: [] });
    } else if (String(step.task).startsWith('PublishTestResults@')) {
      const file = macro(step.inputs.testResultsFiles);
      const full = isAbsolute(file) ? file : join(workspace, file);
      const xml = existsSync(full) ? readFileSync(full, 'utf8') : '';
      const ok = step.inputs.testResultsFormat === 'JUnit' && /<testsuites[\s>]/.test(xml) && /<testcase /.test(xml);
      result = { code: ok ? 0 : 1, note: ok ? `${file} is a JUnit report with test cases: ready to publish (publishing needs Azure DevOps)` : `${file} is missing or not JUnit` };
    } else {
      throw new Error(`the local runner cannot run task ${step.task}`);
    }
    log.push({ name, outcome: result.code === 0 ? 'success' : 'failure', ...result });
    if (result.code !== 0) failed = true;
  }
  return { steps: log, staging };
}

export function ensureDir(dir) {
  mkdirSync(dir, { recursive: true });
  return dir;
}
