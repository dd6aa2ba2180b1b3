import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomic } from '../../server/src/cli/atomicWrite';
import type { WriteFs } from '../../server/src/cli/atomicWrite';
import { tempDir } from './helpers';

const ORIGINAL = Buffer.from('原文：不得丢失\n'.repeat(1000));
const NEW = Buffer.from('修复后的文本\n'.repeat(2000));

function setup(t: Parameters<typeof tempDir>[0]) {
  const dir = tempDir(t);
  const file = path.join(dir, '报告.txt');
  fs.writeFileSync(file, ORIGINAL);
  fs.chmodSync(file, 0o640);
  return { dir, file };
}

describe('writeFileAtomic', () => {
  it('replaces the content, keeps the mode and leaves no temp file', (t) => {
    const { dir, file } = setup(t);
    writeFileAtomic(file, NEW, { mode: fs.statSync(file).mode });
    assert.deepEqual(fs.readFileSync(file), NEW);
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
    assert.deepEqual(fs.readdirSync(dir), ['报告.txt']);
  });

  const failures: [string, (real: WriteFs) => Partial<WriteFs>][] = [
    [
      'a write that fails half-way',
      (real) => {
        let calls = 0;
        return {
          writeSync: (fd, buffer, offset, length) => {
            if (calls++ === 0) return real.writeSync(fd, buffer, offset, Math.min(length, 100)); // a short write first
            throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
          },
        };
      },
    ],
    ['a failing fsync', () => ({ fsyncSync: () => { throw Object.assign(new Error('I/O error'), { code: 'EIO' }); } })],
    ['a failing rename', () => ({ renameSync: () => { throw Object.assign(new Error('cross-device'), { code: 'EXDEV' }); } })],
  ];
  for (const [name, breakFs] of failures) {
    it(`leaves the original intact and cleans up after ${name}`, (t) => {
      const { dir, file } = setup(t);
      const real: WriteFs = fs;
      const broken: WriteFs = { ...bind(real), ...breakFs(bind(real)) };
      assert.throws(() => writeFileAtomic(file, NEW, { mode: 0o640 }, broken));
      assert.deepEqual(fs.readFileSync(file), ORIGINAL);
      assert.deepEqual(fs.readdirSync(dir), ['报告.txt']);
    });
  }
});

function bind(real: WriteFs): WriteFs {
  return {
    openSync: real.openSync.bind(real),
    writeSync: real.writeSync.bind(real),
    fsyncSync: real.fsyncSync.bind(real),
    fchmodSync: real.fchmodSync.bind(real),
    fchownSync: real.fchownSync.bind(real),
    closeSync: real.closeSync.bind(real),
    renameSync: real.renameSync.bind(real),
    unlinkSync: real.unlinkSync.bind(real),
  };
}
