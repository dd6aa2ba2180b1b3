// The rule registry is part of the interface: codes, default severities, docs and purity.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { rules } from '../../server/src/engine';
import { rulesDocument } from '../../scripts/rulesDocument';

const root = join(import.meta.dirname, '../..');

describe('rule registry', () => {
  it('has exactly the documented codes with their default severities', () => {
    const expected: Record<string, string> = {
      title: 'warning', 'section-missing': 'error', 'section-order': 'error', 'section-duplicate': 'error',
      'heading-text': 'warning', 'heading-level': 'hint', 'table-missing': 'error', 'row-missing': 'error', 'row-duplicate': 'error',
      'column-count': 'error', label: 'warning', 'cell-value': 'error', 'cell-split': 'warning',
      'format-version': 'warning', artifact: 'warning', punctuation: 'hint', 'row-total': 'error',
      'outcome-total': 'error', balance: 'error', 'group-total': 'error', 'text-table': 'warning',
      year: 'warning', 'fee-report': 'warning', 'prior-year': 'warning',
    };
    assert.deepEqual(Object.fromEntries(rules.map((r) => [r.code, r.defaultSeverity])), expected);
  });

  it('every rule documents itself in both languages', () => {
    for (const r of rules) {
      for (const text of [r.summary, r.basis, r.example.finding]) {
        assert.match(text.zh, /[\u4e00-\u9fff]/, `${r.code}: zh`);
        assert.ok(text.en.length > 5 && !/[\u4e00-\u9fff]{6,}/.test(text.en.replace(/“[^”]*”|（[^）]*）|〔[^〕]*〕|[\u4e00-\u9fff]+[·.]?[\u4e00-\u9fff]*/g, '')), `${r.code}: en`);
      }
    }
  });

  it('docs/rules.md is generated from the metadata and up to date', () => {
    assert.equal(readFileSync(join(root, 'docs/rules.md'), 'utf8'), rulesDocument());
  });
});

describe('the engine is pure', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const n of readdirSync(dir)) {
      const p = join(dir, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts')) files.push(p);
    }
  };
  walk(join(root, 'server/src/engine'));
  it('imports no Node, vscode or LSP module', () => {
    for (const f of files) {
      const src = readFileSync(f, 'utf8');
      for (const m of src.matchAll(/from\s+'([^']+)'/g)) {
        assert.ok(m[1].startsWith('.'), `${f} imports ${m[1]}`);
      }
      assert.ok(!/\brequire\(|\bprocess\.|\bBuffer\b/.test(src), `${f} uses Node globals`);
    }
  });
  it('keeps the official labels in the format data only', () => {
    const official = ['本年新收政府信息公开申请数量', '结转下年度继续办理', '第二十条第', '本年制发件数', '属于国家秘密'];
    for (const f of files.filter((x) => !x.includes('/format/'))) {
      const src = readFileSync(f, 'utf8').split('\n').filter((l) => !/^\s*(\/\/|\*|text:|finding:|fix:|zh:|en:)/.test(l.trim()) && !l.includes('example')).join('\n');
      for (const label of official) assert.ok(!src.includes(label), `${f} spells out “${label}”`);
    }
  });
});
