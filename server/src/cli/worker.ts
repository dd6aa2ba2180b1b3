// Worker-thread entry (dist/cli-worker.js): checks the files the pool sends, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { processFile } from './processFile';
import type { FileJobOptions } from './processFile';
import type { WorkerReply, WorkerRequest } from './pool';

const job = workerData as FileJobOptions;

parentPort?.on('message', (request: WorkerRequest) => {
  const reply: WorkerReply = { index: request.index, outcome: processFile(request.path, job) };
  parentPort!.postMessage(reply);
});
