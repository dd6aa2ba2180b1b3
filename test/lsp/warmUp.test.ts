// The start-up warm-up: it checks built-in reports of every layout, one per timer tick,
// and stops when asked (the server stops it at shutdown).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { warmUp } from '../../server/src/lsp/warmUp';

describe('warm-up', () => {
  it('checks every sample report the given number of rounds, then finishes', async () => {
    assert.equal(await warmUp(2).finished, 20);
  });

  it('leaves room between checks and stops when asked', async () => {
    const warming = warmUp(100);
    // One timer tick later at most a few reports are checked: the rest waits its turn.
    await new Promise((resolve) => setTimeout(resolve, 0));
    warming.stop();
    const checked = await warming.finished;
    assert.ok(checked < 1000, `stopped after ${checked} of 1000`);
  });
});
