// Formatting after random damage (the damage of ./damage.ts, in generated reports of every
// layout and both versions): it adds no error, drops no value, moves no cell, and a second
// formatting changes nothing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { applyEdits, checkText } from '../../server/src/engine';
import { allCellsKey, formatEdits } from '../../server/src/engine/services';
import { generateReport, layouts } from '../../bench/corpus';
import { damaged, damages } from './damage';

const errors = (text: string) =>
  checkText(text)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => `${d.code} ${d.message.replace(/第 \d+ 行/g, '第 N 行')}`);

/**
 * How often each digit is written outside section headings (whose stray characters formatting
 * may remove) and item numbers (`1.`, which formatting may write where a label lacked it).
 */
export function valueDigits(text: string): number[] {
  const result = checkText(text);
  let rest = text;
  for (const s of [...result.model.sections].sort((a, b) => b.heading.span.start - a.heading.span.start))
    rest = rest.slice(0, s.heading.span.start) + rest.slice(s.heading.span.end);
  rest = rest.replace(/\[bookmark:[^\]\n]*\]/g, '').replace(/\d(?=[.．、]\s*[^\d\s])/g, '');
  const counts = new Array(10).fill(0);
  for (const m of rest.matchAll(/[0-9０-９]/g)) counts[(m[0].charCodeAt(0) - (m[0] >= '０' ? 0xff10 : 48))]++;
  return counts;
}

const format = (text: string) => applyEdits(text, formatEdits(checkText(text)));

describe('formatting after random damage', () => {
  for (const layout of layouts)
    it(layout, () => {
      const reports = (['2019', '2021'] as const).map((version) => generateReport(23, { layout, version }).text);
      fc.assert(
        fc.property(fc.constantFrom(...reports), damages, (report, edits) => {
          const text = damaged(report, edits);
          const once = format(text);
          const before = errors(text);
          assert.deepEqual(errors(once).filter((e) => !before.includes(e)), [], 'formatting created errors');
          const lost = valueDigits(text).map((n, digit) => ({ digit, n: n - valueDigits(once)[digit] })).filter((x) => x.n > 0);
          assert.deepEqual(lost, [], 'formatting dropped digits');
          assert.equal(allCellsKey(checkText(once).model.tables), allCellsKey(checkText(text).model.tables), 'formatting moved a cell');
          assert.equal(format(once), once, 'a second formatting changed the text');
        }),
        { numRuns: 150, seed: 20261203 },
      );
    });
});
