// Fixes on real and synthetic reports: every fix removes its finding without a new error;
// applying all preferred fixes twice equals applying them once.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { applyEdits, checkText, nonOverlappingFixes, preferredFixes } from '../../server/src/engine';
import { layouts, syntheticReport } from '../support/reports';

const dir = join(import.meta.dirname, '../fixtures/real');
const real = readdirSync(dir)
  .filter((n) => n.endsWith('.txt') && !n.endsWith('.expected.txt'))
  .map((n) => ({ name: n, text: readFileSync(join(dir, n), 'utf8') }));

function fixAll(text: string): string {
  const d = checkText(text).diagnostics;
  const fixes = nonOverlappingFixes(text, preferredFixes(d));
  return applyEdits(text, fixes.flatMap((f) => f.edits));
}

const errorsOf = (text: string) =>
  checkText(text).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`);

/** A report with many defects at once, to exercise overlapping fixes. */
function damaged(layout: (typeof layouts)[number]): string {
  let t = syntheticReport({ layout });
  t = t.replace('本年制发件数', '[bookmark: _GoBack]本年度发件数');
  t = t.replace('四、政府信息公开行政复议、行政诉讼情况', '四、政府信息公开行政法复议、行政诉讼情况');
  t = t.replace('五、存在的主要问题及改进情况', '');
  t = t.replace('政府信息公开工作年度报告', '政府信息公开 公开工作年度报告');
  return t;
}

describe('fixes', () => {
  const samples = [
    ...real,
    ...layouts.map((layout) => ({ name: `damaged ${layout}`, text: damaged(layout) })),
  ];
  for (const { name, text } of samples) {
    it(`${name}: every fix removes its finding and creates no error`, () => {
      const before = checkText(text).diagnostics;
      for (const d of before) {
        for (const fix of d.fixes) {
          const after = applyEdits(text, fix.edits);
          const left = checkText(after).diagnostics;
          assert.ok(!left.some((x) => x.code === d.code && x.message === d.message && x.range.start.line === d.range.start.line), `${d.code}: “${fix.title}” leaves its finding`);
          const created = errorsOf(after).filter((e) => !errorsOf(text).includes(e));
          assert.deepEqual(created, [], `${d.code}: “${fix.title}” creates errors`);
        }
      }
    });
    it(`${name}: all preferred fixes twice equals once`, () => {
      const once = fixAll(text);
      assert.equal(fixAll(once), once);
      const remaining = checkText(once).diagnostics.filter((d) => d.fixes.some((f) => f.preferred));
      assert.deepEqual(remaining.map((d) => d.code), []);
    });
  }

  it('damaged reports are clean of fixable defects after fix-all', () => {
    for (const layout of layouts) {
      const fixed = fixAll(damaged(layout));
      const codes = checkText(fixed).diagnostics.map((d) => d.code);
      for (const code of ['artifact', 'label', 'heading-text', 'section-missing', 'title']) assert.ok(!codes.includes(code), `${layout}: ${code} left`);
    }
  });

  it('fixes keep CRLF line endings', () => {
    const text = damaged('tabs').replace(/\n/g, '\r\n');
    const fixed = fixAll(text);
    assert.ok(!/[^\r]\n/.test(fixed), 'a bare LF was inserted');
  });
});

describe('fix-all in one round', () => {
  const fixAllOnce = (text: string) => applyEdits(text, nonOverlappingFixes(text, preferredFixes(checkText(text).diagnostics)).flatMap((f) => f.edits));
  it('several sections missing at the same place are inserted together, in order', () => {
    const once = fixAllOnce('某局2025年政府信息公开工作年度报告\n一、总体情况\n');
    assert.equal(fixAllOnce(once), once);
    const headings = checkText(once).model.sections.map((s) => s.number);
    assert.deepEqual(headings, [1, 2, 3, 4, 5, 6]);
  });
  it('conversion debris before the title does not hide it', () => {
    const text = '[bookmark: _GoBack]\n' + readFileSync(join(dir, real.find((r) => r.name.startsWith('003'))!.name), 'utf8');
    assert.ok(checkText(text).diagnostics.some((d) => d.code === 'title'));
    const once = fixAllOnce(text);
    assert.equal(fixAllOnce(once), once);
  });
});
