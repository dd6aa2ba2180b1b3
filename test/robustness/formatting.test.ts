// Formatting after random damage (the damage of ./damage.ts, in generated reports of every
// layout and both versions): it adds no error, drops no value, moves no cell, and a second
// formatting changes nothing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addedErrors, applyEdits, checkText } from '../../server/src/engine';
import { allCellsKey, formatEdits } from '../../server/src/engine/services';
import { generateReport, layouts } from '../../bench/corpus';
import { damaged, damages } from './damage';
import { lostWords, valueDigits } from './invariants';


const format = (text: string) => applyEdits(text, formatEdits(checkText(text)));

describe('formatting after random damage', () => {
  for (const layout of layouts)
    it(layout, () => {
      const reports = (['2019', '2021'] as const).map((version) => generateReport(23, { layout, version }).text);
      fc.assert(
        fc.property(fc.constantFrom(...reports), damages, (report, edits) => {
          const text = damaged(report, edits);
          const once = format(text);
          assert.deepEqual(addedErrors(checkText(text).diagnostics, checkText(once).diagnostics), [], 'formatting created errors');
          const lost = valueDigits(text).map((n, digit) => ({ digit, n: n - valueDigits(once)[digit] })).filter((x) => x.n > 0);
          assert.deepEqual(lost, [], 'formatting dropped digits');
          assert.deepEqual(lostWords(text, once), [], 'formatting dropped words');
          assert.equal(allCellsKey(checkText(once).model.tables), allCellsKey(checkText(text).model.tables), 'formatting moved a cell');
          assert.equal(format(once), once, 'a second formatting changed the text');
        }),
        { numRuns: 150, seed: 20261203 },
      );
    });
});
