// Scaling: time per MB of one report grown from 100 KB to 10 MB must stay flat; a single
// 1 MB line and 100,000 short lines must not be slow either.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engine, engineBundle } from '../lib/engine';
import type { Measure } from '../lib/result';
import { reportOfSize } from '../lib/sized';
import { bestOf, bytes, timeMs } from '../lib/stats';

const { checkText } = engine;

/** Processes per size: the median of their results is the measure. */
const PROCESSES = 5;

/**
 * Time per MB of one report, in processes of their own: in each, the best of several runs in
 * wall time after warm-up; the median over the processes. Measured in one process one size
 * after the other, the size run after the largest paid for its garbage (the collector marks
 * incrementally on the main thread and its helper threads count in CPU time), which made it
 * look up to twice as slow as it is. And one process is not enough: the best of 20 runs of the
 * same 100 KB report ranged from 0.66 to 1.16 ms from one process to the next (what V8
 * optimises, and how, differs between runs), enough to make the spread anything from 12 % to
 * over 100 %.
 */
function timePerMB(text: string, dir: string, runs: number): { median: number; min: number; max: number } {
  const file = join(dir, `report-${bytes(text)}.txt`);
  writeFileSync(file, text);
  const mb = bytes(text) / 2 ** 20;
  const each = Array.from({ length: PROCESSES }, () =>
    Number(execFileSync(process.execPath, [join(import.meta.dirname, '../lib/timeReport.cjs'), engineBundle, file, String(runs)], { encoding: 'utf8' })) / mb,
  ).sort((a, b) => a - b);
  return { median: each[Math.floor(PROCESSES / 2)], min: each[0], max: each[PROCESSES - 1] };
}

export function scaling(sizes: number[]): Measure[] {
  const out: Measure[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'ogi-scaling-'));
  const perMB: number[] = [];
  try {
    for (const size of sizes) {
      const text = reportOfSize(size);
      // Small sizes run more often: one run is too short to rise above the noise of a busy machine.
      const v = timePerMB(text, dir, size >= 5_000_000 ? 4 : Math.max(8, Math.round(3_000_000 / size)));
      perMB.push(v.median);
      out.push({
        id: `scaling.${size}`,
        label: `scaling: report of ${(bytes(text) / 2 ** 20).toFixed(2)} MB, time per MB (median of ${PROCESSES} processes)`,
        value: v.median,
        unit: 'ms/MB',
        note: `${v.min.toFixed(1)}–${v.max.toFixed(1)} ms/MB across the processes`,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const spread = (Math.max(...perMB) / Math.min(...perMB) - 1) * 100;
  out.push({
    id: 'scaling.spread',
    label: `scaling: spread of time per MB, ${sizes.map((s) => (s >= 2 ** 20 ? `${Math.round(s / 1e6)} MB` : `${Math.round(s / 1e3)} KB`)).join(' → ')}`,
    value: spread,
    unit: '%',
    target: '≤ 25',
    met: spread <= 25,
  });

  // Web text: the title line, then the whole body on one line.
  const line = reportOfSize(1_000_000, 'collapsed');
  out.push({ id: 'scaling.oneLine', label: `scaling: a single ${(bytes(line) / 2 ** 20).toFixed(2)} MB line (collapsed text)`, value: bestOf(2, () => checkText(line)), unit: 'ms' });

  const short = Array.from({ length: 100_000 }, (_, i) => (i % 7 === 0 ? '' : `第${i}行。`)).join('\n');
  out.push({ id: 'scaling.shortLines', label: 'scaling: 100,000 short lines', value: bestOf(2, () => checkText(short)), unit: 'ms' });
  return out;
}
