// The machine a bench ran on, for docs/performance.md.
import { cpus, loadavg, totalmem } from 'node:os';

/** Load when the bench started (this module loads first). */
const loadAtStart = Math.round(loadavg()[0] * 100) / 100;

export interface Machine {
  cores: number;
  cpu: string;
  memoryGB: number;
  node: string;
  date: string;
  /** 1-minute load average when the run ended: other work on the machine skews the numbers. */
  load: number;
  loadAtStart: number;
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
  };
}
