// scripts/engineAb.ts, the A/B of the engine against a git revision: a difference in output is
// found and shown where it starts, both engines are timed, and the script runs end to end, in
// one process or several.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkText } from '../../server/src/engine';
import type { CheckResult } from '../../server/src/engine/types';
import { compareOutput, firstDifference, median, timeBoth, type CheckingEngine } from '../../scripts/engineAb';

const texts = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况'];
const engine: CheckingEngine = { checkText };
/** The same engine, except that it drops the findings of one text. */
const differing: CheckingEngine = {
  checkText: (text: string): CheckResult => {
    const result = checkText(text);
    return text === texts[1] ? { ...result, diagnostics: [] } : result;
  },
};

describe('engine A/B', () => {
  it('finds no difference between an engine and itself', () => {
    assert.deepEqual(compareOutput(engine, engine, texts), { compared: 3, different: [] });
  });

  it('names the reports whose results differ and keeps the first in full', () => {
    const comparison = compareOutput(engine, differing, texts);
    assert.deepEqual(comparison.different, [1]);
    assert.equal(comparison.first?.index, 1);
    assert.notEqual(comparison.first?.before, comparison.first?.after);
  });

  it('shows where two results part', () => {
    const shown = firstDifference('{"a":1,"b":2}', '{"a":1,"b":3}', 4);
    assert.equal(shown, 'at character 11:\n  before …"b":2}…\n  after  …"b":3}…');
  });

  it('takes the median of the processes, the mean of the middle two for an even count', () => {
    assert.equal(median([3, -1, 2]), 2);
    assert.equal(median([-11.1, 4.9, -8.4, 1.6]), (-8.4 + 1.6) / 2);
  });

  it('times both engines per report', () => {
    const time = timeBoth(engine, differing, texts, 1);
    assert.ok(time.before > 0 && time.after > 0, JSON.stringify(time));
  });

  it('runs end to end against the last commit', () => {
    const root = join(import.meta.dirname, '../..');
    // Uncommitted engine changes make the output differ (exit status 1): both are a proper run.
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/engineAb.ts', '--reports', '20', '--rounds', '1'], { cwd: root, encoding: 'utf8' });
    const out = run.stdout;
    assert.ok(run.status === 0 || (run.status === 1 && out.includes('DIFFERENT')), run.stderr);
    assert.match(out, /^output: (identical in all 20 reports|DIFFERENT in \d+ of 20 reports)/m);
    assert.match(out, /^time: HEAD [\d.]+ µs per report, working tree [\d.]+ µs \([+-]?[\d.]+ %; CPU time, 1 rounds of 20 reports\)$/m);
  });

  it('times in processes of its own when asked, and gives the median change', () => {
    const root = join(import.meta.dirname, '../..');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/engineAb.ts', '--reports', '20', '--rounds', '1', '--processes', '2'], { cwd: root, encoding: 'utf8' });
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    assert.match(run.stdout, /^time: working tree against HEAD: [+-]?[\d.]+ %, the median of 2 processes \(each: [+-]?[\d.]+ %, [+-]?[\d.]+ %; CPU time, 1 rounds of 20 reports\)$/m);
  });
});
