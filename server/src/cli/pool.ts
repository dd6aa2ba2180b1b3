// Checks many files on worker threads; results come back in input order whatever finishes first.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { processFile } from './processFile';
import type { Dependencies, FileJobOptions, FileOutcome } from './processFile';

/** Below this many files, starting threads costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 8;

export interface WorkerRequest {
  index: number;
  path: string;
}
export interface WorkerReply {
  index: number;
  outcome: FileOutcome;
}

export interface RunOptions {
  jobs: number;
  /** The bundled worker entry; by default next to the running bundle. */
  workerPath?: string;
  minFilesForWorkers?: number;
  /** Injected check/fs (tests): functions cannot cross to a thread, so this runs in-process. */
  dependencies?: Dependencies;
}

export interface RunResult {
  outcomes: FileOutcome[];
  /** How many worker threads were used (0 = in-process). */
  workers: number;
}

export async function checkFiles(files: string[], job: FileJobOptions, run: RunOptions): Promise<RunResult> {
  const threads = Math.min(run.jobs, files.length);
  if (run.dependencies || threads <= 1 || files.length < (run.minFilesForWorkers ?? MIN_FILES_FOR_WORKERS)) {
    return { outcomes: files.map((f) => processFile(f, job, run.dependencies)), workers: 0 };
  }
  const workerPath = run.workerPath ?? path.join(__dirname, 'cli-worker.js');
  const outcomes: FileOutcome[] = new Array(files.length);
  let next = 0;
  let done = 0;

  return new Promise<RunResult>((resolve) => {
    const finish = () => resolve({ outcomes, workers: threads });
    const start = () => {
      const worker = new Worker(workerPath, { workerData: job });
      let current: number | undefined;
      const feed = () => {
        if (next >= files.length) {
          current = undefined;
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage({ index: current, path: files[current] } satisfies WorkerRequest);
      };
      worker.on('message', (reply: WorkerReply) => {
        outcomes[reply.index] = reply.outcome;
        if (++done === files.length) finish();
        feed();
      });
      // A crashed thread costs only the file it was on; a fresh thread takes over the queue.
      const crashed = (detail: string) => {
        if (current === undefined) return;
        const index = current;
        current = undefined;
        outcomes[index] = { path: files[index], diagnostics: [], fixed: false, problem: { id: 'internal', detail } };
        if (++done === files.length) finish();
        else if (next < files.length) start();
      };
      worker.on('error', (error) => crashed(error.message));
      worker.on('exit', (code) => crashed(`worker exited with code ${code}`));
      feed();
    };
    for (let i = 0; i < threads; i++) start();
  });
}
