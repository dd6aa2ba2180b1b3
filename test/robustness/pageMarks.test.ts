// Page numbers that a PDF's footers leave on lines of their own change nothing the engine reads:
// put anywhere past the title of a real report or of a randomly damaged one of any layout a PDF
// gives, they draw one artifact finding each, no other finding changes, and deleting them gives
// the report back.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { generateReport, layouts } from '../../bench/corpus';
import { damaged, damages } from './damage';
import { pageMarkDifferences, realReports, withLf } from './invariants';

const places = fc.array(fc.record({ line: fc.nat({ max: 10_000 }), style: fc.nat({ max: 3 }) }), { minLength: 1, maxLength: 5 });

describe('PDF page numbers change nothing but their own findings', () => {
  // Collapsed web text (realworld/) has no lines past its title to put them before.
  for (const { name, text } of realReports().filter((r) => r.text.split('\n').length > 3))
    it(name, () => {
      fc.assert(
        fc.property(places, (at) => assert.deepEqual(pageMarkDifferences(withLf(text), at), [])),
        { numRuns: 20, seed: 20261204 },
      );
    });

  for (const layout of layouts.filter((l) => l !== 'collapsed'))
    it(`random damage, ${layout}`, () => {
      const reports = (['2019', '2021'] as const).map((version) => withLf(generateReport(33, { layout, version }).text));
      fc.assert(
        fc.property(fc.constantFrom(...reports), damages, places, (report, edits, at) => assert.deepEqual(pageMarkDifferences(damaged(report, edits), at), [])),
        { numRuns: 100, seed: 20261204 },
      );
    });
});
