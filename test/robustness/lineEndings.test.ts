// The same report saved on Windows (CRLF) or with a byte-order mark reads as the same report:
// the same findings, messages, ranges and fixes, whatever random damage it carries. A message
// that quoted a CR, or a pattern that counted one, told the two files apart.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkText, type Diagnostic } from '../../server/src/engine';
import { generateReport, layouts } from '../../bench/corpus';
import { damaged, damages } from './damage';
import { realReports } from './invariants';

/** A finding as the user sees it; with `ranges`, where it is and what its fixes write (line breaks as LF). */
function seen(d: Diagnostic, ranges: boolean): string {
  const fixes = d.fixes.map((f) => ({
    title: f.title,
    preferred: f.preferred,
    edits: f.edits.map((e) => ({ ...(ranges ? { range: e.range } : {}), newText: e.newText.replace(/\r\n/g, '\n') })),
  }));
  return JSON.stringify({ code: d.code, severity: d.severity, message: d.message, ...(ranges ? { range: d.range, related: d.related } : {}), fixes });
}

function assertSameFindings(lf: string): void {
  const expected = (ranges: boolean) => checkText(lf).diagnostics.map((d) => seen(d, ranges)).sort();
  const crlf = checkText(lf.replace(/\n/g, '\r\n')).diagnostics.map((d) => seen(d, true)).sort();
  assert.deepEqual(crlf, expected(true), 'with CRLF line endings');
  // A byte-order mark is a character of line 0: positions there move by one, nothing else changes.
  const bom = checkText('\ufeff' + lf).diagnostics.map((d) => seen(d, false)).sort();
  assert.deepEqual(bom, expected(false), 'with a byte-order mark');
}

/** Text with LF line endings and no byte-order mark. */
const plain = (text: string) => text.replace(/\r\n?/g, '\n').replace(/^\ufeff/, '');

describe('CRLF line endings and a byte-order mark change no finding', () => {
  for (const { name, text } of realReports()) it(name, () => assertSameFindings(plain(text)));

  it('fee-report: a statement hard-wrapped with a note line in it (the metamorphic fuzzer)', () => {
    const report = realReports().find((r) => r.name.startsWith('realworld/'))!;
    const text = plain(report.text);
    const six = text.indexOf('六、其他需要报告的事项');
    assert.ok(six > 0);
    assertSameFindings(text.slice(0, six) + '六、其他需要报告的事项\n本年度未收取信息\n注：含涉密件\n理费。\n');
  });

  for (const layout of layouts)
    it(`random damage, ${layout}`, () => {
      const reports = (['2019', '2021'] as const).map((version) => plain(generateReport(23, { layout, version }).text));
      fc.assert(
        fc.property(fc.constantFrom(...reports), damages, (report, edits) => assertSameFindings(plain(damaged(report, edits)))),
        { numRuns: 150, seed: 20261203 },
      );
    });
});
