// The TextMate grammar against real lines of reports (test/grammar/*.test.txt, the
// vscode-tmgrammar-test format: each `^` marks the characters that must carry a scope).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const root = join(import.meta.dirname, '..', '..');

test('grammar scopes on real report lines', () => {
  const cases = readdirSync(join(root, 'test', 'grammar')).filter((f) => f.endsWith('.test.txt'));
  assert.ok(cases.length >= 3);
  const bin = join(root, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');
  const run = spawnSync(process.execPath, [bin, '-g', 'syntaxes/ogi-report.tmLanguage.json', ...cases.map((c) => `test/grammar/${c}`)], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  for (const c of cases) assert.match(run.stdout, new RegExp(`${c.replace('.', '\\.')} run successfuly`));
});
