import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { processFile, defaultDependencies } from '../../server/src/cli/processFile';
import type { Dependencies, FileFs } from '../../server/src/cli/processFile';
import type { TextEncoding } from '../../server/src/cli/encoding';
import { fakeCheck } from './fakeEngine';
import { tempDir } from './helpers';

const deps: Dependencies = { ...defaultDependencies, check: fakeCheck };
const FIX = { check: {}, fix: true };

/** Encodes without BOM, so pieces can be concatenated into one file. */
function piece(text: string, encoding: TextEncoding): Buffer {
  switch (encoding) {
    case 'utf8':
    case 'utf8bom':
      return Buffer.from(text, 'utf8');
    case 'utf16le':
      return Buffer.from(text, 'utf16le');
    case 'utf16be':
      return Buffer.from(text, 'utf16le').swap16();
    case 'gb18030':
      return iconv.encode(text, 'gb18030');
  }
}
const BOMS: Record<TextEncoding, number[]> = { utf8: [], utf8bom: [0xef, 0xbb, 0xbf], utf16le: [0xff, 0xfe], utf16be: [0xfe, 0xff], gb18030: [] };

/** The file as a list of pieces: strings stay, [before, after] pairs are what --fix changes. */
function build(parts: (string | [string, string])[], encoding: TextEncoding, side: 0 | 1): Buffer {
  return Buffer.concat([Buffer.from(BOMS[encoding]), ...parts.map((p) => piece(typeof p === 'string' ? p : p[side], encoding))]);
}

const CRLF_PARTS: (string | [string, string])[] = [
  '某区2025年政府信息公开工作年度报告\r\n一、总体情况\r\n本年收到',
  ['甲', '乙'],
  '项申请，“丙”未改。\r\n（二）',
  ['【换行】', '\r\n'],
  '依申请公开\r\n末行 ',
  ['甲', '乙'],
  '\r\n',
];

describe('processFile --fix keeps encoding, line endings and every byte outside the edits', () => {
  for (const encoding of ['utf8', 'utf8bom', 'utf16le', 'utf16be', 'gb18030'] as TextEncoding[]) {
    it(encoding, (t) => {
      const dir = tempDir(t);
      const file = path.join(dir, 'report.txt');
      fs.writeFileSync(file, build(CRLF_PARTS, encoding, 0));
      fs.chmodSync(file, 0o604);
      const outcome = processFile(file, FIX, deps);
      assert.equal(outcome.problem, undefined);
      assert.equal(outcome.fixed, true);
      assert.equal(outcome.encoding, encoding);
      assert.deepEqual(fs.readFileSync(file), build(CRLF_PARTS, encoding, 1));
      assert.equal(fs.statSync(file).mode & 0o777, 0o604);
      // The findings are those of the fixed text: only the unfixable warning is left.
      assert.deepEqual(outcome.diagnostics.map((d) => [d.code, d.range.start.line]), [['test-bing', 2]]);
      assert.deepEqual(fs.readdirSync(dir), ['report.txt']);
    });
  }

  it('keeps LF files LF', (t) => {
    const dir = tempDir(t);
    const file = path.join(dir, 'lf.md');
    fs.writeFileSync(file, '# 标题\n甲【换行】尾\n');
    processFile(file, FIX, deps);
    assert.equal(fs.readFileSync(file, 'utf8'), '# 标题\n乙\n尾\n');
  });
});

describe('processFile', () => {
  it('checks without writing when --fix is not given', (t) => {
    const dir = tempDir(t);
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, '甲');
    const outcome = processFile(file, { check: {}, fix: false }, deps);
    assert.deepEqual(outcome.diagnostics.map((d) => d.code), ['test-jia']);
    assert.equal(outcome.formatVersion, '2021');
    assert.equal(outcome.fixed, false);
    assert.equal(fs.readFileSync(file, 'utf8'), '甲');
  });

  it('passes the check options to the engine', (t) => {
    const dir = tempDir(t);
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, '甲丙');
    const outcome = processFile(file, { check: { formatVersion: '2019', rules: { 'test-jia': 'off', 'test-bing': 'error' } }, fix: false }, deps);
    assert.equal(outcome.formatVersion, '2019');
    assert.deepEqual(outcome.diagnostics.map((d) => [d.code, d.severity]), [['test-bing', 'error']]);
  });

  it('does not touch a file with nothing to fix', (t) => {
    const dir = tempDir(t);
    const file = path.join(dir, 'clean.txt');
    fs.writeFileSync(file, '丙丁\n');
    const past = new Date('2001-02-03T04:05:06Z');
    fs.utimesSync(file, past, past);
    const opened: string[] = [];
    const spy: FileFs = { ...fs, openSync: (p: string, f: string, m?: number) => (opened.push(p), fs.openSync(p, f, m)) } as FileFs;
    const outcome = processFile(file, FIX, { check: fakeCheck, fs: spy });
    assert.equal(outcome.fixed, false);
    assert.equal(outcome.diagnostics.length, 2);
    assert.deepEqual(opened, []);
    assert.equal(fs.statSync(file).mtimeMs, past.getTime());
  });

  it('refuses to fix a read-only file, reporting the findings as they stand', (t) => {
    const dir = tempDir(t);
    const file = path.join(dir, 'ro.txt');
    fs.writeFileSync(file, '甲');
    fs.chmodSync(file, 0o444);
    const outcome = processFile(file, FIX, deps);
    assert.deepEqual(outcome.problem, { id: 'readOnly' });
    assert.deepEqual(outcome.diagnostics.map((d) => d.code), ['test-jia']);
    assert.equal(outcome.fixed, false);
    assert.equal(fs.readFileSync(file, 'utf8'), '甲');
  });

  it('leaves the original intact when the write fails half-way', (t) => {
    const dir = tempDir(t);
    const file = path.join(dir, 'a.txt');
    const original = '甲'.repeat(5000);
    fs.writeFileSync(file, original);
    let writes = 0;
    const failing = {
      ...fs,
      writeSync: (fd: number, buffer: Uint8Array, offset: number, length: number) => {
        if (writes++ === 0) return fs.writeSync(fd, buffer, offset, Math.min(length, 10));
        throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      },
    } as FileFs;
    const outcome = processFile(file, FIX, { check: fakeCheck, fs: failing });
    assert.deepEqual(outcome.problem, { id: 'writeFailed', detail: 'ENOSPC' });
    assert.equal(outcome.fixed, false);
    assert.equal(fs.readFileSync(file, 'utf8'), original);
    assert.deepEqual(fs.readdirSync(dir), ['a.txt']);
  });

  it('refuses to fix a GB18030 file that would not re-encode byte for byte', (t) => {
    const dir = tempDir(t);
    const file = path.join(dir, 'gb.txt');
    const bytes = Buffer.concat([iconv.encode('报告甲', 'gb18030'), Buffer.from([0x80])]);
    fs.writeFileSync(file, bytes);
    const outcome = processFile(file, FIX, deps);
    assert.deepEqual(outcome.problem, { id: 'lossy' });
    assert.deepEqual(fs.readFileSync(file), bytes);
  });

  it('writes through a symlink, keeping the link', (t) => {
    const dir = tempDir(t);
    const real = path.join(dir, 'real.txt');
    const link = path.join(dir, 'link.txt');
    fs.writeFileSync(real, '甲');
    fs.symlinkSync(real, link);
    assert.equal(processFile(link, FIX, deps).fixed, true);
    assert.equal(fs.lstatSync(link).isSymbolicLink(), true);
    assert.equal(fs.readFileSync(real, 'utf8'), '乙');
  });

  it('reports binary, undecodable and unreadable input as one problem, without findings', (t) => {
    const dir = tempDir(t);
    const binary = path.join(dir, 'image.txt');
    fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0x00]));
    const odd = path.join(dir, 'odd.txt');
    fs.writeFileSync(odd, Buffer.from([0x41, 0xff, 0xfe, 0xff, 0x42]));
    for (const [file, id] of [[binary, 'binary'], [odd, 'undecodable']] as const) {
      const outcome = processFile(file, FIX, deps);
      assert.deepEqual(outcome.problem, { id });
      assert.deepEqual(outcome.diagnostics, []);
      assert.equal(outcome.formatVersion, undefined);
    }
    assert.deepEqual(processFile(dir, FIX, deps).problem, { id: 'unreadable', detail: 'EISDIR' });
  });

  it('turns an engine exception into a problem instead of a crash', (t) => {
    const dir = tempDir(t);
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, 'text');
    const outcome = processFile(file, FIX, { ...deps, check: () => { throw new Error('boom'); } });
    assert.deepEqual(outcome.problem, { id: 'internal', detail: 'boom' });
    assert.equal(fs.readFileSync(file, 'utf8'), 'text');
  });
});
