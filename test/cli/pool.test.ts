import { before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkFiles } from '../../server/src/cli/pool';
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
});
