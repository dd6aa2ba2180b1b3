// The engine as users run it: bundled by esbuild, like the CLI and the language server.
// Measuring the TypeScript sources through tsx would add costs no user pays: its per-module
// loading and the name-keeping wrapper around every function it creates (measured on the
// corpus: 1.5–2.3 times slower than the bundle).
import { buildSync } from 'esbuild';
import { createRequire } from 'node:module';
import { join } from 'node:path';

type Engine = typeof import('./engineEntry');

/** The bundle, for measures that run the engine in processes of their own. */
export const engineBundle = join(import.meta.dirname, '../.build/engine.cjs');
const outfile = engineBundle;
buildSync({
  entryPoints: [join(import.meta.dirname, 'engineEntry.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
});

export const engine: Engine = createRequire(import.meta.url)(outfile);
