// A space written as a no-break space (what `&nbsp;` in a web page becomes) or as an ideographic
// space reads as a space: every report without Markdown marks, damaged or not, gives the same
// findings at the same places. A metamorphic run found an item number followed by a no-break space
// read as a value of its row, and the title year, the statistics period and a sentence's opening
// year unread.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { generateReport, layouts } from '../../bench/corpus';
import { damaged, damages } from './damage';
import { blankWidthDifferences, realReports, withLf } from './invariants';

describe('no-break and ideographic spaces read as spaces', () => {
  const withoutMarkdown = (text: string) => !text.includes('#') && !text.includes('|');
  for (const { name, text } of realReports().filter((r) => withoutMarkdown(r.text)))
    it(name, () => assert.deepEqual(blankWidthDifferences(withLf(text)), []));

  for (const layout of layouts.filter((l) => l !== 'markdown'))
    it(`random damage, ${layout}`, () => {
      const reports = (['2019', '2021'] as const).map((version) => withLf(generateReport(31, { layout, version }).text));
      fc.assert(
        fc.property(fc.constantFrom(...reports), damages, (report, edits) => {
          const text = damaged(report, edits);
          fc.pre(withoutMarkdown(text));
          assert.deepEqual(blankWidthDifferences(text), []);
        }),
        { numRuns: 100, seed: 20261203 },
      );
    });
});
