// The real reports: exactly the reviewed findings, and the defects the project started from.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkText } from '../../server/src/engine';
import { findingLines } from '../support/expected';

const dir = join(import.meta.dirname, '../fixtures/real');
const read = (prefix: string) => readFileSync(join(dir, readdirSync(dir).find((n) => n.startsWith(prefix) && !n.includes('.expected'))!), 'utf8');
const codes = (text: string) => checkText(text).diagnostics.map((d) => d.code);

describe('real reports', () => {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt') && !n.endsWith('.expected.txt'))) {
    it(`${name} gives exactly its reviewed findings`, () => {
      const expected = readFileSync(join(dir, name.replace(/\.txt$/, '.expected.txt')), 'utf8').trim().split('\n').filter(Boolean);
      assert.deepEqual(findingLines(readFileSync(join(dir, name), 'utf8')), expected);
    });
    it(`${name} is read as a 2021-format report with all six sections and every table`, () => {
      const result = checkText(readFileSync(join(dir, name), 'utf8'));
      assert.equal(result.isReport, true);
      assert.equal(result.formatVersion, '2021');
      assert.deepEqual(result.model.sections.map((s) => s.number), [1, 2, 3, 4, 5, 6]);
      assert.deepEqual(
        result.model.tables.map((t) => t.tableId),
        ['article20-1', 'article20-5', 'article20-6', 'article20-8', 'application', 'review'],
      );
    });
  }

  it('seed 000: the label 本年度止件数 is flagged with the official wording as the fix', () => {
    const text = read('000');
    const d = checkText(text).diagnostics.find((x) => x.code === 'label')!;
    assert.match(d.message, /本年度止件数.*本年废止件数/);
    assert.equal(d.fixes[0].preferred, true);
    assert.equal(d.fixes[0].edits[0].newText, '本年废止件数');
  });

  it('seed 002: the [bookmark: _GoBack] artifact and the 不再受理 label', () => {
    const d = checkText(read('002')).diagnostics;
    assert.ok(d.some((x) => x.code === 'artifact' && x.message.includes('[bookmark: _GoBack]')));
    assert.ok(d.some((x) => x.code === 'label' && x.message.includes('不再受理')));
  });

  it('seed 003: the §四 row has 16 values', () => {
    const d = checkText(read('003')).diagnostics.find((x) => x.code === 'column-count')!;
    assert.equal(d.severity, 'error');
    assert.match(d.message, /15 个数值，实有 16 个/);
  });

  it('seed 003: the garbled title (公开 twice) is flagged and fixed', () => {
    const d = checkText(read('003')).diagnostics.find((x) => x.code === 'title')!;
    assert.equal(d.fixes[0].edits[0].newText, '政府信息公开工作年度报告');
  });

  it('seed 004: no 其他 column, the 其他法律法规禁止公开 label, prose 行政处罚 20 against 0', () => {
    const d = checkText(read('004')).diagnostics;
    assert.ok(d.some((x) => x.code === 'column-count' && x.message.includes('缺少“其他”列')));
    assert.ok(d.some((x) => x.code === 'label' && x.message.includes('其他法律法规禁止公开')));
    assert.ok(d.some((x) => x.code === 'text-table' && x.message.includes('行政处罚为 20') && x.message.includes('0')));
  });

  it('collapsed web text: digit runs are split by the arithmetic (217·1·0·0·0·0·218)', () => {
    const model = checkText(read('pingtan-2024')).model;
    const application = model.tables.find((t) => t.tableId === 'application')!;
    const received = application.rows.find((r) => r.rowId === 'received')!;
    assert.deepEqual(received.cells.map((c) => c.value), [217, 1, 0, 0, 0, 0, 218]);
    const review = model.tables.find((t) => t.tableId === 'review')!;
    assert.deepEqual(review.rows[0].cells.map((c) => c.value), [2, 1, 3, 1, 7, 0, 0, 0, 0, 0, 13, 2, 4, 0, 19]);
  });

  it('collapsed web text: a run with no unique split is reported, not guessed', () => {
    const d = checkText(read('pingtan-2021')).diagnostics.find((x) => x.code === 'cell-split')!;
    assert.match(d.message, /693665/);
    const cells = checkText(read('pingtan-2021')).model.tables[0].rows.find((r) => r.rowId === 'normativeDocs')!.cells;
    assert.equal(cells.length, 0);
  });

  it('no real report has a false arithmetic error', () => {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt') && !n.endsWith('.expected.txt'))) {
      const c = codes(readFileSync(join(dir, name), 'utf8'));
      for (const code of ['row-total', 'outcome-total', 'balance', 'group-total']) assert.ok(!c.includes(code), `${name}: ${code}`);
    }
  });

  it('every cell of every real report reads the text at its span', () => {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt') && !n.endsWith('.expected.txt'))) {
      const text = readFileSync(join(dir, name), 'utf8');
      for (const t of checkText(text).model.tables)
        for (const r of t.rows) for (const c of r.cells) assert.equal(text.slice(c.span.start, c.span.end), c.raw, `${name} ${r.rowId}`);
    }
  });
});
