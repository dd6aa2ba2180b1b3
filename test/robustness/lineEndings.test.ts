// The same report saved on Windows (CRLF), with a byte-order mark or with a blank at every line
// end (a copy from Word) reads as the same report:
// the same findings, messages, ranges and fixes, whatever random damage it carries. A message
// that quoted a CR, or a pattern that counted one, told the two files apart.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { generateReport, layouts } from '../../bench/corpus';
import { damaged, damages } from './damage';
import { lineEndingDifferences, realReports, withLf } from './invariants';

function assertSameFindings(lf: string): void {
  assert.deepEqual(lineEndingDifferences(lf), []);
}

describe('CRLF line endings, a byte-order mark and blanks at line ends change no finding', () => {
  for (const { name, text } of realReports()) it(name, () => assertSameFindings(withLf(text)));

  it('fee-report: a statement hard-wrapped with a note line in it (the metamorphic fuzzer)', () => {
    const report = realReports().find((r) => r.name.startsWith('realworld/'))!;
    const text = withLf(report.text);
    const six = text.indexOf('六、其他需要报告的事项');
    assert.ok(six > 0);
    assertSameFindings(text.slice(0, six) + '六、其他需要报告的事项\n本年度未收取信息\n注：含涉密件\n理费。\n');
  });

  for (const layout of layouts)
    it(`random damage, ${layout}`, () => {
      const reports = (['2019', '2021'] as const).map((version) => withLf(generateReport(23, { layout, version }).text));
      fc.assert(
        fc.property(fc.constantFrom(...reports), damages, (report, edits) => assertSameFindings(withLf(damaged(report, edits)))),
        { numRuns: 150, seed: 20261203 },
      );
    });
});
