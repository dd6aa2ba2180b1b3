// Prose wrapped at a page's width, as text taken from a PDF is, reads as the same prose: every
// generated report of the layouts a PDF gives, faults included, and the real seed reports give
// the same findings at any width. A metamorphic run found numbers and keywords cut by a wrap
// (`另有1⏎8件结转` read as 8, `行政诉⏎讼` unread).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { corpusEntries, generateReport, layouts } from '../../bench/corpus';
import { ruleByCode } from '../../server/src/engine';
import { BARE_PAGE_NUMBER, pageMarkDifferences, realReports, withLf, wrapDifferences, wrapped } from './invariants';

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

  // A page ends inside a paragraph: its number stands between two lines of a wrap (between the
  // lines of a label broken over two, see pageMarks.test.ts).
  const inProse = (line: string, previous: string) => ![line, previous].some((l) => /[\t|]| {2}/.test(l));
  for (const layout of layouts.filter((l) => l !== 'collapsed'))
    it(`wrapped, with page numbers between the lines, ${layout}`, () => {
      const texts = entries.filter((e) => e.options.layout === layout).map((e) => generateReport(e.seed, e.options).text);
      // Many of them, so that some fall inside the sentences that state counts.
      const places = fc.array(fc.record({ line: fc.nat({ max: 10_000 }), style: fc.nat({ max: 3 }) }), { minLength: 40, maxLength: 80 });
      fc.assert(
        fc.property(fc.constantFrom(...texts), fc.integer({ min: 12, max: 48 }), places, (text, width, at) =>
          assert.deepEqual(pageMarkDifferences(wrapped(text, width), at, inProse), []),
        ),
        { numRuns: 60, seed: 20261204 },
      );
    });

  // A bare number for the page's number, after a line of the page's width (15 characters or more):
  // one artifact finding each, as for page marks.
  // Where the paragraph goes on: the line before ends no statement, the line after opens nothing of its own.
  const goesOn = (line: string, previous: string) => !/[。；！？：:!?]$/.test(previous) && !/^(?:\s|$|[（(【#|>]|[-*+] |[一二三四五六七八九十\d]+[、.．])/.test(line);
  const afterWrappedLine = (width: number) => (line: string, previous: string) => inProse(line, previous) && previous.length === width && goesOn(line, previous);
  for (const layout of layouts.filter((l) => l !== 'collapsed'))
    it(`wrapped, with bare page numbers between the lines, ${layout}`, () => {
      const texts = entries.filter((e) => e.options.layout === layout).map((e) => generateReport(e.seed, e.options).text);
      const places = fc.array(fc.record({ line: fc.nat({ max: 10_000 }), style: fc.constant(0) }), { minLength: 40, maxLength: 80 });
      fc.assert(
        fc.property(fc.constantFrom(...texts), fc.integer({ min: 15, max: 48 }), places, (text, width, at) =>
          assert.deepEqual(pageMarkDifferences(wrapped(text, width), at, afterWrappedLine(width), BARE_PAGE_NUMBER), []),
        ),
        { numRuns: 60, seed: 20261204 },
      );
    });
});
