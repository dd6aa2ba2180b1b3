// The engine as users run it: bundled by esbuild, like the CLI and the language server.
// Measuring the TypeScript sources through tsx would add costs no user pays: its per-module
// loading and the name-keeping wrapper around every function it creates (measured on the
// corpus: 1.5–2.3 times slower than the bundle).
import { join } from 'node:path';
import { bundleAndLoad } from './bundle';

type Engine = typeof import('./engineEntry');

/** The bundle, for measures that run the engine in processes of their own. */
export const engineBundle = join(import.meta.dirname, '../.build/engine.cjs');
export const engine = bundleAndLoad<Engine>(join(import.meta.dirname, 'engineEntry.ts'), engineBundle);
