#!/bin/sh
# Neovim 0.7 (Debian) as a real LSP client: open every seed report headless, then compare
# the diagnostics and document symbols it received with checkText's. Non-zero on mismatch.
set -eu
cd "$(dirname "$0")/.."
if ! command -v nvim >/dev/null 2>&1; then
  echo "Installing neovim with apt-get…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq neovim >/dev/null
fi
[ -f dist/server.js ] || node esbuild.mjs
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The seeds in a workspace of their own: the server's previous-year lookup scans the whole
# workspace folder, and the repository may hold other reports (examples, a bench corpus).
mkdir "$tmp/workspace"
cp test/fixtures/real/[0-9][0-9][0-9]_*.txt "$tmp/workspace/"
rm -f "$tmp/workspace/"*.expected.txt
files=$(ls "$tmp/workspace/"*.txt | tr '\n' ':')
out="$tmp/nvim-result.json"
mkdir "$tmp/home"
# Neovim writes into $HOME (shada, logs): keep it in a fresh temp dir.
repo=$PWD
(cd "$tmp/workspace" && HOME="$tmp/home" SERVER="$repo/dist/server.js" FILES="$files" OUT="$out" \
  timeout 300 nvim --headless --clean -u "$repo/test/nvim/lsp-check.lua")
node --import tsx test/nvim/compare.ts "$out"
