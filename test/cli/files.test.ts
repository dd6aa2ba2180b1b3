import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { collectFiles } from '../../server/src/cli/files';
import type { DirFs } from '../../server/src/cli/files';
import { tempDir } from './helpers';

function touch(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, 'x');
}

describe('collectFiles', () => {
  it('walks directories for .txt and .md, sorted, skipping node_modules and dot-directories', (t) => {
    const dir = tempDir(t);
    for (const f of ['b.txt', 'a.md', 'C.TXT', 'notes.docx', 'sub/z.txt', 'sub/deeper/y.md', 'node_modules/x.txt', '.git/HEAD.txt', '.hidden/r.txt', 'a/c.txt'])
      touch(path.join(dir, f));
    const { files, problems } = collectFiles([dir]);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      files.map((f) => path.relative(dir, f)),
      ['C.TXT', 'a/c.txt', 'a.md', 'b.txt', 'sub/deeper/y.md', 'sub/z.txt'],
    );
  });

  it('keeps files named on the command line whatever their extension, in input order, once each', (t) => {
    const dir = tempDir(t);
    touch(path.join(dir, 'report.doc.bak'));
    touch(path.join(dir, 'd/one.txt'));
    const { files } = collectFiles([path.join(dir, 'report.doc.bak'), path.join(dir, 'd'), path.join(dir, 'd/one.txt')]);
    assert.deepEqual(files, [path.join(dir, 'report.doc.bak'), path.join(dir, 'd/one.txt')]);
  });

  it('reports a missing input and goes on with the others', (t) => {
    const dir = tempDir(t);
    touch(path.join(dir, 'ok.txt'));
    touch(path.join(dir, 'also.txt'));
    const { files, problems } = collectFiles([path.join(dir, 'missing.txt'), path.join(dir, 'ok.txt')]);
    assert.deepEqual(files, [path.join(dir, 'ok.txt')]);
    // Its position among the files keeps messages in input order.
    assert.equal(collectFiles(['ok.txt', 'ok.txt', 'gone.txt', 'also.txt'], undefined, dir).problems[0].position, 1);
    assert.deepEqual(problems, [{ id: 'notFound', path: path.join(dir, 'missing.txt'), detail: 'ENOENT', position: 0 }]);
  });

  it('reports an unreadable directory and goes on with the others', (t) => {
    const dir = tempDir(t);
    touch(path.join(dir, 'locked/secret.txt'));
    touch(path.join(dir, 'open/fine.txt'));
    // Simulated: tests may run as root, who can read a chmod 000 directory.
    const lockedFs: DirFs = {
      statSync: fs.statSync,
      readdirSync: ((p: string, o: { withFileTypes: true }) => {
        if (p.endsWith('locked')) throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
        return fs.readdirSync(p, o);
      }) as DirFs['readdirSync'],
    };
    const { files, problems } = collectFiles([dir], lockedFs);
    assert.deepEqual(files, [path.join(dir, 'open/fine.txt')]);
    assert.deepEqual(problems, [{ id: 'unreadableDir', path: path.join(dir, 'locked'), detail: 'EACCES', position: 0 }]);
  });

  it('follows symlinks to files but not to directories', (t) => {
    const dir = tempDir(t);
    touch(path.join(dir, 'real/a.txt'));
    fs.mkdirSync(path.join(dir, 'scan'));
    fs.symlinkSync(path.join(dir, 'real/a.txt'), path.join(dir, 'scan/link.txt'));
    fs.symlinkSync(path.join(dir, 'scan'), path.join(dir, 'scan/loop'));
    fs.symlinkSync(path.join(dir, 'nowhere.txt'), path.join(dir, 'scan/dangling.txt'));
    assert.deepEqual(collectFiles([path.join(dir, 'scan')]).files, [path.join(dir, 'scan/link.txt')]);
  });
});
