// Digit splitting of collapsed web text, and the memory of searched runs: a remembered
// outcome must be exactly what a fresh search gives. Also the character classes the scanners
// read from codes instead of regular expressions.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_REMEMBERED_PARTS, rememberedSplits, splitDigits, splitDigitsRemembered, type RowConstraint } from '../../server/src/engine/parse/split';

// Three parts: a + b = total (the last).
const rowTotal: RowConstraint[] = [{ left: [2], right: [0, 1] }];

describe('digit splitting', () => {
  it('a run with one split that fits the sum is cut there', () => {
    const outcome = splitDigits(['3710'], 3, rowTotal);
    assert.equal(outcome.kind, 'unique');
    assert.deepEqual(outcome.kind === 'unique' && outcome.parts.map((p) => p.value), [3, 7, 10]);
  });

  it('a run that fits in several ways is ambiguous, one that fits in none is reported as such', () => {
    const ambiguous = splitDigits(['11213'], 3, rowTotal); // 1+12=13, 11+2=13
    assert.equal(ambiguous.kind, 'ambiguous');
    assert.equal(ambiguous.kind === 'ambiguous' && ambiguous.candidates.length, 2);
    assert.equal(splitDigits(['999'], 3, rowTotal).kind, 'none');
  });

  it('a remembered outcome equals a fresh search, for repeated and new runs alike', () => {
    for (const run of ['3710', '11213', '999', '3710', '000', '11213']) {
      const fresh = splitDigits([run], 3, rowTotal);
      assert.deepEqual(splitDigitsRemembered([run], 3, rowTotal), fresh);
      assert.deepEqual(splitDigitsRemembered([run], 3, rowTotal), fresh);
    }
  });

  it('a run too long for any split, or with decimals running on, is not kept (a pasted digit string)', () => {
    const constraints: RowConstraint[] = [{ left: [2], right: [0, 1] }];
    splitDigitsRemembered(['3710'], 3, constraints);
    assert.deepEqual(rememberedSplits(constraints), { outcomes: 1, parts: 3 });
    assert.deepEqual(splitDigitsRemembered(['1'.repeat(100_000)], 3, constraints), { kind: 'none' });
    assert.deepEqual(rememberedSplits(constraints), { outcomes: 1, parts: 3 });
    // Nor one whose decimals run on: searched, answered as a fresh search would, not kept.
    const decimals = ['0'.repeat(100_000)];
    assert.deepEqual(splitDigitsRemembered(['3710'], 3, constraints, decimals), splitDigits(['3710'], 3, constraints, decimals));
    assert.deepEqual(rememberedSplits(constraints), { outcomes: 1, parts: 3 });
  });

  it('the memory is bounded by the parts its outcomes hold: ambiguous outcomes keep whole rows', () => {
    // No constraint at all: every split of a 14-digit run into 7 parts fits, up to the 64 kept.
    const constraints: RowConstraint[] = [];
    let cleared = 0;
    for (let i = 0; i < 300; i++) {
      const before = rememberedSplits(constraints).outcomes;
      const outcome = splitDigitsRemembered([String(12_345_678_912_345 + i * 7919)], 7, constraints);
      assert.equal(outcome.kind, 'ambiguous');
      const now = rememberedSplits(constraints);
      if (now.outcomes <= before) cleared++;
      assert.ok(now.parts <= MAX_REMEMBERED_PARTS, String(now.parts));
    }
    assert.ok(cleared >= 1, 'started over at least once, long before 2,000 outcomes');
  });

  it('remembered outcomes are told apart by the part count, decimals and constraints', () => {
    const other: RowConstraint[] = [{ left: [0], right: [1, 2] }];
    assert.deepEqual(splitDigitsRemembered(['1037'], 3, other), splitDigits(['1037'], 3, other));
    assert.deepEqual(splitDigitsRemembered(['3710'], 3, rowTotal, ['5']), splitDigits(['3710'], 3, rowTotal, ['5']));
    assert.deepEqual(splitDigitsRemembered(['3710'], 3, rowTotal, ['5'], [false, false, true]), splitDigits(['3710'], 3, rowTotal, ['5'], [false, false, true]));
    assert.deepEqual(splitDigitsRemembered(['3710'], 4, rowTotal), splitDigits(['3710'], 4, rowTotal));
  });
});

describe('character classes read from codes', () => {
  it('isRegExpSpace and isLineTerminator agree with the regular-expression engine on every UTF-16 unit', async () => {
    const { isLineTerminator, isRegExpSpace } = await import('../../server/src/engine/parse/normalize');
    for (let c = 0; c < 65536; c++) {
      const ch = String.fromCharCode(c);
      assert.equal(isRegExpSpace(c), /\s/.test(ch), `\\s at U+${c.toString(16)}`);
      // A multiline `^` matches right after a line terminator and nowhere else inside a text.
      assert.equal(isLineTerminator(c), /^b/m.test(`a${ch}b`), `line terminator at U+${c.toString(16)}`);
    }
  });
});
