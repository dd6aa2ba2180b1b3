// Digits typed full-width (２０２５年, what a Chinese input mode types) read as the ASCII ones:
// every report, damaged or not, gives the same findings at the same places. A metamorphic run
// found the title year, the statistics period and every count in the prose unread.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { generateReport, layouts } from '../../bench/corpus';
import { damaged, damages } from './damage';
import { digitWidthDifferences, realReports, withLf } from './invariants';

describe('full-width digits read as ASCII digits', () => {
  for (const { name, text } of realReports()) it(name, () => assert.deepEqual(digitWidthDifferences(withLf(text)), []));

  for (const layout of layouts)
    it(`random damage, ${layout}`, () => {
      const reports = (['2019', '2021'] as const).map((version) => withLf(generateReport(32, { layout, version }).text));
      fc.assert(
        fc.property(fc.constantFrom(...reports), damages, (report, edits) => assert.deepEqual(digitWidthDifferences(damaged(report, edits)), [])),
        { numRuns: 100, seed: 20261204 },
      );
    });
});
