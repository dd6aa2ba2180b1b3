// Tallies findings by severity, for the summary line and the exit code.
import type { FileOutcome } from '../processFile';

export interface Counts {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  fixed: number;
}

export function countFindings(outcomes: FileOutcome[]): Counts {
  const counts: Counts = { files: 0, errors: 0, warnings: 0, infos: 0, fixed: 0 };
  for (const o of outcomes) {
    if (o.formatVersion !== undefined) counts.files++;
    if (o.fixed) counts.fixed++;
    for (const d of o.diagnostics) {
      if (d.severity === 'error') counts.errors++;
      else if (d.severity === 'warning') counts.warnings++;
      else counts.infos++;
    }
  }
  return counts;
}
