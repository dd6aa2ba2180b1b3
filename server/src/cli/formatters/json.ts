// Machine-readable output: the engine's Diagnostic objects as they are (0-based LSP positions).
import type { Diagnostic, FormatVersion } from '../../engine';
import type { FileOutcome } from '../processFile';

export interface InputError {
  path: string;
  message: string;
}

export interface JsonReport {
  files: { path: string; formatVersion: FormatVersion; diagnostics: Diagnostic[] }[];
  /** Inputs that could not be read, decoded or written; the same messages go to stderr. */
  errors: InputError[];
}

export function formatJson(outcomes: FileOutcome[], errors: InputError[]): string {
  const report: JsonReport = { files: [], errors };
  for (const o of outcomes) {
    if (o.formatVersion !== undefined) report.files.push({ path: o.path, formatVersion: o.formatVersion, diagnostics: o.diagnostics });
  }
  return JSON.stringify(report, null, 2) + '\n';
}
