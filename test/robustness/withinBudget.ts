// A hard stop for a check: a generous budget that only a hang or a quadratic path exceeds.
// Not a speed test (the bench measures speed): the budget is many times what a check takes.
import { buildSync } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

let bundled: string | undefined;
/** The worker, bundled once per test process (a worker does not load TypeScript through tsx). */
function workerFile(): string {
  if (bundled) return bundled;
  const outfile = join(mkdtempSync(join(tmpdir(), 'ogi-budget-')), 'checkWorker.cjs');
  buildSync({ entryPoints: [join(import.meta.dirname, 'checkWorker.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
  return (bundled = outfile);
}

/** The invariant problems of checking `text`, or a problem saying the check did not end within `budgetMs`. */
export function invariantProblemsWithin(text: string, budgetMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile(), { workerData: { text } });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve([`the check of ${text.length} characters did not end within ${budgetMs / 1000} s`]);
    }, budgetMs);
    worker.once('message', (problems: string[]) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(problems);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
