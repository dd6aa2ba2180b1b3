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

/** Runs of the timed check in each process: small sizes more, to rise above the noise. */
const runsFor = (size: number) => (size >= 5_000_000 ? 4 : Math.max(8, Math.round(3_000_000 / size)));

/** One process timing one report file: the best of its runs, in ms per MB. */
function timeInProcess(file: string, mb: number, runs: number): number {
  const ms = execFileSync(process.execPath, [join(import.meta.dirname, '../lib/timeReport.cjs'), engineBundle, file, String(runs)], { encoding: 'utf8' });
  return Number(ms) / mb;
}

/**
 * Time per MB of each report, in processes of their own: in each, the best of several runs in
 * wall time after warm-up; the median over the processes. The sizes take turns, one process
 * each per round: this machine's speed drifts by up to half over a few minutes (other guests on
 * the host), and with all processes of one size in a row a slow spell landed on one size alone.
 * Measured in one process one size after the other, the size run after the largest paid for its
 * garbage (the collector marks incrementally on the main thread and its helper threads count in
 * CPU time), which made it look up to twice as slow as it is. And one process is not enough:
 * the best of 20 runs of the same 100 KB report ranged from 0.66 to 1.16 ms from one process to
 * the next (what V8 optimises, and how, differs between runs).
 */
function timePerMB(texts: string[], dir: string): { median: number; min: number; max: number }[] {
  const files = texts.map((text) => {
    const file = join(dir, `report-${bytes(text)}.txt`);
    writeFileSync(file, text);
    return { file, mb: bytes(text) / 2 ** 20, runs: runsFor(bytes(text)) };
  });
  const each: number[][] = files.map(() => []);
  for (let round = 0; round < PROCESSES; round++) {
    files.forEach((f, i) => each[i].push(timeInProcess(f.file, f.mb, f.runs)));
  }
  return each.map((values) => {
    values.sort((a, b) => a - b);
    return { median: values[Math.floor(PROCESSES / 2)], min: values[0], max: values[PROCESSES - 1] };
  });
}

export function scaling(sizes: number[]): Measure[] {
  const out: Measure[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'ogi-scaling-'));
  const texts = sizes.map((size) => reportOfSize(size));
  const perMB: number[] = [];
  try {
    timePerMB(texts, dir).forEach((v, i) => {
      perMB.push(v.median);
      out.push({
        id: `scaling.${sizes[i]}`,
        label: `scaling: report of ${(bytes(texts[i]) / 2 ** 20).toFixed(2)} MB, time per MB (median of ${PROCESSES} processes)`,
        value: v.median,
        unit: 'ms/MB',
        note: `${v.min.toFixed(1)}–${v.max.toFixed(1)} ms/MB across the processes`,
      });
    });
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
