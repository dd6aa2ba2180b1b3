// Real reports under random edits: the checker never throws, its ranges stay inside the
// document, and every model cell's raw text is the text at its span.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkText } from '../../server/src/engine';
import { invariantProblems, realReports } from './invariants';

const reports = realReports();

/** An edit as an editor sends it: delete a stretch, insert a string, at a relative place. */
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 40 }),
  insert: fc.oneof(fc.constant(''), fc.string({ maxLength: 6 }), fc.constantFrom('\n', '\t', '\r\n', '0', '9', '|', '一、', '（', '年')),
});

function applyRandom(text: string, edits: { at: number; remove: number; insert: string }[]): string {
  let out = text;
  for (const e of edits) {
    const at = Math.floor(e.at * out.length);
    out = out.slice(0, at) + e.insert + out.slice(Math.min(out.length, at + e.remove));
  }
  return out;
}

describe('random edits of every seed and real-world report', () => {
  it('finds the reports beside the repository', () => {
    assert.ok(reports.length >= 8, `only ${reports.length} reports found`);
  });
  for (const { name, text } of reports)
    it(name, () => {
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
          const edited = applyRandom(text, edits);
          assert.deepEqual(invariantProblems(edited, checkText(edited)), []);
        }),
        { numRuns: 30 },
      );
    });
});
