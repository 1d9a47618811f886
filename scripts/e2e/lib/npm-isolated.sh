#!/usr/bin/env bash
# npm-isolated.sh COMMAND [ARGS...]: runs COMMAND without the environment an enclosing `npm run`
# exports to its children.
#
# `npm run test:e2e` (and `.ci/run`, which calls npm) exports npm_config_* for every setting of the
# calling npm, including npm_config_user_agent ("npm/11 node/v20 ..."), plus npm_package_*,
# npm_lifecycle_*, npm_execpath, npm_node_execpath, NODE and INIT_CWD. A nested `npm install` reads
# npm_config_* as its own configuration, so it reports the *caller's* Node in its user agent:
# code-server's postinstall reads the Node version from there and refuses to install on a fresh
# machine ("requires node v24 ... you are on node v20"). So every one of those variables is dropped,
# except the settings that say where packages come from and go (registry, cache, proxies,
# certificates, user and global config files), which a nested install must honour like any other.
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: npm-isolated.sh COMMAND [ARGS...]" >&2; exit 2; }
keep=" npm_config_registry npm_config_cache npm_config_userconfig npm_config_globalconfig npm_config_proxy npm_config_https_proxy npm_config_noproxy npm_config_strict_ssl npm_config_cafile npm_config_ca npm_config_offline npm_config_prefer_offline "
unset_args=()
while IFS= read -r name; do
  case "$name" in
    npm_*|NODE|INIT_CWD) [[ "$keep" == *" $name "* ]] || unset_args+=(-u "$name") ;;
  esac
done < <(compgen -e)
exec env "${unset_args[@]}" "$@"
