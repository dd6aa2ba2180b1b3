// Folding: every section and every table, as line ranges.
import { LineIndex } from '../lineIndex';
import type { ReportModel } from '../types';
import { trimEnd } from './tables';

export interface Fold {
  startLine: number;
  endLine: number;
  kind: 'section' | 'table';
}

export function foldingRanges(model: ReportModel): Fold[] {
  const index = new LineIndex(model.text);
  const folds: Fold[] = [];
  const add = (span: { start: number; end: number }, kind: Fold['kind']) => {
    const trimmed = trimEnd(model.text, span);
    const startLine = index.positionAt(trimmed.start).line;
    const endLine = index.positionAt(trimmed.end).line;
    if (endLine > startLine) folds.push({ startLine, endLine, kind });
  };
  for (const s of model.sections) add(s.span, 'section');
  for (const t of model.tables) add(t.span, 'table');
  return folds.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
