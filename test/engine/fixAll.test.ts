// Fix-all for editors: the preferred fixes, then those only the fixed text offers (a row whose
// values follow from the sums once a wrong total is corrected), as edits of the original text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, checkText, fixAllEdits, nonOverlappingFixes, preferredFixes } from '../../server/src/engine';
import { applySpanEdits } from '../../server/src/engine/applyEdits';
import { composeChanges } from '../../server/src/engine/fixAll';
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

describe('later fixes composed with earlier ones', () => {
  // The original "abcdef"; round one made "b" into "XYZ" and deleted "e": the fixed text is "aXYZcdf".
  const original = 'abcdef';
  const earlier = [
    { span: { start: 1, end: 2 }, newText: 'XYZ' },
    { span: { start: 4, end: 5 }, newText: '' },
  ];
  const fixed = applySpanEdits(original, earlier);
  const composed = (later: { span: { start: number; end: number }; newText: string }[]) => {
    const changes = composeChanges(fixed, earlier, later);
    // Whatever the later edits, the composed changes give the original exactly what the rounds gave it.
    const rounds = later.reduceRight((t, c) => t.slice(0, c.span.start) + c.newText + t.slice(c.span.end), fixed);
    assert.equal(applySpanEdits(original, changes), rounds);
    return changes;
  };

  it('a later edit clear of the earlier ones is moved to its place in the original', () => {
    assert.equal(fixed, 'aXYZcdf');
    assert.deepEqual(composed([{ span: { start: 0, end: 0 }, newText: '>' }]), [{ span: { start: 0, end: 0 }, newText: '>' }, ...earlier]);
    assert.deepEqual(composed([{ span: { start: 5, end: 5 }, newText: '+' }]), [earlier[0], { span: { start: 3, end: 3 }, newText: '+' }, earlier[1]]);
  });

  it('a later edit inside, across or touching what a round wrote joins that change', () => {
    assert.deepEqual(composed([{ span: { start: 0, end: 1 }, newText: 'A' }]), [{ span: { start: 0, end: 2 }, newText: 'AXYZ' }, earlier[1]]);
    assert.deepEqual(composed([{ span: { start: 2, end: 3 }, newText: '' }]), [{ span: { start: 1, end: 2 }, newText: 'XZ' }, earlier[1]]);
    assert.deepEqual(composed([{ span: { start: 3, end: 5 }, newText: '-' }]), [{ span: { start: 1, end: 3 }, newText: 'XY-' }, earlier[1]]);
    // Right after "XYZ", and where "e" was: no guess about the side, the insertion joins the change.
    assert.deepEqual(composed([{ span: { start: 4, end: 4 }, newText: '!' }]), [{ span: { start: 1, end: 2 }, newText: 'XYZ!' }, earlier[1]]);
    assert.deepEqual(composed([{ span: { start: 6, end: 6 }, newText: 'E' }]), [earlier[0], { span: { start: 4, end: 5 }, newText: 'E' }]);
  });

  it('a later edit spanning several earlier changes makes them one', () => {
    assert.deepEqual(composed([{ span: { start: 0, end: 7 }, newText: 'new' }]), [{ span: { start: 0, end: 6 }, newText: 'new' }]);
    assert.deepEqual(composed([{ span: { start: 3, end: 6 }, newText: '' }]), [{ span: { start: 1, end: 5 }, newText: 'XY' }]);
  });
});

describe('fix-all on a label fix that leaves debris for the next check', () => {
  // Collapsed web text with the numbering typed twice: the first round corrects the label's
  // wording and leaves a stray bracket in front of it, which the next check reads as part of the label.
  const full = syntheticReport({ layout: 'collapsed' });
  const label = '（二）部分公开（区分处理的，只计这一情形，不计其他情形）';
  const text = full.replace(label, '（（二）二）部分公开（区分处理的，只计这一情形，不计其他情形）');

  it('ends with the official label in one fix-all, as two rounds of --fix do', () => {
    assert.notEqual(text, full);
    const result = checkText(text);
    const oneRound = applyEdits(text, nonOverlappingFixes(text, preferredFixes(result.diagnostics)).flatMap((f) => f.edits));
    assert.notEqual(oneRound, full, 'one round leaves the stray bracket');
    const fixed = applyEdits(text, fixAllEdits(result));
    assert.equal(fixed, full);
    assert.deepEqual(fixAllEdits(checkText(fixed)), []);
  });
});
