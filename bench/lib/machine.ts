// The machine a bench ran on, for docs/performance.md.
import { cpus, loadavg, totalmem } from 'node:os';

/** Load when the bench started (this module loads first). */
const loadAtStart = Math.round(loadavg()[0] * 100) / 100;

/**
 * The host's speed at a fixed task: ns per character for a loop that reads each character of
 * a 100 KB Chinese text (best of 30 runs). The engine's targets are absolute; this puts runs on
 * different machines, or in a slow spell of a shared one, side by side.
 */
export function characterLoopNs(): number {
  // Through a buffer, so the string is flat, as text read from a file is (`repeat` builds a tree).
  const text = Buffer.from('全年主动公开政府信息，方便群众查询，确保公开信息安全。\n'.repeat(4000), 'utf8').toString('utf8');
  let best = Infinity;
  let sink = 0;
  for (let run = 0; run < 30; run++) {
    const start = process.hrtime.bigint();
    sink += characterLoop(text);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / text.length);
  }
  // The sum is used, so the loop cannot be dropped.
  return sink > 0 ? Math.round(best * 100) / 100 : NaN;
}

/** The plain loop itself: reads every character of `text` (the sum keeps it from being dropped). */
export function characterLoop(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
  return sum;
}

const characterLoopAtStart = characterLoopNs();

export interface Machine {
  cores: number;
  cpu: string;
  memoryGB: number;
  node: string;
  date: string;
  /** 1-minute load average when the run ended: other work on the machine skews the numbers. */
  load: number;
  loadAtStart: number;
  /** ns per character of a plain character loop (`characterLoopNs`), at the start and the end of the run. */
  characterLoopNs: { start: number; end: number };
}

export function machine(): Machine {
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    date: new Date().toISOString(),
    load: Math.round(loadavg()[0] * 100) / 100,
    loadAtStart,
    characterLoopNs: { start: characterLoopAtStart, end: characterLoopNs() },
  };
}
