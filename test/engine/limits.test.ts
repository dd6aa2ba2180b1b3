// A pathological text must not flood the editor: each rule lists at most MAX_FINDINGS_PER_RULE
// findings per check, and one more finding says how many were left out and where they start.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkText, LineIndex } from '../../server/src/engine';
import { MAX_FINDINGS_PER_RULE } from '../../server/src/engine/check';
import { layouts, syntheticReport } from '../support/reports';

describe('findings per rule', () => {
  const clean = syntheticReport({ layout: layouts[0] });
  // One line of 1,500 copies of the first section's heading: each copy after the first heading is a duplicate.
  const copies = 1500;
  const text = clean + '\n' + '一、总体情况；'.repeat(copies) + '\n';

  it(`lists ${MAX_FINDINGS_PER_RULE} and says how many more there are, from where`, () => {
    const duplicates = checkText(text).diagnostics.filter((d) => d.code === 'section-duplicate');
    assert.equal(duplicates.length, MAX_FINDINGS_PER_RULE + 1);
    const more = duplicates.find((d) => d.message.startsWith('此处起还有'));
    assert.ok(more, 'one finding tells of the rest');
    assert.equal(more.message, `此处起还有 ${copies - MAX_FINDINGS_PER_RULE} 处同类问题未逐一列出（每条规则最多列出 ${MAX_FINDINGS_PER_RULE} 处）；修正前面的问题后会继续列出。`);
    assert.equal(more.severity, 'error', 'the rule’s own severity');
    // It sits at the first copy left out: the 1,001st on the line.
    const line = new LineIndex(text).positionAt(clean.length + 1).line;
    assert.deepEqual(more.range.start, { line, character: MAX_FINDINGS_PER_RULE * '一、总体情况；'.length });
    const en = checkText(text, { locale: 'en' }).diagnostics.find((d) => d.code === 'section-duplicate' && d.message.includes('not listed'));
    assert.equal(en?.message, `${copies - MAX_FINDINGS_PER_RULE} more findings of this kind from here on are not listed (at most ${MAX_FINDINGS_PER_RULE} per rule); they are listed as the ones before are fixed.`);
  });

  it('applies to conversion leftovers as to any rule (they were cut at 200 without a word)', () => {
    const debris = clean + '\n' + '[bookmark: _GoBack]'.repeat(1200) + '\n';
    const artifacts = checkText(debris).diagnostics.filter((d) => d.code === 'artifact');
    assert.equal(artifacts.length, MAX_FINDINGS_PER_RULE + 1);
    assert.equal(artifacts.filter((d) => d.fixes.length === 1).length, MAX_FINDINGS_PER_RULE, 'each listed one can be deleted');
    assert.ok(artifacts.some((d) => d.message.startsWith('此处起还有 200 处')));
  });

  it('leaves smaller counts alone', () => {
    const few = clean + '\n' + '一、总体情况；'.repeat(20) + '\n';
    const duplicates = checkText(few).diagnostics.filter((d) => d.code === 'section-duplicate');
    assert.equal(duplicates.length, 20);
    assert.ok(duplicates.every((d) => d.message.startsWith('第一部分重复出现')));
  });
});
