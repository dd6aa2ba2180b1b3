// Word's automatic list numbers are not copied with the text: `一、总体情况` arrives as `总体情况`.
// Every section was then missing — six section-missing errors whose fixes would insert six empty
// sections, and no table read at all; so was one numbered in another form (`1、总体情况`). A line
// holding a section's wording exactly, and nothing else besides such numbering, is now that
// section's heading when no heading with a numeral names it; section-order reports the missing
// or foreign numeral and its fix writes 一、.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, checkText, fixAllEdits, readModel } from '../../server/src/engine';
import { layouts, syntheticReport } from '../support/reports';

const HEADINGS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
/** `text` with the numerals of its section headings (whole lines, after `#` marks) left out. */
const unnumbered = (text: string, numerals = '一二三四五六') =>
  HEADINGS.filter((h) => numerals.includes(h[0])).reduce((t, h) => t.replace(new RegExp(`^(#+ )?${h}$`, 'm'), `$1${h.slice(2)}`), text);

describe('section headings that lost their numerals', () => {
  for (const layout of layouts.filter((l) => l !== 'collapsed'))
    it(`${layout}: each is found, reported once, and fix-all writes the numerals back`, () => {
      const clean = syntheticReport({ layout });
      const text = unnumbered(clean);
      assert.notEqual(text, clean);
      assert.deepEqual(readModel(text).sections.map((s) => s.number), [1, 2, 3, 4, 5, 6]);
      const result = checkText(text);
      assert.deepEqual(
        result.diagnostics.map((d) => `${d.code} ${d.message}`),
        HEADINGS.map((h) => `section-order 章节标题缺少编号“${h.slice(0, 2)}”，应为“${h}”。`),
      );
      // The tables are read as in the numbered report.
      assert.deepEqual(readModel(text).tables.map((t) => t.rows.map((r) => r.cells.map((c) => c.value).join(','))), readModel(clean).tables.map((t) => t.rows.map((r) => r.cells.map((c) => c.value).join(','))));
      assert.equal(applyEdits(text, fixAllEdits(result)), clean);
    });

  it('one heading without its numeral among numbered ones', () => {
    const clean = syntheticReport({ layout: 'tabs' });
    const text = unnumbered(clean, '四');
    assert.deepEqual(checkText(text).diagnostics.map((d) => d.message), ['章节标题缺少编号“四、”，应为“四、政府信息公开行政复议、行政诉讼情况”。']);
  });

  it('numbering in another form (1、 1. 第一部分 一， 壹、) is reported, and the fix writes 一、', () => {
    const clean = syntheticReport({ layout: 'tabs' });
    for (const numbering of ['1、', '1.', '１．', '第一部分 ', '一 ', '一，', '壹、']) {
      const text = clean.replace('一、总体情况', `${numbering}总体情况`);
      const found = checkText(text).diagnostics;
      assert.deepEqual(found.map((d) => d.message), [`章节编号“${numbering.trim()}”应为“一、”：“一、总体情况”是第一部分。`], numbering);
      assert.equal(applyEdits(text, found[0].fixes[0].edits), clean, numbering);
    }
  });

  it('numbering garbled by a stray mark (一:、, 四）、) is section-order’s alone to rewrite (the fuzzer, seed 146)', () => {
    const clean = syntheticReport({ layout: 'tabs' });
    for (const numbering of ['一:、', '一）、']) {
      const text = clean.replace('一、总体情况', `${numbering}总体情况`);
      const found = checkText(text).diagnostics;
      // No punctuation fix inside it: turning `:` into `：` would only change the numbering the message quotes.
      assert.deepEqual(found.map((d) => d.message), [`章节编号“${numbering}”应为“一、”：“一、总体情况”是第一部分。`], numbering);
      assert.equal(applyEdits(text, fixAllEdits(checkText(text))), clean, numbering);
    }
  });

  it('a variant wording without its numeral: either fix writes both', () => {
    const clean = syntheticReport({ layout: 'tabs' });
    const text = clean.replace('四、政府信息公开行政复议、行政诉讼情况', '因政府信息公开工作被申请行政复议、提起行政诉讼情况');
    const found = checkText(text).diagnostics;
    assert.deepEqual(found.map((d) => d.code).sort(), ['heading-text', 'section-order']);
    for (const d of found) assert.equal(applyEdits(text, d.fixes[0].edits), clean, d.code);
  });

  it('a bookmark before the wording stays where it is, the numeral goes after it', () => {
    const clean = syntheticReport({ layout: 'tabs' });
    const text = clean.replace('一、总体情况', '[bookmark: _GoBack]总体情况');
    const result = checkText(text);
    assert.deepEqual(result.diagnostics.map((d) => d.code).sort(), ['artifact', 'section-order']);
    assert.equal(applyEdits(text, fixAllEdits(result)), clean);
  });

  it('a line repeating a numbered section’s wording (a table caption) is no second heading', () => {
    const clean = syntheticReport({ layout: 'tabs' });
    const text = clean.replace('三、收到和处理政府信息公开申请情况\n', '三、收到和处理政府信息公开申请情况\n收到和处理政府信息公开申请情况\n');
    assert.notEqual(text, clean);
    assert.deepEqual(checkText(text).diagnostics.map((d) => d.code), []);
  });

  it('only the wording exactly, alone on its line: a typo or more text on the line is no heading', () => {
    const clean = syntheticReport({ layout: 'tabs' });
    for (const line of ['总体清况', '总体情况良好，各项工作有序开展'])
      assert.deepEqual(
        checkText(clean.replace('一、总体情况', line)).diagnostics.filter((d) => d.code === 'section-missing').map((d) => d.message),
        ['缺少第一部分“一、总体情况”。'],
        line,
      );
  });
});
