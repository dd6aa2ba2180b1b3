// Formatting damaged reports (random cuts, stray tabs, brackets, line breaks): it never
// moves a cell and a second formatting changes nothing.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { applyEdits, checkText } from '../../server/src/engine';
import { allCellsKey, formatEdits } from '../../server/src/engine/services';

const dir = join(import.meta.dirname, '../fixtures/real');
const reports = readdirSync(dir).filter((n) => /^\d{3}_.*\.txt$/.test(n) && !n.includes('.expected'));
const CASES = 8;

/** Deterministic damage, so a failure can be replayed. */
function damage(text: string, seed: number): string {
  let state = seed;
  const random = (n: number) => ((state = (state * 1103515245 + 12345) & 0x7fffffff), state % n);
  for (let k = 0; k < 3; k++) {
    const at = random(text.length);
    const kind = random(3);
    if (kind === 0) text = text.slice(0, at) + text.slice(at + random(30));
    else if (kind === 1) text = text.slice(0, at) + ['\n', '\t', '(', '7', '  '][random(5)] + text.slice(at);
    else text = text.slice(0, at) + text.slice(text.indexOf('\n', at) + 1);
  }
  return text;
}

describe('formatting damaged reports', () => {
  for (const name of reports) {
    it(`${name}: ${CASES} damaged copies keep every cell and format idempotently`, () => {
      const original = readFileSync(join(dir, name), 'utf8');
      for (let seed = 1; seed <= CASES; seed++) {
        const text = damage(original, seed * 7919);
        const before = checkText(text);
        const formatted = applyEdits(text, formatEdits(before));
        const after = checkText(formatted);
        assert.equal(allCellsKey(after.model.tables), allCellsKey(before.model.tables), `seed ${seed * 7919}`);
        assert.deepEqual(formatEdits(after), [], `seed ${seed * 7919}: a second formatting changes nothing`);
      }
    });
  }
});
