// Prose wrapped at a page's width, as text taken from a PDF is, reads as the same prose: every
// generated report of the layouts a PDF gives, faults included, and the real seed reports give
// the same findings at any width. A metamorphic run found numbers and keywords cut by a wrap
// (`另有1⏎8件结转` read as 8, `行政诉⏎讼` unread).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { corpusEntries, generateReport, layouts } from '../../bench/corpus';
import { ruleByCode } from '../../server/src/engine';
import { realReports, withLf, wrapDifferences } from './invariants';

describe('prose wrapped at a page’s width reads as the same prose', () => {
  // The seeds; the realworld reports are collapsed web text, whose lines hold headings and tables too.
  for (const { name, text } of realReports().filter((r) => r.name.startsWith('seeds/')))
    it(name, () => {
      for (const width of [17, 29, 41]) assert.deepEqual(wrapDifferences(withLf(text), width), [], `width ${width}`);
    });

  const entries = corpusEntries(400, 1204, (code) => ruleByCode(code)?.category).filter((e) => e.options.layout !== 'collapsed');
  for (const layout of layouts.filter((l) => l !== 'collapsed'))
    it(`generated reports with faults, ${layout}`, () => {
      const texts = entries.filter((e) => e.options.layout === layout).map((e) => generateReport(e.seed, e.options).text);
      assert.ok(texts.length > 40);
      fc.assert(
        fc.property(fc.constantFrom(...texts), fc.integer({ min: 12, max: 48 }), (text, width) => assert.deepEqual(wrapDifferences(text, width), [])),
        { numRuns: 60, seed: 20261204 },
      );
    });
});
