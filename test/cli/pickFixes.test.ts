import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex, applyEdits, nonOverlappingFixes } from '../../server/src/engine';
import type { Fix } from '../../server/src/engine';
import { pickFixes } from '../../server/src/cli/pickFixes';

const TEXT = 'ab\ncd\r\nef\rgh\n\nijklmnop\nqrstuvwxyz';
const index = new LineIndex(TEXT);

const spanArb = fc
  .tuple(fc.integer({ min: 0, max: TEXT.length }), fc.integer({ min: 0, max: 4 }))
  .map(([start, length]) => ({ start, end: Math.min(TEXT.length, start + length) }));
const fixArb = fc.array(spanArb, { minLength: 1, maxLength: 3 }).map(
  (spans, ): Fix => ({ title: 'f', preferred: true, edits: spans.map((s) => ({ range: index.range(s), newText: 'x' })) }),
);

function appliesAlone(fix: Fix): boolean {
  try {
    applyEdits(TEXT, fix.edits);
    return true;
  } catch {
    return false;
  }
}

describe('pickFixes', () => {
  it('picks what the engine’s nonOverlappingFixes picks (fixes that apply on their own)', () => {
    fc.assert(
      fc.property(fc.array(fixArb, { maxLength: 12 }), (fixes) => {
        assert.deepEqual(pickFixes(TEXT, fixes), nonOverlappingFixes(TEXT, fixes.filter(appliesAlone)));
      }),
      { numRuns: 3000 },
    );
  });

  it('its picks can always be applied together', () => {
    fc.assert(
      fc.property(fc.array(fixArb, { maxLength: 12 }), (fixes) => {
        applyEdits(TEXT, pickFixes(TEXT, fixes).flatMap((f) => f.edits));
      }),
      { numRuns: 2000 },
    );
  });

  it('handles fixes in any order on a large text', () => {
    const n = 100_000;
    const text = 'ab\n'.repeat(n);
    const big = new LineIndex(text);
    const fix = (i: number): Fix => ({ title: 't', preferred: true, edits: [{ range: big.range({ start: i * 3, end: i * 3 + 2 }), newText: 'x' }] });
    const order = Array.from({ length: n }, (_, i) => (i * 7919) % n); // a permutation: n is not a multiple of 7919
    const fixes = [...order.map(fix), ...order.slice(0, 1000).map(fix)]; // the repeats overlap and are left out
    const picked = pickFixes(text, fixes);
    assert.equal(picked.length, n);
    assert.equal(applyEdits(text, picked.flatMap((f) => f.edits)), 'x\n'.repeat(n));
  });
});
