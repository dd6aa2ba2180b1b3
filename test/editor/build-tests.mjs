// Bundles the in-editor suites: out/editor-tests/node.js (Node extension host, mocha from
// node_modules) and out/editor-tests/web.js (browser extension host, mocha bundled).
import * as esbuild from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const common = { bundle: true, format: 'cjs', sourcemap: 'inline', logLevel: 'warning', absWorkingDir: root };
await esbuild.build({
  ...common,
  entryPoints: ['test/editor/suite/index.node.ts'],
  outfile: 'out/editor-tests/node.js',
  platform: 'node',
  target: 'node20',
  external: ['vscode', 'mocha'],
});
await esbuild.build({
  ...common,
  entryPoints: ['test/editor/suite/index.web.ts'],
  outfile: 'out/editor-tests/web.js',
  platform: 'browser',
  target: 'es2022',
  external: ['vscode'],
  mainFields: ['browser', 'module', 'main'],
  define: { global: 'globalThis', 'process.env.NODE_ENV': '"test"' },
});
