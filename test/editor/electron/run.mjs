// The same Node suites in desktop VS Code through @vscode/test-electron, for machines that
// can download VS Code (CI here cannot; it runs scripts/test-editor.sh instead).
// Usage: npm run test:electron   (VSCODE_VERSION=1.91.1 to pin the version; default: stable)
import { runTests } from '@vscode/test-electron';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
execFileSync(process.execPath, [join(root, 'test/editor/build-tests.mjs')], { stdio: 'inherit' });

// A fresh copy of the test workspace, as scripts/test-editor.sh makes it.
const ws = join(root, '.test-tmp/electron');
rmSync(ws, { recursive: true, force: true });
mkdirSync(ws, { recursive: true });
cpSync(join(root, 'test/editor/workspace'), ws, { recursive: true });
const seeds = join(root, 'test/fixtures/real');
for (const f of readdirSync(seeds).filter((f) => /^00\d_[0-9a-f]+\.txt$/.test(f))) cpSync(join(seeds, f), join(ws, f));
const seed000 = join(seeds, '000_3ec79e02cf78507f.txt');
cpSync(seed000, join(ws, '红旗区卫生健康委员会2025年政府信息公开工作年度报告.txt'));
cpSync(seed000, join(ws, '保存测试区2025年政府信息公开工作年度报告.txt'));

try {
  await runTests({
    version: process.env.VSCODE_VERSION,
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out/editor-tests/node.js'),
    launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
  });
} catch (e) {
  console.error('editor tests failed:', e);
  process.exit(1);
}
