// A value typed with its unit in the cell (`4件`, `4 件`, `12.5万元`) was read as a number glued to
// label text: the unit opened a row of its own, the row lost its values, and the sums over it
// broke (false row-total, balance and column-count errors). Units after any values of generated
// reports (every layout a table is typed in, faults included) change no finding.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { corpusEntries, generateReport, layouts } from '../../bench/corpus';
import { ruleByCode } from '../../server/src/engine';
import { cellUnitDifferences, withCellUnits } from './invariants';

describe('values typed with their units read as the values', () => {
  const entries = corpusEntries(400, 1207, (code) => ruleByCode(code)?.category).filter((e) => e.options.layout !== 'collapsed');
  for (const layout of layouts.filter((l) => l !== 'collapsed'))
    it(`generated reports with faults, ${layout}`, () => {
      const texts = entries.filter((e) => e.options.layout === layout).map((e) => generateReport(e.seed, e.options).text);
      assert.ok(texts.length > 40);
      assert.notEqual(withCellUnits(texts[0], () => true, 0), texts[0], 'the report has values to type units after');
      fc.assert(
        fc.property(fc.constantFrom(...texts), fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }), fc.nat({ max: 5 }), (text, picks, unit) =>
          assert.deepEqual(cellUnitDifferences(text, (i) => picks[i % picks.length], unit), []),
        ),
        { numRuns: 60, seed: 20261204 },
      );
    });
});
