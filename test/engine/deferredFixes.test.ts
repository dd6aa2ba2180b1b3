// Deferred fix checks (for editors): a check that leaves the costly fixes unchecked, then
// verifyFixes — for some findings or all — gives exactly what checkText gives at once; and
// readModel, the model without running the rules, is the model checkText gives.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkText, readModel, verifyFixes } from '../../server/src/engine';
import { layouts, syntheticReport } from '../support/reports';

const dir = join(import.meta.dirname, '../fixtures/real');
const real = readdirSync(dir)
  .filter((n) => n.endsWith('.txt') && !n.endsWith('.expected.txt'))
  .map((n) => readFileSync(join(dir, n), 'utf8'));

/**
 * Half-written reports: everything after a point is missing, as while drafting. Cut at 25 %,
 * the tab-separated one loses its §三 rows, whose inserted rows the check drops (they would
 * add errors).
 */
const drafts = layouts.flatMap((layout) => {
  const full = syntheticReport({ layout });
  return [0.25, 0.3, 0.5, 0.8].map((share) => full.slice(0, Math.floor(full.length * share)));
});

const texts = [...real, ...drafts];

describe('deferred fix checks', () => {
  it('verifying every deferred fix gives what checkText gives', () => {
    let deferredSome = false;
    for (const text of texts) {
      const deferred = checkText(text, { deferFixChecks: true });
      const direct = checkText(text);
      if (JSON.stringify(deferred) !== JSON.stringify(direct)) deferredSome = true;
      assert.deepEqual(verifyFixes(deferred), direct);
    }
    assert.ok(deferredSome, 'some text had fixes left to check');
  });

  it('fixes verified finding by finding end as checkText gives them', () => {
    for (const text of drafts) {
      const direct = checkText(text);
      const deferred = checkText(text, { deferFixChecks: true });
      for (const d of [...deferred.diagnostics].reverse()) verifyFixes(deferred, (x) => x === d);
      assert.deepEqual(deferred, direct);
    }
  });

  it('findings themselves are the same before their fixes are checked', () => {
    for (const text of drafts) {
      const strip = (r: ReturnType<typeof checkText>) => r.diagnostics.map(({ fixes: _fixes, ...rest }) => rest);
      assert.deepEqual(strip(checkText(text, { deferFixChecks: true })), strip(checkText(text)));
    }
  });
});

describe('the model without the rules', () => {
  it('readModel gives the model checkText gives, whole texts and heads alike', () => {
    for (const text of texts) {
      for (const part of [text, text.slice(0, 3000)]) {
        assert.deepEqual(readModel(part), checkText(part).model);
        assert.deepEqual(readModel(part, '2019'), checkText(part, { formatVersion: '2019' }).model);
      }
    }
  });
});
