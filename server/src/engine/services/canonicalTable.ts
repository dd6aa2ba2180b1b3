// A table rewritten in canonical layout: official labels, one row per line, cells
// separated by tabs. Values are carried over as written; the rewrite is offered only when
// re-reading it yields exactly the same cells.
import { checkText } from '../check';
import type { RowSpec, TableSpec } from '../format/spec';
import { renderRow, renderTable, type TableValues } from '../render/tables';
import type { CheckOptions, CheckResult, TableModel, TextEdit } from '../types';
import { LineIndex } from '../lineIndex';
import { specOf } from './tables';

export function eolOf(text: string): string {
  const m = /\r\n|\r|\n/.exec(text);
  return m ? m[0] : '\n';
}

/** The canonical text of a parsed table (no trailing line break), or undefined without a spec. */
export function canonicalTableText(result: CheckResult, table: TableModel, eol = eolOf(result.model.text)): string | undefined {
  const spec = specOf(result.formatVersion, table);
  // A table without a single row read is too damaged to lay out again.
  if (!spec || table.rows.length === 0) return undefined;
  const values: TableValues = new Map();
  for (const row of table.rows) {
    values.set(
      row.rowId,
      spec.columns.map((c) => row.cells.find((cell) => cell.columnId === c.id)?.raw.trim() ?? ''),
    );
  }
  const header = renderTable({ ...spec, rows: [], singleRow: false }, 'tabs', eol).replace(/(\r\n|\r|\n)+$/, '');
  const lines = [header];
  if (spec.singleRow) {
    const only = spec.rows[0];
    lines.push(trimTrailingTabs((values.get(only.id) ?? []).join('\t')));
  } else {
    for (const row of presentRows(spec, table)) lines.push(trimTrailingTabs(renderRow(spec, row, 'tabs', eol, values)));
  }
  return lines.join(eol);
}

/** Rows the table holds, with the group labels above them. */
function presentRows(spec: TableSpec, table: TableModel): RowSpec[] {
  const present = new Set(table.rows.map((r) => r.rowId));
  const hasDescendant = (id: string): boolean => spec.rows.some((r) => r.parent === id && (present.has(r.id) || hasDescendant(r.id)));
  return spec.rows.filter((r) => (r.group ? hasDescendant(r.id) : present.has(r.id)));
}

function trimTrailingTabs(line: string): string {
  return line.replace(/\t+$/, '');
}

/** Rewrites already verified, per check result: code actions are asked for on every cursor move. */
const verified = new WeakMap<CheckResult, Map<TableModel, TextEdit | undefined>>();

/** The edit rewriting one table canonically, when it changes something and keeps every cell. */
export function canonicalTableEdit(result: CheckResult, table: TableModel, options: CheckOptions = {}): TextEdit | undefined {
  let known = verified.get(result);
  if (!known) verified.set(result, (known = new Map()));
  if (!known.has(table)) known.set(table, verifiedEdit(result, table, options));
  return known.get(table);
}

function verifiedEdit(result: CheckResult, table: TableModel, options: CheckOptions): TextEdit | undefined {
  const text = result.model.text;
  const canonical = canonicalTableText(result, table);
  if (canonical === undefined || canonical === text.slice(table.span.start, table.span.end)) return undefined;
  const rewritten = text.slice(0, table.span.start) + canonical + text.slice(table.span.end);
  const again = checkText(rewritten, { ...options, formatVersion: result.formatVersion });
  // Every table, not only this one: in damaged text a table's span can reach into the next.
  if (allCellsKey(again.model.tables) !== allCellsKey(result.model.tables)) return undefined;
  return { range: new LineIndex(text).range(table.span), newText: canonical };
}

/** What must survive a rewrite: each cell's place and value as written. */
export function cellsKey(table: TableModel): string {
  return table.rows
    .flatMap((r) => r.cells.map((c) => `${c.rowId}/${c.columnId}=${c.raw.trim()}`))
    .sort()
    .join('\n');
}

/** The cells of every table, keyed by table. */
export function allCellsKey(tables: TableModel[]): string {
  return tables
    .map((t) => `${t.tableId}:\n${cellsKey(t)}`)
    .sort()
    .join('\n\n');
}
