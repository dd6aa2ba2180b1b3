// Page numbers that a PDF's footers leave on lines of their own change nothing the engine reads:
// put anywhere past the title of a real report or of a randomly damaged one of any layout a PDF
// gives, they draw one artifact finding each, no other finding changes, and deleting them gives
// the report back.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { generateReport, layouts } from '../../bench/corpus';
import { readModel } from '../../server/src/engine';
import { damaged, damages } from './damage';
import { pageMarkDifferences, realReports, withLf } from './invariants';

const places = fc.array(fc.record({ line: fc.nat({ max: 10_000 }), style: fc.nat({ max: 3 }) }), { minLength: 1, maxLength: 5 });

/**
 * `text` (one cell per line) with the label lines picked by `at` broken in two where `at` says, and
 * the pairs of lines each break leaves (the page numbers go between them).
 */
function brokenLabels(text: string, at: { line: number; cut: number }[]): { text: string; pairs: Set<string> } {
  const lines = text.split('\n');
  const labels = lines.map((line, i) => i).filter((i) => i > 3 && /^\t?[\u4e00-\u9fff（）、]{4,}$/.test(lines[i]));
  const cuts = new Map(at.map((a) => [labels[a.line % labels.length], a.cut]));
  const pairs = new Set<string>();
  const out = lines.flatMap((line, i) => {
    if (!cuts.has(i)) return [line];
    const body = line.replace(/^\t/, '');
    const k = 1 + (cuts.get(i)! % (body.length - 1));
    const halves = [line.slice(0, line.length - body.length) + body.slice(0, k), '\t' + body.slice(k)];
    pairs.add(halves.join('\n'));
    return halves;
  });
  return { text: out.join('\n'), pairs };
}

describe('PDF page numbers change nothing but their own findings', () => {
  it('random labels broken over lines, one cell per line, a page number between the two halves', () => {
    const reports = (['2019', '2021'] as const).map((version) => withLf(generateReport(34, { layout: 'cell-per-line', version }).text));
    const breaks = fc.array(fc.record({ line: fc.nat({ max: 10_000 }), cut: fc.nat({ max: 100 }) }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.constantFrom(...reports), breaks, places, (report, at, marks) => {
        const { text, pairs } = brokenLabels(report, at);
        assert.deepEqual(pageMarkDifferences(text, marks, (line, previous) => pairs.has(`${previous}\n${line}`)), []);
      }),
      { numRuns: 100, seed: 20261204 },
    );
  });

  // Collapsed web text (realworld/) has no lines past its title to put them before.
  for (const { name, text } of realReports().filter((r) => r.text.split('\n').length > 3))
    it(name, () => {
      fc.assert(
        fc.property(places, (at) => assert.deepEqual(pageMarkDifferences(withLf(text), at), [])),
        { numRuns: 20, seed: 20261204 },
      );
    });

  // The title again on a line of its own, as a PDF's page header.
  for (const layout of layouts.filter((l) => l !== 'collapsed'))
    it(`running headers, ${layout}`, () => {
      const reports = [35, 36, 37].flatMap((seed) => (['2019', '2021'] as const).map((version) => withLf(generateReport(seed, { layout, version }).text)));
      // One title line each (one cell per line may break it over two: no page's header then).
      const titled = reports.map((text) => ({ text, title: readModel(text).title?.text ?? '' })).filter((r) => r.title.endsWith('年度报告') && !r.title.includes('\n'));
      assert.ok(titled.length >= 2);
      fc.assert(
        fc.property(fc.constantFrom(...titled), places, ({ text, title }, at) => assert.deepEqual(pageMarkDifferences(text, at, () => true, [() => title]), [])),
        { numRuns: 60, seed: 20261204 },
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
