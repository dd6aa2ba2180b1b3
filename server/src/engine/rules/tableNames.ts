// Readable names of table parts for messages, taken from the format data.
import { reviewGroupOf } from '../format/reviewTable';
import type { ColumnSpec, RowSpec, TableSpec } from '../format/spec';

export function columnName(table: TableSpec, column: ColumnSpec | string): string {
  const c = typeof column === 'string' ? table.columns.find((x) => x.id === column) : column;
  if (!c) return '';
  return table.singleRow ? `${reviewGroupOf(c.id)}·${c.label}` : c.label;
}

export function rowName(row: RowSpec): string {
  return row.numbering + row.label;
}
