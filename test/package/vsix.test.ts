// The .vsix holds the built extension and nothing else, and stays small. Builds it the way
// `npm run package` does (production bundles, no source maps), in a copy of the project in a
// temporary folder: dist/ of the working tree stays as it is for the tests running beside.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import yauzl from 'yauzl';

const root = join(import.meta.dirname, '..', '..');
const allowed: RegExp[] = [
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/package\.json$/,
  /^extension\/package\.nls(\.[a-z-]+)?\.json$/,
  /^extension\/language-configuration\.json$/,
  /^extension\/syntaxes\/ogi-report\.tmLanguage\.json$/,
  /^extension\/l10n\/bundle\.l10n(\.[a-z-]+)?\.json$/,
  /^extension\/images\/icon\.png$/,
  /^extension\/dist\/(web\/)?(client|server)\.js$/,
  // vsce's names for README.md, CHANGELOG.md and LICENSE
  /^extension\/(readme|changelog)\.md$/,
  /^extension\/LICENSE(\.txt)?$/,
];
const required = ['extension/package.json', 'extension/dist/client.js', 'extension/dist/server.js', 'extension/dist/web/client.js', 'extension/dist/web/server.js', 'extension/syntaxes/ogi-report.tmLanguage.json', 'extension/images/icon.png', 'extension/l10n/bundle.l10n.zh-cn.json', 'extension/package.nls.zh-cn.json'];

let dir: string;
let vsix: string;
let entries: string[];

function listZip(file: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const names: string[] = [];
      zip.on('entry', (e: yauzl.Entry) => {
        names.push(e.fileName);
        zip.readEntry();
      });
      zip.on('end', () => resolve(names));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

const copied = ['package.json', 'esbuild.mjs', '.vscodeignore', 'README.md', 'CHANGELOG.md', 'LICENSE', 'language-configuration.json', 'package.nls.json', 'package.nls.zh-cn.json', 'l10n', 'syntaxes', 'images'];
const linked = ['node_modules', 'server', 'client', 'docs'];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ogi-vsix-'));
  const project = join(dir, 'project');
  for (const name of copied) if (existsSync(join(root, name))) cpSync(join(root, name), join(project, name), { recursive: true });
  for (const name of linked) if (existsSync(join(root, name))) symlinkSync(join(root, name), join(project, name));
  vsix = join(dir, 'ogi-report.vsix');
  execFileSync(process.execPath, ['esbuild.mjs', '--production'], { cwd: project, stdio: 'pipe' });
  const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', vsix], { cwd: project, stdio: 'pipe' });
  entries = await listZip(vsix);
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('the .vsix contains only the allowed files', () => {
  const unexpected = entries.filter((e) => !e.endsWith('/') && !allowed.some((a) => a.test(e)));
  assert.deepEqual(unexpected, []);
});

test('the .vsix contains the built extension, the grammar, the icon and the translations', () => {
  for (const name of required) assert.ok(entries.includes(name), `${name} missing`);
  assert.ok(!entries.some((e) => e.endsWith('.map')), 'no source maps');
});

test('the .vsix is under 1 MB', () => {
  assert.ok(statSync(vsix).size < 1024 * 1024, `${statSync(vsix).size} bytes`);
});
