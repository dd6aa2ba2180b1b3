// Hover text: where a value sits in its table (and, for a total, its identity with the
// actual numbers); on a section heading, what the format requires there.
import { formats } from '../format';
import { reviewGroupOf, reviewGroups } from '../format/reviewTable';
import type { CellRef, SumSpec, TableSpec } from '../format/spec';
import type { CellModel, CheckResult, Locale, Span, TableModel } from '../types';
import { messages, say } from './messages';
import { contains, rowLabel, rowSpec, specOf, tableName } from './tables';

export interface HoverInfo {
  /** Markdown. */
  contents: string;
  span: Span;
}

export function hoverAt(result: CheckResult, offset: number, locale: Locale = 'zh-CN'): HoverInfo | undefined {
  const { model } = result;
  for (const table of model.tables) {
    if (!contains(table.span, offset)) continue;
    const spec = specOf(result.formatVersion, table);
    if (!spec) continue;
    for (const row of table.rows) {
      const cell = row.cells.find((c) => contains(c.span, offset));
      if (cell) return { contents: cellHover(result, table, spec, cell, locale), span: cell.span };
      if (!spec.singleRow && row.labelSpan.end > row.labelSpan.start && contains(row.labelSpan, offset)) {
        return { contents: `**${tableName(spec, table)}**\n\n${rowPath(result, table, spec, row.rowId)}`, span: row.labelSpan };
      }
    }
  }
  for (const section of model.sections) {
    if (!contains(section.heading.span, offset)) continue;
    const spec = formats[result.formatVersion].sections.find((s) => s.number === section.number);
    if (!spec) continue;
    return {
      contents: `**${spec.heading}**\n\n${say(locale, messages.requiredHere)}：${say(locale, spec.requires)}`,
      span: section.heading.span,
    };
  }
  return undefined;
}

/** Section heading › sub-table › parent row › row · column, in official labels. */
export function cellPath(result: CheckResult, table: TableModel, spec: TableSpec, cell: CellRef): string {
  if (spec.singleRow) {
    const section = formats[result.formatVersion].sections.find((s) => s.number === table.section);
    const parts: string[] = section ? [section.heading] : [];
    const group = reviewGroupOf(cell.column);
    // The two litigation groups sit under a common header (行政诉讼 in the format data).
    const litigation = spec.headerWords.find((w) => !reviewGroups.some((g) => g.label === w));
    if (group && group !== reviewGroups[0].label && litigation) parts.push(litigation);
    if (group) parts.push(group);
    parts.push(columnLabel(spec, cell.column));
    return parts.join(' › ');
  }
  return `${rowPath(result, table, spec, cell.row)} · ${columnLabel(spec, cell.column)}`;
}

/** Section heading › sub-table › parent row › row. */
function rowPath(result: CheckResult, table: TableModel, spec: TableSpec, rowId: string): string {
  const section = formats[result.formatVersion].sections.find((s) => s.number === table.section);
  const row = rowSpec(spec, rowId);
  const parent = row?.parent ? rowSpec(spec, row.parent) : undefined;
  return [section?.heading, spec.heading, parent && rowLabel(parent), row ? rowLabel(row) : rowId]
    .filter((p): p is string => Boolean(p))
    .join(' › ');
}

function cellHover(result: CheckResult, table: TableModel, spec: TableSpec, cell: CellModel, locale: Locale): string {
  const lines = [`**${tableName(spec, table)}**`, '', cellPath(result, table, spec, { row: cell.rowId, column: cell.columnId })];
  const sums = spec.sums.filter((s) => s.target.row === cell.rowId && s.target.column === cell.columnId);
  for (const sum of sums) lines.push('', formula(table, spec, sum, locale));
  return lines.join('\n');
}

function columnLabel(spec: TableSpec, columnId: string): string {
  return spec.columns.find((c) => c.id === columnId)?.label ?? columnId;
}

/** Two lines: the identity in words, then with the table's numbers and whether it holds. */
export function formula(table: TableModel, spec: TableSpec, sum: SumSpec, locale?: Locale): string {
  const refs = [...sum.left, ...sum.right];
  const sameRow = refs.every((r) => r.row === refs[0].row);
  const sameColumn = refs.every((r) => r.column === refs[0].column);
  const name = (r: CellRef) => {
    const row = rowSpec(spec, r.row);
    const rowName = row ? rowLabel(row) : r.row;
    if (sameRow || spec.singleRow) return columnLabel(spec, r.column);
    if (sameColumn) return rowName;
    return `${rowName} · ${columnLabel(spec, r.column)}`;
  };
  const value = (r: CellRef) =>
    table.rows.find((row) => row.rowId === r.row)?.cells.find((c) => c.columnId === r.column)?.value ?? null;
  const show = (r: CellRef) => {
    const v = value(r);
    return v === null ? '?' : String(v);
  };
  const total = (side: CellRef[]) => side.reduce<number | null>((acc, r) => (acc === null || value(r) === null ? null : acc + (value(r) as number)), 0);
  const left = total(sum.left);
  const right = total(sum.right);
  const holds = left !== null && right !== null && Math.abs(left - right) < 1e-9;
  const mark = left === null || right === null ? '' : holds ? ' ✓' : ` ✗（${left} ≠ ${right}）`;
  const words = `${sum.left.map(name).join(' + ')} = ${sum.right.map(name).join(' + ')}`;
  const numbers = `${sum.left.map(show).join(' + ')} = ${sum.right.map(show).join(' + ')}${mark}`;
  return `${say(locale, messages.formula)}：${words}  \n\`${numbers}\``;
}
