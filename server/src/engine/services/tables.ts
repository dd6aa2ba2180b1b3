// Lookups shared by the services: the format's spec of a parsed table, its display name,
// and which spans hold what.
import { formats } from '../format';
import type { RowSpec, TableSpec } from '../format/spec';
import { rowLabel } from '../render/tables';
import type { CheckResult, Diagnostic, FormatVersion, Span, TableModel } from '../types';
import { LineIndex } from '../lineIndex';

/** The spec of a parsed table: the report's version first, else the other one. */
export function specOf(version: FormatVersion, table: TableModel): TableSpec | undefined {
  const other: FormatVersion = version === '2021' ? '2019' : '2021';
  return (
    formats[version].tables.find((t) => t.id === table.tableId) ?? formats[other].tables.find((t) => t.id === table.tableId)
  );
}

/** Name of a table for the outline and messages: the sub-table heading, else the official name. */
export function tableName(spec: TableSpec | undefined, table: TableModel): string {
  return spec?.heading ?? spec?.name ?? table.tableId;
}

export function rowSpec(spec: TableSpec, rowId: string): RowSpec | undefined {
  return spec.rows.find((r) => r.id === rowId);
}

export { rowLabel };

export function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/** Diagnostics whose start lies inside the span. */
export function diagnosticsIn(result: CheckResult, span: Span, index = new LineIndex(result.model.text)): Diagnostic[] {
  return result.diagnostics.filter((d) => {
    const start = index.offsetAt(d.range.start);
    return span.start <= start && start < Math.max(span.end, span.start + 1);
  });
}

/** The span without trailing white space (so folds and outline ranges end on text). */
export function trimEnd(text: string, span: Span): Span {
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1])) end--;
  return { start: span.start, end };
}
