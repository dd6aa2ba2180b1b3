// The whole `check` command in-process, with a predictable stand-in engine (see fakeEngine.ts).
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { run } from '../../server/src/cli/run';
import type { RuleMeta } from '../../server/src/engine';
import { fakeCheck } from './fakeEngine';
import { tempDir } from './helpers';
import { assertValidSarif } from './sarifShape';

const fakeRules: RuleMeta[] = [
  {
    code: 'test-jia',
    category: 'structure',
    defaultSeverity: 'error',
    summary: { zh: '甲应写作乙', en: 'Jia is written yi' },
    basis: { zh: '测试用', en: 'for tests' },
    example: { text: '甲', finding: { zh: '甲应为乙', en: 'jia should be yi' } },
  },
  {
    code: 'test-bing',
    category: 'consistency',
    defaultSeverity: 'warning',
    summary: { zh: '不宜出现丙', en: 'Avoid bing' },
    basis: { zh: '测试用', en: 'for tests' },
    example: { text: '丙', finding: { zh: '出现丙', en: 'bing found' } },
  },
];

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd,
    cpus: 4,
    version: '9.9.9',
    check: fakeCheck,
    rules: fakeRules,
  });
  return { code, stdout, stderr };
}

function fixture(t: Parameters<typeof tempDir>[0]) {
  const dir = tempDir(t);
  fs.writeFileSync(path.join(dir, 'a.txt'), '标题\n第二行有甲和丙\n丁');
  fs.mkdirSync(path.join(dir, 'sub'));
  fs.writeFileSync(path.join(dir, 'sub', 'b.md'), '甲');
  fs.writeFileSync(path.join(dir, 'clean.txt'), '没有问题');
  return dir;
}

describe('check command (in-process, stand-in engine)', () => {
  it('prints path:line:col: severity code message and a zh-CN summary; exit 1 on errors', async (t) => {
    const dir = fixture(t);
    const r = await cli(['check', '.'], dir);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '');
    assert.equal(
      r.stdout,
      [
        'a.txt:2:5: error test-jia 甲应为乙',
        'a.txt:2:7: warning test-bing 出现丙',
        'a.txt:3:1: information test-ding 出现丁',
        path.join('sub', 'b.md') + ':1:1: error test-jia 甲应为乙',
        '3 个文件：2 处错误，1 处警告，1 处提示',
        '',
      ].join('\n'),
    );
  });

  it('speaks English with --locale en', async (t) => {
    const dir = fixture(t);
    const r = await cli(['check', '--locale', 'en', 'clean.txt', 'sub'], dir);
    assert.equal(r.stdout, `${path.join('sub', 'b.md')}:1:1: error test-jia jia should be yi\n2 files: 1 error, 0 warnings\n`);
  });

  it('exits 0 when only warnings remain, and honours --rule', async (t) => {
    const dir = fixture(t);
    assert.equal((await cli(['check', 'clean.txt'], dir)).code, 0);
    const r = await cli(['check', '--rule', 'test-jia=warning', '--rule', 'test-bing=off', 'a.txt'], dir);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^a\.txt:2:5: warning test-jia /m);
    assert.doesNotMatch(r.stdout, /test-bing/);
  });

  it('writes the engine diagnostics unchanged as JSON', async (t) => {
    const dir = fixture(t);
    const r = await cli(['check', '--format', 'json', '--format-version', '2019', 'a.txt', 'clean.txt'], dir);
    assert.equal(r.code, 1);
    const report = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(report), ['files', 'errors']);
    assert.deepEqual(report.errors, []);
    assert.deepEqual(report.files.map((f: { path: string }) => f.path), ['a.txt', 'clean.txt']);
    assert.equal(report.files[0].formatVersion, '2019');
    const expected = fakeCheck(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8'), { formatVersion: '2019' }).diagnostics;
    assert.deepEqual(report.files[0].diagnostics, expected);
    const jia = report.files[0].diagnostics[0];
    assert.deepEqual(Object.keys(jia).sort(), ['code', 'fixes', 'message', 'range', 'related', 'severity']);
    assert.deepEqual(jia.range, { start: { line: 1, character: 4 }, end: { line: 1, character: 5 } });
    assert.deepEqual(report.files[1].diagnostics, []);
  });

  it('writes valid SARIF 2.1.0 with rules, 1-based regions, related locations and fixes', async (t) => {
    const dir = fixture(t);
    const r = await cli(['check', '--format', 'sarif', 'a.txt', 'sub'], dir);
    assert.equal(r.code, 1);
    const log = JSON.parse(r.stdout);
    assertValidSarif(log);
    const run0 = log.runs[0];
    assert.equal(run0.tool.driver.name, 'ogi-report');
    assert.equal(run0.tool.driver.version, '9.9.9');
    const rules = run0.tool.driver.rules;
    assert.deepEqual(rules.slice(0, 2).map((x: { id: string; defaultConfiguration: { level: string } }) => [x.id, x.defaultConfiguration.level]), [['test-jia', 'error'], ['test-bing', 'warning']]);
    assert.equal(rules[0].shortDescription.text, '甲应写作乙');
    // test-ding has no metadata: it still gets a rule entry.
    assert.equal(rules[2].id, 'test-ding');
    assert.deepEqual(run0.results.map((x: { ruleId: string; level: string }) => [x.ruleId, x.level]), [['test-jia', 'error'], ['test-bing', 'warning'], ['test-ding', 'note'], ['test-jia', 'error']]);
    const jia = run0.results[0];
    assert.equal(rules[jia.ruleIndex].id, 'test-jia');
    assert.equal(jia.message.text, '甲应为乙');
    assert.deepEqual(jia.locations[0].physicalLocation, { artifactLocation: { uri: 'a.txt', uriBaseId: '%SRCROOT%' }, region: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 6 } });
    assert.equal(jia.relatedLocations[0].message.text, '文首');
    assert.deepEqual(jia.relatedLocations[0].physicalLocation.region, { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 });
    assert.equal(jia.fixes.length, 2);
    assert.equal(jia.fixes[0].description.text, '改为乙');
    assert.deepEqual(jia.fixes[0].artifactChanges[0].replacements, [{ deletedRegion: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 6 }, insertedContent: { text: '乙' } }]);
    assert.equal(run0.results[3].locations[0].physicalLocation.artifactLocation.uri, 'sub/b.md');
    assert.equal(run0.invocations[0].executionSuccessful, true);
  });

  it('percent-encodes non-ASCII paths in SARIF and uses file URLs outside the working directory', async (t) => {
    const dir = fixture(t);
    fs.writeFileSync(path.join(dir, '年度 报告#1.txt'), '甲');
    const log2 = JSON.parse((await cli(['check', '--format', 'sarif', '年度 报告#1.txt'], dir)).stdout);
    assertValidSarif(log2);
    assert.equal(log2.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, '%E5%B9%B4%E5%BA%A6%20%E6%8A%A5%E5%91%8A%231.txt');
    const outside = JSON.parse((await cli(['check', '--format', 'sarif', path.join(dir, 'a.txt')], path.join(dir, 'sub'))).stdout);
    assertValidSarif(outside);
    const uri = outside.runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    assert.equal(uri.uriBaseId, undefined);
    assert.match(uri.uri, /^file:\/\/\/.*\/a\.txt$/);
  });

  it('--fix writes the fixes and prints the findings of the fixed text', async (t) => {
    const dir = fixture(t);
    const r = await cli(['check', '--fix', '.'], dir);
    assert.equal(r.code, 0);
    assert.equal(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8'), '标题\n第二行有乙和丙\n丁');
    assert.equal(fs.readFileSync(path.join(dir, 'sub', 'b.md'), 'utf8'), '乙');
    assert.equal(r.stdout, ['a.txt:2:7: warning test-bing 出现丙', 'a.txt:3:1: information test-ding 出现丁', '3 个文件：0 处错误，1 处警告，1 处提示；已修复 2 个文件', ''].join('\n'));
  });

  it('a read-only file: message on stderr, exit 2, the other files still fixed', async (t) => {
    const dir = fixture(t);
    fs.chmodSync(path.join(dir, 'a.txt'), 0o444);
    const r = await cli(['check', '--fix', '--locale', 'en', 'a.txt', 'sub'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'a.txt: file is read-only, fixes not written\n');
    assert.equal(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8'), '标题\n第二行有甲和丙\n丁');
    assert.equal(fs.readFileSync(path.join(dir, 'sub', 'b.md'), 'utf8'), '乙');
    assert.match(r.stdout, /^a\.txt:2:5: error test-jia /m);
  });

  it('missing inputs and binary files: one message each on stderr, exit 2, the rest checked', async (t) => {
    const dir = fixture(t);
    fs.writeFileSync(path.join(dir, 'blob.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) % 256)));
    const r = await cli(['check', 'missing.txt', 'blob.txt', 'clean.txt', 'gone/'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'missing.txt：文件或目录不存在\nblob.txt：不是文本文件（含二进制内容），已跳过\ngone/：文件或目录不存在\n');
    assert.equal(r.stdout, '1 个文件：0 处错误，0 处警告\n');
    const json = JSON.parse((await cli(['check', '--format', 'json', 'missing.txt', 'blob.txt', 'clean.txt'], dir)).stdout);
    assert.deepEqual(json.errors.map((e: { path: string }) => e.path), ['missing.txt', 'blob.txt']);
    assert.deepEqual(json.files.map((f: { path: string }) => f.path), ['clean.txt']);
    const sarif = JSON.parse((await cli(['check', '--format', 'sarif', 'missing.txt', 'clean.txt'], dir)).stdout);
    assertValidSarif(sarif);
    assert.equal(sarif.runs[0].invocations[0].executionSuccessful, false);
    assert.equal(sarif.runs[0].invocations[0].toolExecutionNotifications[0].message.text, 'missing.txt：文件或目录不存在');
  });

  it('usage errors go to stderr with exit 2 and nothing on stdout', async (t) => {
    const dir = fixture(t);
    for (const args of [['check', '--bogus', 'a.txt'], ['check'], ['check', '--rule', 'nope=off', 'a.txt'], []]) {
      const r = await cli(args, dir);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /^用法错误：/);
    }
  });
});
