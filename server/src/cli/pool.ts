// Checks many files on worker threads; results come back in input order whatever finishes first.
//
// Files go to a worker in batches, and each worker has a second batch waiting while it works on
// one: a thread never sits idle waiting for the main thread to answer, and there is one message
// per batch instead of one per file (each message wakes the main thread, which on a machine with
// as many busy workers as cores takes a core away from them).
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { processFile } from './processFile';
import type { Dependencies, FileJobOptions, FileOutcome } from './processFile';

/** Below this many files, starting threads costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 8;
/** Largest batch: small enough that the threads still finish together at the end of the queue. */
export const MAX_BATCH = 32;
/** Batches sent to a worker before it answers: one to work on, one waiting. */
const BATCHES_IN_FLIGHT = 2;

export interface WorkerData {
  job: FileJobOptions;
  /** The worker stores the index of the file it starts here, so a crash is charged to that file. */
  progress: Int32Array;
}
export interface WorkerRequest {
  indices: number[];
  paths: string[];
}
export interface WorkerReply {
  indices: number[];
  outcomes: FileOutcome[];
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
  const outcomes = await checkOnWorkers(files, job, threads, run.workerPath ?? path.join(__dirname, 'cli-worker.js'));
  return { outcomes, workers: threads };
}

/**
 * How many files the next batch gets: a share of what is left, so batches shrink towards the end.
 * With --fix a batch is one file: a file a crashed worker had already fixed must not be checked again.
 */
export function batchSize(remaining: number, threads: number, fix: boolean): number {
  if (fix) return 1;
  return Math.max(1, Math.min(MAX_BATCH, Math.ceil(remaining / (threads * 4))));
}

/** The files not yet handed out: in input order, with those given back by a crashed worker first. */
export class WorkQueue {
  private next = 0;
  private returned: number[] = [];

  constructor(private readonly total: number) {}

  get remaining(): number {
    return this.returned.length + this.total - this.next;
  }

  take(count: number): number[] {
    const taken = this.returned.splice(0, count);
    while (taken.length < count && this.next < this.total) taken.push(this.next++);
    return taken;
  }

  giveBack(indices: number[]): void {
    this.returned = [...indices, ...this.returned].sort((a, b) => a - b);
  }
}

/** A crashed worker's unanswered files: the one it was on (by its progress mark, else the first) and the rest. */
export function splitCrashed(unanswered: number[], startedIndex: number): { lost: number; untouched: number[] } {
  const at = Math.max(0, unanswered.indexOf(startedIndex));
  // Files before the one it was on were checked, but their outcomes died with the thread; checking
  // them again gives the same outcomes (batches of one under --fix, so nothing was written).
  return { lost: unanswered[at], untouched: unanswered.filter((_, i) => i !== at) };
}

function checkOnWorkers(files: string[], job: FileJobOptions, threads: number, workerPath: string): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(files.length);
  const queue = new WorkQueue(files.length);
  let done = 0;

  return new Promise<FileOutcome[]>((resolve) => {
    const record = (index: number, outcome: FileOutcome) => {
      outcomes[index] = outcome;
      if (++done === files.length) resolve(outcomes);
    };
    const start = () => {
      const progress = new Int32Array(new SharedArrayBuffer(4)).fill(-1);
      const worker = new Worker(workerPath, { workerData: { job, progress } satisfies WorkerData });
      const inFlight: number[][] = [];
      let gone = false;
      const feed = () => {
        while (inFlight.length < BATCHES_IN_FLIGHT && queue.remaining > 0) {
          const indices = queue.take(batchSize(queue.remaining, threads, job.fix));
          inFlight.push(indices);
          worker.postMessage({ indices, paths: indices.map((i) => files[i]) } satisfies WorkerRequest);
        }
        if (inFlight.length === 0) {
          gone = true;
          void worker.terminate();
        }
      };
      worker.on('message', (reply: WorkerReply) => {
        inFlight.shift();
        reply.indices.forEach((index, i) => record(index, reply.outcomes[i]));
        feed();
      });
      // A crashed thread costs only the file it was on; a fresh thread takes over its other files.
      const crashed = (detail: string) => {
        if (gone) return;
        gone = true;
        const unanswered = inFlight.flat();
        if (unanswered.length === 0) return;
        const { lost, untouched } = splitCrashed(unanswered, Atomics.load(progress, 0));
        queue.giveBack(untouched);
        record(lost, { path: files[lost], diagnostics: [], fixed: false, problem: { id: 'internal', detail } });
        if (queue.remaining > 0) start();
      };
      worker.on('error', (error) => crashed(error.message));
      worker.on('exit', (code) => crashed(`worker exited with code ${code}`));
      feed();
    };
    for (let i = 0; i < threads; i++) start();
  });
}
