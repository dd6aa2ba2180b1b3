// Worker-thread entry (dist/cli-worker.js): checks the batches of files the pool sends, in order.
import { parentPort, workerData } from 'node:worker_threads';
import { processFile } from './processFile';
import type { FileOutcome } from './processFile';
import type { WorkerData, WorkerReply, WorkerRequest } from './pool';

const { job, progress } = workerData as WorkerData;

parentPort?.on('message', (request: WorkerRequest) => {
  const outcomes: FileOutcome[] = [];
  request.paths.forEach((file, i) => {
    Atomics.store(progress, 0, request.indices[i]);
    outcomes.push(processFile(file, job));
  });
  parentPort!.postMessage({ indices: request.indices, outcomes } satisfies WorkerReply);
});
