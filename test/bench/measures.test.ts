// The bench's own plumbing: measures whose program is not built say "not available"
// instead of failing, and sized reports come out near the size asked for.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reportOfSize } from '../../bench/lib/sized';
import { percentile } from '../../bench/lib/stats';
import { cliEndToEnd } from '../../bench/measures/cli';
import { languageServer } from '../../bench/measures/lsp';

describe('bench plumbing', () => {
  it('CLI and server measures are "not available" when their program is missing', async () => {
    const cli = await cliEndToEnd('/nonexistent/dist/cli.js', '/nonexistent/corpus');
    const lsp = await languageServer('/nonexistent/dist/server.js', { edits: 1, openReports: 1 });
    for (const m of [...cli, ...lsp]) {
      assert.equal(m.value, null, m.id);
      assert.match(m.note ?? '', /^not available/);
    }
    assert.ok(cli.some((m) => m.target) && lsp.some((m) => m.target), 'targets are still shown');
  });

  it('grows a report to the size asked for, within 10 %', () => {
    for (const size of [20_000, 100_000, 400_000]) {
      const bytes = Buffer.byteLength(reportOfSize(size), 'utf8');
      assert.ok(Math.abs(bytes - size) / size < 0.1, `${size}: ${bytes}`);
    }
  });

  it('percentiles pick from the samples', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    assert.equal(percentile(samples, 50), 50);
    assert.equal(percentile(samples, 99), 99);
    assert.equal(percentile([5], 99), 5);
  });
});
