// The engine bundled as the CLI and the language server ship it (esbuild, CommonJS, Node 20),
// for measures: whatever runs it is timed as users run it.
import { buildSync } from 'esbuild';
import { createRequire } from 'node:module';

/** Bundles `entry` into `outfile` and loads it. */
export function bundleAndLoad<T>(entry: string, outfile: string): T {
  buildSync({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
  return createRequire(import.meta.url)(outfile) as T;
}
