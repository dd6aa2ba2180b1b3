// How the document writes things, so that inserted text looks like the rest of it.
import type { TableSpec } from '../format/spec';
import type { ParsedReport } from '../parse/document';
import { withAsciiDigits } from '../parse/normalize';
import type { ParsedTable } from '../parse/tables';
import type { TableValues } from '../render/tables';
import type { TableLayout } from '../types';

/**
 * A zero in the digits most of the tables' numbers are typed in: `０` when full-width (a Chinese
 * input mode), else `0`.
 */
export function typedZero(tables: readonly ParsedTable[]): string {
  let fullWidth = 0;
  let ascii = 0;
  for (const table of tables)
    for (const row of table.rows)
      for (const value of row.values) {
        if (value.kind !== 'number') continue;
        if (value.raw === withAsciiDigits(value.raw)) ascii++;
        else fullWidth++;
      }
  return fullWidth > ascii ? '０' : '0';
}

/** Zeros for every cell of an inserted table, in the width `zero` is typed in; undefined for ASCII (the renderer's own). */
export function zerosOf(spec: TableSpec, zero: string): TableValues | undefined {
  return zero === '0' ? undefined : new Map(spec.rows.map((r) => [r.id, spec.columns.map(() => zero)]));
}

/** The layout most of the document's tables use (tabs when it has none). */
export function dominantLayout(parsed: ParsedReport): TableLayout {
  const counts = new Map<TableLayout, number>();
  for (const t of parsed.tables) counts.set(t.layout, (counts.get(t.layout) ?? 0) + 1);
  let best: TableLayout = 'tabs';
  let n = 0;
  for (const [layout, c] of counts) if (c > n) [best, n] = [layout, c];
  return best;
}

/** Markdown marks of the section headings (`## `), empty for plain text. */
export function sectionMarks(parsed: ParsedReport): string {
  const first = parsed.sections.find((s) => s.heading.markSpan);
  return first?.heading.markSpan ? parsed.text.slice(first.heading.markSpan.start, first.heading.markSpan.end) : '';
}

/** Headings written inline in long lines: the collapsed web layout. */
export function headingsInline(parsed: ParsedReport): boolean {
  return parsed.sections.length > 0 && parsed.sections.filter((s) => s.heading.inline).length * 2 >= parsed.sections.length;
}
