// Fix-all for editors: the preferred fixes, then those only the fixed text offers (a row whose
// values follow from the sums once a wrong total is corrected), as edits of the original text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, checkText, fixAllEdits, nonOverlappingFixes, preferredFixes } from '../../server/src/engine';
import { originalSpanOf } from '../../server/src/engine/fixAll';
import { syntheticReport } from '../support/reports';

describe('fix-all edits', () => {
  const full = syntheticReport({ layout: 'tabs' });
  // A wrong row total, and a missing row that the column sums give only once that total is right.
  const text = full
    .replace('5.属于三类内部事务信息\t0\t0\t1\t0\t0\t0\t1', '5.属于三类内部事务信息\t0\t0\t1\t0\t0\t0\t9')
    .replace('1.属于国家秘密\t0\t0\t0\t2\t0\t0\t2\n', '');

  it('a fix the first round makes possible is part of the same fix-all', () => {
    assert.notEqual(text, full);
    const result = checkText(text);
    const oneRound = applyEdits(text, nonOverlappingFixes(text, preferredFixes(result.diagnostics)).flatMap((f) => f.edits));
    assert.ok(oneRound.includes('5.属于三类内部事务信息\t0\t0\t1\t0\t0\t0\t1') && !oneRound.includes('1.属于国家秘密'), 'one round corrects the total only');
    assert.equal(applyEdits(text, fixAllEdits(result)), full);
  });

  it('is the first round alone when nothing more follows, and nothing on a clean report', () => {
    const result = checkText(full.replace('5.属于三类内部事务信息\t0\t0\t1\t0\t0\t0\t1', '5.属于三类内部事务信息\t0\t0\t1\t0\t0\t0\t9'));
    assert.deepEqual(fixAllEdits(result), nonOverlappingFixes(result.model.text, preferredFixes(result.diagnostics)).flatMap((f) => f.edits));
    assert.deepEqual(fixAllEdits(checkText(full)), []);
  });

  it('checks later rounds with the same options', () => {
    // With row-missing off, the second round has nothing to add.
    const options = { rules: { 'row-missing': 'off' as const } };
    const fixed = applyEdits(text, fixAllEdits(checkText(text, options), options));
    assert.ok(!fixed.includes('1.属于国家秘密'));
  });
});

describe('where a span of the fixed text lies in the original', () => {
  // The original had "abcdef"; "b" became "XYZ" and "e" was deleted: the fixed text is "aXYZcdf".
  const changes = [
    { span: { start: 1, end: 2 }, newText: 'XYZ' },
    { span: { start: 4, end: 5 }, newText: '' },
  ];
  it('before, between and after the changes', () => {
    assert.deepEqual(originalSpanOf({ start: 0, end: 0 }, changes), { start: 0, end: 0 });
    assert.deepEqual(originalSpanOf({ start: 5, end: 5 }, changes), { start: 3, end: 3 }); // between "c" and "d"
    assert.deepEqual(originalSpanOf({ start: 7, end: 7 }, changes), { start: 6, end: 6 }); // the end
  });
  it('none where the span touches or enters what a change wrote', () => {
    assert.equal(originalSpanOf({ start: 2, end: 3 }, changes), undefined); // inside "XYZ"
    assert.equal(originalSpanOf({ start: 4, end: 4 }, changes), undefined); // right after "XYZ"
    assert.equal(originalSpanOf({ start: 6, end: 6 }, changes), undefined); // where "e" was
  });
});
