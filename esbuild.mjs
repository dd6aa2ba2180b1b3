// Bundles every entry point of the project into dist/.
// Usage: node esbuild.mjs [--watch] [--production]
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Each entry is built only once its source exists, so the pieces can land one by one. */
const entries = [
  { in: 'server/src/cli/main.ts', out: 'dist/cli.js', platform: 'node' },
  { in: 'server/src/cli/worker.ts', out: 'dist/cli-worker.js', platform: 'node' },
  { in: 'server/src/lsp/node.ts', out: 'dist/server.js', platform: 'node' },
  { in: 'server/src/lsp/browser.ts', out: 'dist/web/server.js', platform: 'browser', format: 'iife' },
  { in: 'client/src/extension.ts', out: 'dist/client.js', platform: 'node', external: ['vscode'] },
  { in: 'client/src/web/extension.ts', out: 'dist/web/client.js', platform: 'browser', external: ['vscode'] },
].filter((e) => existsSync(e.in));

const contexts = await Promise.all(
  entries.map((e) =>
    esbuild.context({
      entryPoints: [e.in],
      outfile: e.out,
      bundle: true,
      platform: e.platform,
      format: e.format ?? 'cjs',
      target: e.platform === 'node' ? 'node20' : 'es2022',
      external: e.external ?? [],
      sourcemap: !production,
      minify: production,
      logLevel: 'warning',
      mainFields: e.platform === 'browser' ? ['browser', 'module', 'main'] : ['module', 'main'],
    }),
  ),
);

if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
