// Every manifest string has its English and Chinese text; every runtime string of the client
// has a Chinese translation.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(import.meta.dirname, '..', '..');
const json = (p: string) => JSON.parse(readFileSync(join(root, p), 'utf8')) as Record<string, unknown>;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

test('package.json placeholders exist in package.nls.json and package.nls.zh-cn.json', () => {
  const manifest = readFileSync(join(root, 'package.json'), 'utf8');
  const keys = [...manifest.matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]);
  assert.ok(keys.length > 20);
  for (const nls of ['package.nls.json', 'package.nls.zh-cn.json']) {
    const table = json(nls);
    const missing = keys.filter((k) => typeof table[k] !== 'string');
    assert.deepEqual(missing, [], `${nls} lacks keys`);
    const unused = Object.keys(table).filter((k) => !keys.includes(k));
    assert.deepEqual(unused, [], `${nls} has unused keys`);
  }
});

test('every vscode.l10n.t string of the client is translated in l10n/bundle.l10n.zh-cn.json', () => {
  const bundle = json('l10n/bundle.l10n.zh-cn.json');
  const used = new Set<string>();
  for (const file of files(join(root, 'client', 'src'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) used.add(m[1]);
  }
  assert.ok(used.size > 10);
  assert.deepEqual([...used].filter((k) => typeof bundle[k] !== 'string'), [], 'untranslated');
  assert.deepEqual(Object.keys(bundle).filter((k) => !used.has(k)), [], 'unused translations');
  for (const [key, value] of Object.entries(bundle)) {
    const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort().join();
    assert.equal(placeholders(String(value)), placeholders(key), `placeholders of “${key}”`);
  }
});

test('the status bar reads 年报 2021 · 3 错误 and the summary 共 12 份报告：3 处错误，5 处警告 in Chinese', () => {
  const bundle = json('l10n/bundle.l10n.zh-cn.json') as Record<string, string>;
  const fill = (s: string, ...args: unknown[]) => s.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)]));
  assert.equal(fill(bundle['{0} · {1} errors'], fill(bundle['Report {0}'], 2021), 3), '年报 2021 · 3 错误');
  assert.equal(fill(bundle['{0} reports: {1} errors, {2} warnings'], 12, 3, 5), '共 12 份报告：3 处错误，5 处警告');
});
