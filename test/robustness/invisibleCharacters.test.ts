// Zero-width characters (what a copy from a web page leaves) are read as deleted: inserted
// anywhere in a report, damaged or not, they change no finding but the `artifact` findings that
// name them. A metamorphic fuzz of this found a heading's `#` marks, a sub-heading's numbering
// and colon, the title year, a sentence's opening year and a label each read differently.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { generateReport, layouts } from '../../bench/corpus';
import { damaged, damages } from './damage';
import { INVISIBLE, invisibleDifferences, realReports, withLf } from './invariants';

/** Up to six places, as fractions of the text, each with one invisible character. */
const places = fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), char: fc.constantFrom(...INVISIBLE) }), { minLength: 1, maxLength: 6 });
const placed = (text: string, at: { at: number; char: string }[]) => at.map((p) => ({ at: Math.floor(p.at * text.length), char: p.char }));

describe('invisible characters inserted anywhere change no finding but the artifacts', () => {
  for (const { name, text } of realReports())
    it(name, () => {
      const report = withLf(text);
      fc.assert(
        fc.property(places, (at) => assert.deepEqual(invisibleDifferences(report, placed(report, at)), [])),
        { numRuns: 40, seed: 20261203 },
      );
    });

  for (const layout of layouts)
    it(`random damage, ${layout}`, () => {
      const reports = (['2019', '2021'] as const).map((version) => withLf(generateReport(29, { layout, version }).text));
      fc.assert(
        fc.property(fc.constantFrom(...reports), damages, places, (report, edits, at) => {
          const text = damaged(report, edits);
          assert.deepEqual(invisibleDifferences(text, placed(text, at)), []);
        }),
        { numRuns: 150, seed: 20261203 },
      );
    });
});
