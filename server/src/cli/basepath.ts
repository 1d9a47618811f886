import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ConfigLoader } from '../core/config';

/** Environment variables CI systems set to the checked-out repository's folder. */
const CI_WORKSPACE_VARIABLES = ['GITHUB_WORKSPACE', 'CI_PROJECT_DIR', 'BUILD_SOURCESDIRECTORY', 'BITBUCKET_CLONE_DIR'];

function inside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** The top folder of the Git work tree around `cwd`, or undefined (no Git, not a repository, a refusal such as "dubious ownership"). */
export function gitTopLevel(cwd: string): string | undefined {
  try {
    const out = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } });
    const top = out.trim();
    return top && fs.existsSync(top) ? fs.realpathSync(top) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The folder report paths are relative to, so that annotations, SARIF and every other format name
 * files the same way wherever the command runs (GitHub, GitLab and code scanning expect paths from
 * the repository root):
 *   1. `--base-path`, when given;
 *   2. the Git work tree's top folder;
 *   3. the repository folder a CI system names (GITHUB_WORKSPACE, CI_PROJECT_DIR, …), when cwd is inside it;
 *   4. the folder of the `.ics-check.yaml` that says `root: true` (the project's own root);
 *   5. the current folder.
 * A path that ends up outside the base is printed absolute.
 */
export function findBasePath(cwd: string, env: Record<string, string | undefined>, loader: ConfigLoader, given?: string): string {
  if (given !== undefined) return path.resolve(cwd, given);
  const real = fs.existsSync(cwd) ? fs.realpathSync(cwd) : cwd;
  const top = gitTopLevel(cwd);
  if (top) return real === cwd ? top : path.join(cwd, path.relative(real, top));
  for (const name of CI_WORKSPACE_VARIABLES) {
    const dir = env[name];
    if (dir && path.isAbsolute(dir) && inside(cwd, dir)) return dir;
  }
  try {
    const root = loader.forDirectory(cwd).chain.find((c) => c.settings.root === true);
    if (root) return root.dir;
  } catch {
    // a broken configuration is reported by the run itself
  }
  return cwd;
}
