// End-to-end: the built bundle (dist/cli.js) run as a process on copies of the seed reports,
// with the real engine.
import { before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { checkText, rules } from '../../server/src/engine';
import { fixText } from '../../server/src/cli/fixText';
import { ROOT, SEEDS, copySeeds, ensureBuilt, runCli, tempDir } from './helpers';
import { assertValidSarif } from './sarifShape';

const SEED_000 = '000_3ec79e02cf78507f.txt';

before(() => ensureBuilt());

function seedsDir(t: Parameters<typeof tempDir>[0]): string {
  const dir = tempDir(t);
  for (const f of copySeeds(dir)) fs.chmodSync(f, 0o644); // the shared seeds are read-only
  return dir;
}

function splitOn(bytes: Buffer, separator: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let start = 0;
  for (let at = bytes.indexOf(separator); at >= 0; at = bytes.indexOf(separator, start)) {
    parts.push(bytes.subarray(start, at));
    start = at + separator.length;
  }
  parts.push(bytes.subarray(start));
  return parts;
}

describe('ogi-report (built bundle)', () => {
  it('--help prints the usage and exits 0', async () => {
    const zh = await runCli(['--help']);
    assert.equal(zh.code, 0);
    assert.match(zh.stdout, /^用法：ogi-report check/);
    // LANG does not switch the language: only --locale does.
    assert.equal((await runCli(['--help'], ROOT, { LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' })).stdout, zh.stdout);
    const en = await runCli(['check', '--help', '--locale', 'en']);
    assert.equal(en.code, 0);
    assert.match(en.stdout, /^Usage: ogi-report check \[options\]/);
  });

  it('the bin shim runs the bundle', async () => {
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(ROOT, 'bin/ogi-report.js'), '--version']);
      let text = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (text += d));
      child.on('error', reject);
      child.on('close', () => resolve(text));
    });
    assert.equal(out.trim(), JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('usage errors exit 2 with a message on stderr', async () => {
    for (const args of [['check', '--colour', 'x.txt'], [], ['check'], ['check', '--jobs', '0', 'x'], ['check', '--rule', 'no-such-rule=off', 'x']]) {
      const r = await runCli(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /用法错误：.+\n运行 ogi-report --help 查看用法。/);
    }
  });

  it('text output: one finding per line, then the summary; exit code follows error findings', async (t) => {
    const dir = seedsDir(t);
    const r = await runCli(['check', '.'], dir);
    const lines = r.stdout.trimEnd().split('\n');
    const findings = lines.slice(0, -1);
    assert.ok(findings.length > 0);
    for (const line of findings) assert.match(line, /^\d{3}_[0-9a-f]+\.txt:\d+:\d+: (error|warning|information|hint) [a-z0-9-]+ \S/);
    const errors = findings.filter((l) => /^[^:]+:\d+:\d+: error /.test(l)).length;
    assert.match(lines.at(-1)!, new RegExp(`^5 个文件：${errors} 处错误，\\d+ 处警告`));
    assert.equal(r.code, errors > 0 ? 1 : 0);
    assert.equal(r.stderr, '');
    // Line and column are 1-based: the seed's label finding matches the engine's 0-based range.
    const label = checkText(fs.readFileSync(path.join(dir, SEED_000), 'utf8')).diagnostics.find((d) => d.code === 'label')!;
    assert.ok(findings.includes(`${SEED_000}:${label.range.start.line + 1}:${label.range.start.character + 1}: ${label.severity} label ${label.message}`));
  });

  it('exit 0 when no error-severity finding, 1 when some (via --rule)', async (t) => {
    const dir = seedsDir(t);
    const base = checkText(fs.readFileSync(path.join(dir, SEED_000), 'utf8')).diagnostics;
    const allOff = [...new Set(base.filter((d) => d.severity === 'error').map((d) => d.code))].flatMap((c) => ['--rule', `${c}=warning`]);
    assert.equal((await runCli(['check', ...allOff, SEED_000], dir)).code, 0);
    const r = await runCli(['check', '--rule', 'label=error', SEED_000], dir);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /: error label /);
    const off = await runCli(['check', '--rule', 'label=off', '--locale', 'en', SEED_000], dir);
    assert.doesNotMatch(off.stdout, / label /);
    assert.match(off.stdout, /^1 file: \d+ errors?, \d+ warnings?/m);
  });

  it('json output holds exactly the engine diagnostics, 0-based', async (t) => {
    const dir = seedsDir(t);
    const r = await runCli(['check', '--format', 'json', '--locale', 'en', '.'], dir);
    const report = JSON.parse(r.stdout);
    assert.equal(report.files.length, 5);
    for (const file of report.files) {
      const expected = checkText(fs.readFileSync(path.join(dir, file.path), 'utf8'), { locale: 'en' });
      assert.equal(file.formatVersion, expected.formatVersion);
      assert.deepEqual(file.diagnostics, JSON.parse(JSON.stringify(expected.diagnostics)));
    }
    const forced = JSON.parse((await runCli(['check', '--format', 'json', '--format-version', '2019', SEED_000], dir)).stdout);
    assert.equal(forced.files[0].formatVersion, '2019');
  });

  it('sarif output is valid SARIF 2.1.0 and lists the engine rules', async (t) => {
    const dir = seedsDir(t);
    const r = await runCli(['check', '--format', 'sarif', '.'], dir);
    const log = JSON.parse(r.stdout);
    assertValidSarif(log);
    const ids = log.runs[0].tool.driver.rules.map((x: { id: string }) => x.id);
    assert.deepEqual(ids.slice(0, rules.length), rules.map((x) => x.code));
    const expectedCount = fs.readdirSync(dir).reduce((n, f) => n + checkText(fs.readFileSync(path.join(dir, f), 'utf8')).diagnostics.length, 0);
    assert.equal(log.runs[0].results.length, expectedCount);
  });

  it('walks directories: .txt and .md only, sorted, skipping node_modules and dot-directories', async (t) => {
    const dir = tempDir(t);
    const seed = fs.readFileSync(path.join(SEEDS, SEED_000));
    for (const f of ['b/z.txt', 'b/a.md', 'a.TXT', 'skip.docx', 'node_modules/m.txt', '.cache/c.txt', 'c/.hidden.txt']) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), seed);
    }
    const report = JSON.parse((await runCli(['check', '--format', 'json', 'b', '.'], dir)).stdout);
    assert.deepEqual(report.files.map((f: { path: string }) => f.path), ['b/a.md', 'b/z.txt', 'a.TXT', 'c/.hidden.txt']);
  });

  it('a file that is not a report gets at most one finding', async (t) => {
    const dir = tempDir(t);
    fs.writeFileSync(path.join(dir, 'notes.md'), '# 会议纪要\n\n' + '今天讨论了（一）（二）（三）事项: 1 2 3。\n'.repeat(2000));
    const report = JSON.parse((await runCli(['check', '--format', 'json', 'notes.md'], dir)).stdout);
    assert.ok(report.files[0].diagnostics.length <= 1, JSON.stringify(report.files[0].diagnostics));
  });

  it('binary and undecodable input: one clear message each, exit 2, the other files checked', async (t) => {
    const dir = seedsDir(t);
    fs.writeFileSync(path.join(dir, 'scan.txt'), Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 31) % 256)));
    fs.writeFileSync(path.join(dir, 'odd.txt'), Buffer.from([0x41, 0xff, 0xfe, 0xff, 0x42]));
    const r = await runCli(['check', '--locale', 'en', 'scan.txt', 'odd.txt', SEED_000, 'nowhere.txt'], dir);
    assert.equal(r.code, 2);
    assert.deepEqual(r.stderr.trimEnd().split('\n'), [
      'scan.txt: not a text file (binary content), skipped',
      'odd.txt: unknown encoding (not UTF-8, UTF-16 or GBK/GB18030), skipped',
      'nowhere.txt: no such file or directory',
    ]);
    assert.match(r.stdout, /^1 file: /m);
    assert.doesNotMatch(r.stdout, /scan\.txt|odd\.txt/);
  });

  it('--fix applies the preferred fixes in place and prints the findings of the fixed text', async (t) => {
    const dir = seedsDir(t);
    const file = path.join(dir, SEED_000);
    const original = fs.readFileSync(file, 'utf8');
    assert.ok(checkText(original).diagnostics.some((d) => d.code === 'label' && d.fixes.some((f) => f.preferred)));
    const expected = fixText(original, (text) => checkText(text));
    const r = await runCli(['check', '--fix', '--format', 'json', SEED_000], dir);
    assert.equal(fs.readFileSync(file, 'utf8'), expected.text);
    assert.ok(!expected.result.diagnostics.some((d) => d.code === 'label'));
    assert.deepEqual(JSON.parse(r.stdout).files[0].diagnostics, JSON.parse(JSON.stringify(expected.result.diagnostics)));
  });

  for (const [name, encode, separator] of [
    ['GBK with CRLF', (s: string) => iconv.encode(s, 'gbk'), Buffer.from('\r\n')],
    ['UTF-8 with BOM and CRLF', (s: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s)]), Buffer.from('\r\n')],
    ['UTF-16 LE with BOM and CRLF', (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]), Buffer.from('\r\0\n\0')],
    ['UTF-16 BE with BOM and CRLF', (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()]), Buffer.from('\0\r\0\n')],
  ] as const) {
    it(`--fix keeps ${name}, byte for byte outside the edits`, async (t) => {
      const dir = tempDir(t);
      const text = fs.readFileSync(path.join(SEEDS, SEED_000), 'utf8').replace(/\r?\n/g, '\r\n');
      const file = path.join(dir, 'report.txt');
      const before = encode(text);
      fs.writeFileSync(file, before);
      const expected = fixText(text, (s) => checkText(s));
      assert.notEqual(expected.text, text);
      const r = await runCli(['check', '--fix', 'report.txt'], dir);
      assert.equal(r.stderr, '');
      const after = fs.readFileSync(file);
      assert.deepEqual(after, encode(expected.text));
      // Every line no edit touched is byte-identical, and no line break changed.
      const touched = new Set(
        checkText(text).diagnostics.flatMap((d) => d.fixes.filter((f) => f.preferred).flatMap((f) => f.edits.flatMap((e) => [e.range.start.line, e.range.end.line]))),
      );
      const beforeLines = splitOn(before, separator);
      const afterLines = splitOn(after, separator);
      assert.equal(afterLines.length, beforeLines.length);
      let same = 0;
      for (let i = 0; i < beforeLines.length; i++) {
        if (touched.has(i)) continue;
        assert.deepEqual(afterLines[i], beforeLines[i], `line ${i + 1}`);
        same++;
      }
      assert.ok(same > beforeLines.length / 2);
      // Once fixed, there is nothing left to fix: the file is not written again.
      const past = new Date('2001-01-01T00:00:00Z');
      fs.utimesSync(file, past, past);
      await runCli(['check', '--fix', 'report.txt'], dir);
      assert.equal(fs.statSync(file).mtimeMs, past.getTime());
      assert.deepEqual(fs.readFileSync(file), after);
    });
  }

  it('--fix on a read-only file: message on stderr, exit 2, file untouched, other files fixed', async (t) => {
    const dir = seedsDir(t);
    fs.copyFileSync(path.join(dir, SEED_000), path.join(dir, 'writable.txt'));
    const locked = path.join(dir, SEED_000);
    fs.chmodSync(locked, 0o444);
    const before = fs.readFileSync(locked);
    const r = await runCli(['check', '--fix', SEED_000, 'writable.txt'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, `${SEED_000}：文件只读，未写入修复\n`);
    assert.deepEqual(fs.readFileSync(locked), before);
    assert.notDeepEqual(fs.readFileSync(path.join(dir, 'writable.txt')), before);
  });

  it('--jobs 1 and --jobs 2 give identical output, in input order', async (t) => {
    const dir = seedsDir(t);
    for (const sub of ['x', 'y', 'z']) {
      fs.mkdirSync(path.join(dir, sub));
      for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.txt'))) fs.copyFileSync(path.join(dir, f), path.join(dir, sub, f));
    }
    fs.writeFileSync(path.join(dir, 'z', 'binary.txt'), Buffer.from([1, 2, 0, 4]));
    const inputs = ['z', 'x', '.', 'y'];
    for (const format of ['text', 'json', 'sarif']) {
      const one = await runCli(['check', '--jobs', '1', '--format', format, ...inputs], dir);
      const two = await runCli(['check', '--jobs', '2', '--format', format, ...inputs], dir);
      assert.equal(two.stdout, one.stdout, format);
      assert.equal(two.stderr, one.stderr);
      assert.equal(two.code, one.code);
    }
    const paths = JSON.parse((await runCli(['check', '--jobs', '2', '--format', 'json', ...inputs], dir)).stdout).files.map((f: { path: string }) => f.path);
    assert.equal(paths.length, 20);
    assert.deepEqual(paths.slice(0, 5), fs.readdirSync(path.join(dir, 'z')).filter((f) => f.startsWith('0')).sort().map((f) => `z/${f}`));
  });

  it('--fix on worker threads writes the same files as in-process', async (t) => {
    const one = seedsDir(t);
    const seeds = fs.readdirSync(one);
    for (let i = 0; i < 6; i++) for (const f of seeds) fs.copyFileSync(path.join(one, f), path.join(one, `copy${i}-${f}`));
    const two = tempDir(t);
    for (const f of fs.readdirSync(one)) fs.copyFileSync(path.join(one, f), path.join(two, f));
    const r1 = await runCli(['check', '--fix', '--jobs', '1', '.'], one);
    const r2 = await runCli(['check', '--fix', '--jobs', '2', '.'], two);
    assert.equal(r2.stdout, r1.stdout);
    assert.match(r1.stdout, /^35 个文件：.*已修复 [1-9]\d* 个文件$/m);
    for (const f of fs.readdirSync(one)) assert.deepEqual(fs.readFileSync(path.join(two, f)), fs.readFileSync(path.join(one, f)), f);
  });

  it('a reader that stops early (| head) gets no stack trace', async (t) => {
    const dir = seedsDir(t);
    for (let i = 0; i < 20; i++) fs.copyFileSync(path.join(dir, SEED_000), path.join(dir, `copy${i}.txt`));
    const stderr = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'check', '--jobs', '1', '--format', 'json', '.'], { cwd: dir });
      let errText = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (errText += d));
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('error', reject);
      child.on('close', () => resolve(errText));
    });
    assert.equal(stderr, '');
  });

  it('checks a file over 10 MB', async (t) => {
    const dir = tempDir(t);
    const seed = fs.readFileSync(path.join(SEEDS, SEED_000), 'utf8');
    const paragraph = '本单位始终坚持以公开为常态、不公开为例外，持续做好政府信息主动公开工作。\n';
    fs.writeFileSync(path.join(dir, 'big.txt'), seed + paragraph.repeat(Math.ceil((11 * 1024 * 1024) / Buffer.byteLength(paragraph))));
    const r = await runCli(['check', '--format', 'json', 'big.txt'], dir);
    assert.equal(r.stderr, '');
    assert.equal(JSON.parse(r.stdout).files.length, 1);
  });
});
