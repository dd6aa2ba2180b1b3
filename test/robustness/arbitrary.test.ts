// Arbitrary text and bytes through the checker: it never throws, and every range it gives
// lies inside the document.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkText, formats } from '../../server/src/engine';
import { invariantProblems } from './invariants';

// Pieces of real reports make random text reach the parser's deeper paths.
const vocabulary = [
  ...formats['2021'].sections.map((s) => s.heading),
  ...formats['2021'].tables.flatMap((t) => [...t.rows.map((r) => r.numbering + r.label), ...t.columns.map((c) => c.label), t.heading ?? '']),
  ...formats['2019'].tables.flatMap((t) => t.columns.map((c) => c.label)),
  '\t', '\n', '\r\n', '\r', ' ', '  ', '|', '| --- |', '#', '## ', '（一）', '(二)', '0', '12', '345', '/', '—', '2025年', '[bookmark: _GoBack]', '\ufeff', '\u3000', '１２', '😀', '\ud800',
];
const reportish = fc.array(fc.oneof(fc.constantFrom(...vocabulary), fc.string({ maxLength: 8 }), fc.stringMatching(/^\d{1,12}$/)), { maxLength: 120 }).map((parts) => parts.join(''));

function holds(text: string): void {
  const result = checkText(text);
  assert.deepEqual(invariantProblems(text, result), []);
  assert.equal(checkText(text, { locale: 'en', formatVersion: '2019' }).diagnostics.length >= 0, true);
}

describe('arbitrary input', () => {
  it('arbitrary strings never throw; ranges inside the document', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), holds), { numRuns: 200 });
  });

  it('report-like strings never throw; ranges inside; cells point at their text', () => {
    fc.assert(fc.property(reportish, holds), { numRuns: 400 });
  });

  it('arbitrary bytes decoded as UTF-8 and as GB18030 never throw', () => {
    const utf8 = new TextDecoder('utf-8');
    const gb = new TextDecoder('gb18030');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        holds(utf8.decode(bytes));
        holds(gb.decode(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it('a report-like text in GB18030 bytes, decoded either way, never throws', () => {
    fc.assert(
      fc.property(reportish, (text) => {
        const bytes = new TextEncoder().encode(text);
        holds(new TextDecoder('gb18030').decode(bytes));
      }),
      { numRuns: 150 },
    );
  });
});
