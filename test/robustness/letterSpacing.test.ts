// A justified line taken from a PDF comes out with its letters spaced (`政 府 信 息 公 开`). The
// tables read past such blanks; the prose did not, so a spaced-out sentence stated nothing and a
// spaced-out §六 said nothing of fees (a false warning). Spacing out any prose lines of the seed
// reports or of generated ones (every layout but collapsed web text, faults included) changes no
// finding; nor does spacing out a whole report, title and tables too (the title read 年 度 as
// no 年度, and the table version was told by labels as written).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { corpusEntries, generateReport, layouts } from '../../bench/corpus';
import { ruleByCode } from '../../server/src/engine';
import { letterSpacingDifferences, letterSpaced, realReports, withLf } from './invariants';

describe('prose spaced out letter by letter reads as the same prose', () => {
  for (const { name, text } of realReports().filter((r) => r.name.startsWith('seeds/')))
    it(name, () => {
      assert.notEqual(letterSpaced(withLf(text), () => true, 0), withLf(text), 'the seed has prose lines to space out');
      for (let spacing = 0; spacing < 3; spacing++)
        for (const lines of ['prose', 'all'] as const) assert.deepEqual(letterSpacingDifferences(withLf(text), () => true, spacing, lines), [], `spacing ${spacing}, ${lines}`);
    });

  const entries = corpusEntries(400, 1205, (code) => ruleByCode(code)?.category).filter((e) => e.options.layout !== 'collapsed');
  for (const layout of layouts.filter((l) => l !== 'collapsed'))
    it(`generated reports with faults, ${layout}`, () => {
      const texts = entries.filter((e) => e.options.layout === layout).map((e) => generateReport(e.seed, e.options).text);
      assert.ok(texts.length > 40);
      fc.assert(
        fc.property(fc.constantFrom(...texts), fc.array(fc.boolean(), { minLength: 1, maxLength: 30 }), fc.nat({ max: 2 }), (text, picks, spacing) =>
          assert.deepEqual(letterSpacingDifferences(text, (i) => picks[i % picks.length], spacing), []),
        ),
        { numRuns: 60, seed: 20261204 },
      );
    });

  // Some PDFs come out spaced throughout: the title, the headings and the tables too (and
  // collapsed web text spaced with &nbsp;).
  const all = corpusEntries(500, 1206, (code) => ruleByCode(code)?.category);
  for (const layout of layouts)
    it(`generated reports with faults spaced out throughout, ${layout}`, () => {
      const texts = all.filter((e) => e.options.layout === layout).map((e) => generateReport(e.seed, e.options).text);
      assert.ok(texts.length > 40);
      fc.assert(
        fc.property(fc.constantFrom(...texts), fc.nat({ max: 2 }), (text, spacing) => assert.deepEqual(letterSpacingDifferences(text, () => true, spacing, 'all'), [])),
        { numRuns: 60, seed: 20261204 },
      );
    });
});
