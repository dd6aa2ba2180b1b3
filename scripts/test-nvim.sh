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
files=$(ls test/fixtures/real/[0-9][0-9][0-9]_*.txt | grep -v '\.expected\.txt$' | tr '\n' ':')
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
out="$tmp/nvim-result.json"
mkdir "$tmp/home"
# Neovim writes into $HOME (shada, logs): keep it in a fresh temp dir.
HOME="$tmp/home" SERVER="$PWD/dist/server.js" FILES="$files" OUT="$out" \
  timeout 300 nvim --headless --clean -u test/nvim/lsp-check.lua
node --import tsx test/nvim/compare.ts "$out"
