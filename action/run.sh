#!/usr/bin/env bash
# The step of action.yml. Runs the bundled CLI (dist/cli.js of the action's own checkout: release
# tags carry dist/, see docs/cli.md "Publishing"; a checkout without it uses the npm package of the
# same version) with:
#   -f github            on standard output, which GitHub reads as annotations
#   -f markdown          appended to $GITHUB_STEP_SUMMARY (every finding)
#   -f sarif             to the `sarif` input's path, for code scanning
#   -f json              read here for the step's outputs (errors, warnings)
# and ends with the CLI's exit code. Inputs come in ICS_* variables (action.yml maps them).
set -uo pipefail
set -f # never expand the globs of the `files` input here: the CLI matches them itself

action_path=${GITHUB_ACTION_PATH:?this runs as a step of action.yml}
tmp=${RUNNER_TEMP:-${TMPDIR:-/tmp}}/ics-check.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT

cli="$action_path/dist/cli.js"
if [ ! -f "$cli" ]; then
  version=$(node -p "require('$action_path/package.json').version")
  echo "::group::Installing ics-constitution-checker@$version (this checkout of the action has no dist/)"
  npm install --no-save --ignore-scripts --no-audit --no-fund --prefix "$tmp/pkg" "ics-constitution-checker@$version" || exit 2
  echo "::endgroup::"
  cli="$tmp/pkg/node_modules/ics-constitution-checker/dist/cli.js"
fi

args=(-f github --max-annotations "${ICS_MAX_ANNOTATIONS:-10}" -f json -o "$tmp/report.json" -f markdown -o "$tmp/summary.md")
[ -n "${ICS_SARIF:-}" ] && args+=(-f sarif -o "$ICS_SARIF")
[ -n "${ICS_PROFILE:-}" ] && args+=(--profile "$ICS_PROFILE")
[ -n "${ICS_FRAMEWORK:-}" ] && args+=(--framework "$ICS_FRAMEWORK")
[ -n "${ICS_CONFIG:-}" ] && args+=(--config "$ICS_CONFIG")
args+=(--fail-on "${ICS_FAIL_ON:-error}" --max-warnings "${ICS_MAX_WARNINGS:--1}")
files=()
while read -r -a line; do files+=("${line[@]}"); done <<< "${ICS_FILES:-}"
[ "${#files[@]}" -gt 0 ] && args+=(-- "${files[@]}")

node "$cli" "${args[@]}"
code=$?

errors=0 warnings=0
if [ -s "$tmp/report.json" ]; then
  read -r errors warnings < <(node -e "const s=require(process.argv[1]).summary; console.log(s.error, s.warning)" "$tmp/report.json")
fi
if [ "${ICS_SUMMARY:-true}" = true ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ] && [ -s "$tmp/summary.md" ]; then
  cat "$tmp/summary.md" >> "$GITHUB_STEP_SUMMARY"
fi
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  sarif=""
  [ -n "${ICS_SARIF:-}" ] && [ -f "$ICS_SARIF" ] && sarif=$ICS_SARIF
  { echo "exit-code=$code"; echo "errors=$errors"; echo "warnings=$warnings"; echo "sarif=$sarif"; } >> "$GITHUB_OUTPUT"
fi
exit "$code"
