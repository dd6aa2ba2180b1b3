// How the document writes things, so that inserted text looks like the rest of it.
import type { ParsedReport } from '../parse/document';
import type { TableLayout } from '../types';

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
