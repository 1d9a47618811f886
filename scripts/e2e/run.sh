#!/usr/bin/env bash
# `npm run test:e2e`: the extension proven in real editors, end to end.
#   setup    scripts/e2e/setup.sh (idempotent: reuses $ICS_E2E_CACHE/real-clients)
#   build    npm run build + the e2e bundles (scripts/e2e/build.mjs -> out/e2e)
#   package  npm run package (@vscode/vsce) -> out/ics-constitution-checker.vsix, contents checked
#   exthost  mocha suite inside VS Code's real extension host (code-server 4.139.1 = VS Code 1.139.1),
#            launched by @vscode/test-electron runTests({ vscodeExecutablePath: shim })
#   ui       Playwright + Debian Chromium drive code-server's workbench like a person, with the
#            .vsix from `package` installed by `code-server --install-extension`
#   report   the reviewer's report (ics-check -f html) in Chromium: no request but itself, screenshots,
#            printed to A4 PDF and PNG; the rendered constitution (.docx) converted by LibreOffice
#   neovim   Neovim 0.7 headless, built-in LSP client, `node dist/server.js --stdio`
#   emacs    Emacs 28 batch + Eglot 1.9, same server
# Adapted from the real-editor recipe (../shared/real-editor/run-all.sh); nothing here uses that folder.
#
# Everything binds to 127.0.0.1. Each step runs in its own process group (setsid); code-server and
# Chromium run in their own groups too and are recorded in a file; all of them are killed when the
# step ends and again on exit. Logs and screenshots: test-results/e2e/.
# The last line is exactly "N passed, N failed"; the exit code is non-zero if anything failed.
#   ICS_E2E_ONLY="exthost ui"   run a subset of the steps (setup/build/package run when needed)
#   ICS_E2E_SKIP_SETUP=1        skip the setup step (tools already installed)
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
export ICS_E2E_CACHE=${ICS_E2E_CACHE:-$HOME/.cache/ics-e2e}
RESULTS="$ROOT/test-results/e2e"
LOGS="$RESULTS/logs"
VSIX="$ROOT/out/ics-constitution-checker.vsix"
STEPS_ALL="setup build package exthost ui report neovim emacs"
ONLY=${ICS_E2E_ONLY:-$STEPS_ALL}
rm -rf "$RESULTS"; mkdir -p "$LOGS"
export ICS_E2E_PGID_FILE="$RESULTS/.pgids"; : > "$ICS_E2E_PGID_FILE"
export ICS_E2E_RESULTS="$RESULTS"
PASS=0 FAIL=0 T_ALL=$SECONDS
declare -A OK=()
CURRENT=""

kill_groups() {
  local g
  [ -n "$CURRENT" ] && { kill -TERM -- "-$CURRENT" 2>/dev/null; }
  while read -r g; do [ -n "$g" ] && kill -TERM -- "-$g" 2>/dev/null; done < "$ICS_E2E_PGID_FILE"
  sleep 0.5
  [ -n "$CURRENT" ] && { kill -KILL -- "-$CURRENT" 2>/dev/null; }
  while read -r g; do [ -n "$g" ] && kill -KILL -- "-$g" 2>/dev/null; done < "$ICS_E2E_PGID_FILE"
  : > "$ICS_E2E_PGID_FILE"
}
trap 'kill_groups' EXIT
trap 'echo "interrupted"; kill_groups; exit 130' INT TERM

want() { [[ " $ONLY " == *" $1 "* ]]; }
# run NAME TIMEOUT_S COMMAND...: in a new session/process group, output to the step's log
run() {
  local name=$1 limit=$2; shift 2; local t0=$SECONDS rc
  echo "=== $name"
  setsid timeout --kill-after=10 "$limit" "$@" > "$LOGS/$name.log" 2>&1 < /dev/null &
  CURRENT=$!
  wait "$CURRENT"; rc=$?
  kill_groups; CURRENT=""
  sed 's/^/    /' "$LOGS/$name.log" | tail -n "${ICS_E2E_TAIL:-30}"
  if [ "$rc" -eq 0 ]; then PASS=$((PASS + 1)); OK[$name]=1; echo "ok   $name ($((SECONDS - t0))s)"
  else FAIL=$((FAIL + 1)); echo "FAIL $name ($((SECONDS - t0))s, exit $rc, log test-results/e2e/logs/$name.log)"; fi
}
# a step that cannot run because one it needs failed is a failure, never a skip
blocked() { echo "=== $1"; echo "FAIL $1 (not run: $2 failed)"; FAIL=$((FAIL + 1)); }
needs() { local s; for s in "$@"; do [ -n "${OK[$s]:-}" ] || { echo "$s"; return 1; }; done; }

# a fresh copy of the samples for an editor to change, outside the repository (so no
# .ics-check.yaml of the checkout is found by walking up from it); kept only if a step failed
WORK=$(mktemp -d "${TMPDIR:-/tmp}/ics-e2e.XXXXXX")
fresh_ws() { local ws="$WORK/workspace-$1"; rm -rf "$ws"; mkdir -p "$ws"
  cp -r "$ROOT/samples" "$ws/samples"; cp -r "$ROOT/test/e2e/fixtures" "$ws/other"; echo "$ws"; }

if [ "${ICS_E2E_SKIP_SETUP:-}" = 1 ]; then OK[setup]=1; else run setup 1800 bash scripts/e2e/setup.sh; fi
run build 600 bash -c 'npm run build && node scripts/e2e/build.mjs'
if want package || want ui; then
  if b=$(needs build); then run package 300 bash -c "npm run package && node scripts/e2e/check-vsix.mjs '$VSIX'"
  else blocked package "$b"; fi
fi

if want exthost; then
  if b=$(needs setup build); then run exthost 600 env ICS_E2E_WORKSPACE="$(fresh_ws exthost)" node out/e2e/runTest.js; else blocked exthost "$b"; fi
fi
if want ui; then
  if b=$(needs setup package); then
    run ui 600 node out/e2e/ui/ui-test.js --vsix "$VSIX" --workspace "$(fresh_ws ui)" --shots "$RESULTS/screenshots"
  else blocked ui "$b"; fi
fi
if want report; then
  if b=$(needs setup build); then
    run report 300 node out/e2e/ui/report-test.js --cli "$ROOT/dist/cli.js" --workspace "$(fresh_ws report)" --shots "$RESULTS/screenshots"
  else blocked report "$b"; fi
fi
# Neovim and Emacs fix the quickFix finding of test/e2e/expectations.json
q() { node -p "require('./test/e2e/expectations.json').quickFix.$1"; }
QF_ENV=(ICS_SERVER="$ROOT/dist/server.js" ICS_RULE="$(q rule)" ICS_FIX_TITLE="$(q title)"
  ICS_LINE_BEFORE="$(q lineContains)" ICS_LINE_AFTER="$(q lineAfter)")
QF_FILE=$(q file)
if want neovim; then
  if b=$(needs setup build); then
    WS=$(fresh_ws neovim)
    run neovim 180 env -C "$WS" "${QF_ENV[@]}" nvim --headless -u "$ROOT/test/e2e/nvim/lsp-test.lua" -i NONE -n "$QF_FILE"
  else blocked neovim "$b"; fi
fi
if want emacs; then
  if b=$(needs setup build); then
    WS=$(fresh_ws emacs)
    run emacs 180 env -C "$WS" "${QF_ENV[@]}" emacs --batch -l "$ROOT/test/e2e/emacs/eglot-test.el" "$QF_FILE"
  else blocked emacs "$b"; fi
fi

if [ "$FAIL" -eq 0 ]; then rm -rf "$WORK"; else echo "the workspaces the editors changed: $WORK"; fi
echo "logs and screenshots: test-results/e2e/ (total $((SECONDS - T_ALL))s)"
echo "$PASS passed, $FAIL failed"
[ "$FAIL" -eq 0 ]
