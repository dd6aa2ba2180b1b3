// What a rule sees and how it reports: findings carry offsets and bilingual text;
// check.ts turns them into LSP-shaped diagnostics in the caller's locale.
import type { FormatSpec } from '../format/spec';
import type { ParsedReport } from '../parse/document';
import type { ParsedTable } from '../parse/tables';
import type { CellModel, CheckOptions, Span } from '../types';
import type { Bilingual } from './rule';

export interface FindingEdit {
  span: Span;
  newText: string;
}

export interface FindingFix {
  title: Bilingual;
  preferred: boolean;
  edits: FindingEdit[];
  /**
   * Structural insertions re-parse the table around them; on a damaged document that can
   * surface new errors. Such fixes are re-checked on the edited text and dropped if they do.
   */
  verify?: boolean;
}

export interface Finding {
  span: Span;
  message: Bilingual;
  related?: { span: Span; message: Bilingual }[];
  fixes?: FindingFix[];
}

export interface RuleContext {
  parsed: ParsedReport;
  text: string;
  spec: FormatSpec;
  options: CheckOptions;
  /** Last year's report of the same agency, parsed, when the caller handed it in. */
  priorYear?: ParsedReport;
  report(finding: Finding): void;
}

export function tableById(parsed: ParsedReport, id: string): ParsedTable | undefined {
  return parsed.tables.find((t) => t.spec.id === id);
}

export function cellOf(table: ParsedTable | undefined, rowId: string, columnId: string): CellModel | undefined {
  return table?.rows.find((r) => r.spec.id === rowId)?.cells.find((c) => c.columnId === columnId);
}

/** The document's line break, so inserted text matches it. */
export function lineBreakOf(text: string): string {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}

/** Offset of the start of the line holding `offset`. */
export function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/** Offset just after the line break ending the line holding `offset` (or the text end). */
export function nextLineStart(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  if (text[i] === '\r' && text[i + 1] === '\n') return i + 2;
  return i < text.length ? i + 1 : i;
}
