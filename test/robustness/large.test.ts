// Large and pathological inputs finish within a generous budget (each checked in a worker that
// is stopped when the budget runs out; the bench measures the speed) and keep the invariants.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateReport } from '../../bench/corpus';
import { CONSTRUCTS, pathologicalText } from '../../bench/lib/pathological';
import { invariantProblemsWithin } from './withinBudget';

/** Far above what any case takes (at most about 0.4 s each here, the worker started). */
const BUDGET_MS = 15_000;

const cases: [string, () => string][] = [
  ['a report grown to 2 MB with prose and repeated tables', () => generateReport(3, { layout: 'tabs', version: '2021', extraParagraphs: 4200, repeatTables: 100 }).text],
  ['one line of 1 MB of digits', () => '1234567890'.repeat(100_000)],
  ['100,000 headings', () => '一、总体情况\n'.repeat(100_000)],
  ['200,000 tabs and digits', () => '\t0'.repeat(200_000)],
  // More values in one row than a spread call takes as arguments (the bench's 1 MB row overflowed the stack).
  ['one §三 row of 300,000 tab-separated values', () => pathologicalText(CONSTRUCTS.find((c) => c.id === 'digits.tabs')!, 600_000)],
  ['a collapsed report of 1 MB on one line', () => generateReport(4, { layout: 'collapsed', version: '2021', extraParagraphs: 2400 }).text],
  // The bench's pathological constructs (label soup, digit runs, long lines for the patterns).
  ...CONSTRUCTS.map((c): [string, () => string] => [`pathological: ${c.what}, 100,000 characters`, () => pathologicalText(c, 100_000)]),
];

describe('large inputs', () => {
  for (const [name, make] of cases)
    it(name, async () => {
      const text = make();
      assert.ok(text.length >= 100_000, `the case is only ${text.length} characters`);
      assert.deepEqual((await invariantProblemsWithin(text, BUDGET_MS)).slice(0, 5), []);
    });
});
