// What people type in a table's cells besides digits: a unit after the value (`4件`, `4 件`,
// `12.5万元`, `3人次`) is read as the value, its span the digits alone (a fix rewrites them and
// keeps the unit); 无 alone in a cell stands where a value should, as `—` does; `+3` is 3. Each
// case asserts what the user sees.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, checkText, readModel } from '../../server/src/engine';
import { layouts, syntheticReport } from '../support/reports';

const cells = (text: string) => readModel(text).tables.map((t) => t.rows.map((r) => `${r.rowId}=${r.cells.map((c) => c.value).join(',')}`).join(' '));

describe('units and words in table cells', () => {
  for (const layout of layouts.filter((l) => l !== 'collapsed'))
    it(`${layout}: values typed with units read as without them`, () => {
      const clean = syntheticReport({ layout });
      for (const unit of ['件', ' 件', '人次', '万元']) {
        const text = clean.replace(/(规章\D*?)(\d+)(\D+?)(\d+)(\D+?)(\d+)/, `$1$2${unit}$3$4${unit}$5$6${unit}`);
        assert.notEqual(text, clean);
        assert.deepEqual(cells(text), cells(clean), JSON.stringify(unit));
        assert.deepEqual(checkText(text).diagnostics, [], JSON.stringify(unit));
      }
    });

  it('a wrong value typed with a unit is fixed in its digits, the unit kept', () => {
    const clean = syntheticReport({ layout: 'tabs' });
    const line = clean.split('\n').find((l) => l.startsWith('一、本年新收'))!;
    const values = line.split('\t').slice(1);
    const wrong = [...values.slice(0, -1), String(Number(values.at(-1)) + 1)].map((v) => `${v}件`);
    const text = clean.replace(line, ['一、本年新收政府信息公开申请数量', ...wrong].join('\t'));
    const [finding] = checkText(text).diagnostics.filter((d) => d.code === 'row-total');
    assert.match(finding.message, new RegExp(`总计应为 ${values.at(-1)}（`));
    const fixed = applyEdits(text, finding.fixes[0].edits);
    assert.equal(fixed.split('\n').find((l) => l.startsWith('一、本年新收')), ['一、本年新收政府信息公开申请数量', ...values.map((v) => `${v}件`)].join('\t'));
  });

  for (const layout of layouts.filter((l) => l !== 'collapsed'))
    it(`${layout}: 无 in a cell is reported as a placeholder`, () => {
      const clean = syntheticReport({ layout });
      const m = /行政许可(\s*\|?\s*)4/.exec(clean)!;
      const text = clean.replace(m[0], `行政许可${m[1]}无`);
      assert.deepEqual(checkText(text).diagnostics.map((d) => d.message), ['“行政许可”的“本年处理决定数量”应填写数字，而不是“无”；没有就填 0。']);
    });

  it('an increase written with its sign (+3, ＋3) in 本年增/减 is the value', () => {
    const clean = syntheticReport({ layout: 'tabs', year: 2020 });
    const line = clean.split('\n').find((l) => l.startsWith('行政许可'))!;
    const [label, before, change, after] = line.split('\t');
    assert.match(change, /^\d+$/);
    for (const sign of ['+', '＋']) {
      const text = clean.replace(line, [label, before, sign + change, after].join('\t'));
      assert.deepEqual(cells(text), cells(clean), sign);
      assert.deepEqual(checkText(text).diagnostics, [], sign);
    }
  });

  it('无 inside label text, spaced out or alone on a line under a table, is no cell', () => {
    const clean = syntheticReport({ layout: 'tabs' });
    assert.deepEqual(checkText(clean.replace('（四）无法提供', '（四）无 法 提 供')).diagnostics, []);
    assert.deepEqual(checkText(clean.replace('行政事业性收费\t12.5', '行政事业性收费\t12.5\n无')).diagnostics, []);
  });
});
