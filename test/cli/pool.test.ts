import { before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MAX_BATCH, WorkQueue, batchSize, checkFiles, splitCrashed } from '../../server/src/cli/pool';
import { WORKER, copySeeds, ensureBuilt, tempDir } from './helpers';

before(() => ensureBuilt());

describe('checkFiles', () => {
  it('runs on worker threads and returns outcomes in input order, as in-process', async (t) => {
    const dir = tempDir(t);
    const files = copySeeds(dir).reverse();
    files.push(path.join(dir, 'missing.txt'));
    fs.writeFileSync(path.join(dir, 'bin.txt'), Buffer.from([0, 1, 2]));
    files.push(path.join(dir, 'bin.txt'));
    const job = { check: { locale: 'en' as const }, fix: false };
    const threaded = await checkFiles(files, job, { jobs: 3, workerPath: WORKER, minFilesForWorkers: 1 });
    const inProcess = await checkFiles(files, job, { jobs: 1 });
    assert.equal(threaded.workers, 3);
    assert.equal(inProcess.workers, 0);
    assert.deepEqual(threaded.outcomes, inProcess.outcomes);
    assert.deepEqual(threaded.outcomes.map((o) => o.path), files);
    assert.ok(threaded.outcomes.some((o) => o.diagnostics.length > 0));
    assert.deepEqual(threaded.outcomes.at(-1)!.problem, { id: 'binary' });
  });

  it('stays in-process for a few files', async (t) => {
    const dir = tempDir(t);
    const files = copySeeds(dir).slice(0, 2);
    const r = await checkFiles(files, { check: {}, fix: false }, { jobs: 4, workerPath: WORKER });
    assert.equal(r.workers, 0);
    assert.equal(r.outcomes.length, 2);
  });

  it('a worker that cannot start costs its files an error each, not a hang', async (t) => {
    const dir = tempDir(t);
    const files = copySeeds(dir);
    const r = await checkFiles(files, { check: {}, fix: false }, { jobs: 2, workerPath: path.join(dir, 'no-such-worker.js'), minFilesForWorkers: 1 });
    assert.equal(r.outcomes.length, files.length);
    for (const o of r.outcomes) assert.equal(o.problem?.id, 'internal');
  });

  for (const [name, body, detail] of [
    ['throws', "throw new Error('engine blew up')", /engine blew up/],
    ['exits', 'process.exit(3)', /code 3/],
  ] as const) {
    it(`a worker that ${name} mid-file costs that file an error, and the queue goes on`, async (t) => {
      const dir = tempDir(t);
      const files = copySeeds(dir);
      const worker = path.join(dir, 'crashing-worker.js');
      fs.writeFileSync(worker, `require('node:worker_threads').parentPort.on('message', () => { ${body}; });`);
      const r = await checkFiles(files, { check: {}, fix: false }, { jobs: 2, workerPath: worker, minFilesForWorkers: 1 });
      assert.deepEqual(r.outcomes.map((o) => o.path), files);
      for (const o of r.outcomes) {
        assert.equal(o.problem?.id, 'internal');
        assert.match(o.problem?.detail ?? '', detail);
      }
    });
  }

  it('a worker that crashes mid-batch costs only the file it was on; the rest of its batch is checked again', async (t) => {
    const dir = tempDir(t);
    const files = Array.from({ length: 40 }, (_, i) => path.join(dir, `f${i}.txt`));
    const worker = path.join(dir, 'batch-crash-worker.js');
    // Speaks the real protocol, answers once per batch, and dies on f13 before answering.
    fs.writeFileSync(
      worker,
      `const { parentPort, workerData } = require('node:worker_threads');
      parentPort.on('message', ({ indices, paths }) => {
        const outcomes = paths.map((p, i) => {
          Atomics.store(workerData.progress, 0, indices[i]);
          if (p.endsWith('f13.txt')) throw new Error('died on f13');
          return { path: p, formatVersion: '2021', diagnostics: [], fixed: false };
        });
        parentPort.postMessage({ indices, outcomes });
      });`,
    );
    const r = await checkFiles(files, { check: {}, fix: false }, { jobs: 2, workerPath: worker, minFilesForWorkers: 1 });
    assert.deepEqual(r.outcomes.map((o) => o.path), files);
    r.outcomes.forEach((o, i) => {
      if (i === 13) assert.match(o.problem?.detail ?? '', /died on f13/);
      else assert.deepEqual(o, { path: files[i], formatVersion: '2021', diagnostics: [], fixed: false });
    });
  });
});

describe('batching', () => {
  it('batches shrink towards the end of the queue, and are single files under --fix', () => {
    assert.equal(batchSize(10_000, 2, false), MAX_BATCH);
    assert.equal(batchSize(40, 2, false), 5);
    assert.equal(batchSize(1, 2, false), 1);
    assert.equal(batchSize(10_000, 2, true), 1);
  });

  it('the queue hands out files in order, given-back files first', () => {
    const q = new WorkQueue(10);
    assert.deepEqual(q.take(3), [0, 1, 2]);
    assert.deepEqual(q.take(3), [3, 4, 5]);
    q.giveBack([4, 2]);
    assert.equal(q.remaining, 6);
    assert.deepEqual(q.take(3), [2, 4, 6]);
    assert.deepEqual(q.take(10), [7, 8, 9]);
    assert.equal(q.remaining, 0);
    assert.deepEqual(q.take(1), []);
  });

  it('a crash is charged to the file the worker had started, else to its first unanswered file', () => {
    assert.deepEqual(splitCrashed([4, 5, 6, 9], 6), { lost: 6, untouched: [4, 5, 9] });
    assert.deepEqual(splitCrashed([4, 5, 6], -1), { lost: 4, untouched: [5, 6] });
  });
});
