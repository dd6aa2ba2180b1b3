// Scaling: time per MB of one report grown from 100 KB to 10 MB must stay flat; a single
// 1 MB line and 100,000 short lines must not be slow either.
import { engine } from '../lib/engine';
import type { Measure } from '../lib/result';
import { reportOfSize } from '../lib/sized';
import { bestOf, bytes } from '../lib/stats';

const { checkText } = engine;

const msPerMB = (text: string, runs: number) => bestOf(runs, () => checkText(text)) / (bytes(text) / 2 ** 20);

export function scaling(sizes: number[]): Measure[] {
  const out: Measure[] = [];
  const perMB: number[] = [];
  for (const size of sizes) {
    const text = reportOfSize(size);
    checkText(text);
    // Small sizes run more often: one run is too short to rise above the noise of a busy machine.
    const v = msPerMB(text, size >= 5_000_000 ? 2 : Math.max(3, Math.round(3_000_000 / size)));
    perMB.push(v);
    out.push({ id: `scaling.${size}`, label: `scaling: report of ${(bytes(text) / 2 ** 20).toFixed(2)} MB, time per MB`, value: v, unit: 'ms/MB' });
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
