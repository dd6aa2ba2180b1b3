// A table rewritten in canonical layout: official labels, one row per line, cells
// separated by tabs. Values are carried over as written; the rewrite is offered only for a
// table whose every value is in a cell, and when re-reading it yields exactly the same cells
// and no new error.
import { addsErrors, checkText } from '../check';
import type { RowSpec, TableSpec } from '../format/spec';
import { renderRow, renderTable, type TableValues } from '../render/tables';
import type { CheckOptions, CheckResult, Diagnostic, Span, TableModel, TextEdit } from '../types';
import { LineIndex } from '../lineIndex';
import { bookmarkEnd, isChineseCharacterCode } from '../parse/normalize';
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
const verified = new WeakMap<CheckResult, { baseline?: Diagnostic[]; edits: Map<TableModel, TextEdit | undefined> }>();

/** The edit rewriting one table canonically, when it changes something, keeps every cell and adds no error. */
export function canonicalTableEdit(result: CheckResult, table: TableModel, options: CheckOptions = {}): TextEdit | undefined {
  let known = verified.get(result);
  if (!known) verified.set(result, (known = { edits: new Map() }));
  if (!known.edits.has(table)) known.edits.set(table, verifiedEdit(result, table, options, known));
  return known.edits.get(table);
}

function verifiedEdit(result: CheckResult, table: TableModel, options: CheckOptions, known: { baseline?: Diagnostic[] }): TextEdit | undefined {
  // Values no cell holds would be lost: the rewrite carries cells only.
  if (table.unread.length > 0) return undefined;
  const text = result.model.text;
  const tableText = canonicalTableText(result, table);
  if (tableText === undefined) return undefined;
  const span = withLineDecoration(text, table.span);
  // Lines of its own, also where collapsed web text runs the table into the text around it.
  const eol = eolOf(text);
  const canonical = (opensLine(text, span.start) ? '' : eol) + tableText + (endsLine(text, span.end) ? '' : eol);
  if (canonical === text.slice(span.start, span.end)) return undefined;
  // Nor any words that are no label: a note between the rows (`（含涉密）`) would be gone.
  if (unlabelledWordAt(text, span, table) >= 0) return undefined;
  const rewritten = text.slice(0, span.start) + canonical + text.slice(span.end);
  const sameOptions: CheckOptions = { ...options, formatVersion: result.formatVersion };
  const again = checkText(rewritten, sameOptions);
  // Every table, not only this one: in damaged text a table's span can reach into the next.
  if (allCellsKey(again.model.tables) !== allCellsKey(result.model.tables)) return undefined;
  // Nor may it add an error (a heading's rest left on the line of a table that starts inside it
  // reads as a second heading), compared with the text checked the same way: the result may
  // come from other options (a locale, a prior-year report) than the caller passes.
  known.baseline ??= checkText(text, sameOptions).diagnostics;
  if (addsErrors(known.baseline, again.diagnostics)) return undefined;
  return { range: new LineIndex(text).range(span), newText: canonical };
}

/**
 * Where in `span` a Chinese character is written outside every label, row label, cell and
 * unread value of the table (Word bookmarks aside), or -1.
 */
export function unlabelledWordAt(text: string, span: Span, table: TableModel): number {
  const covered = [
    ...table.labelSpans,
    ...table.rows.flatMap((r) => [r.labelSpan, ...r.cells.map((c) => c.span)]),
    ...table.unread.map((v) => v.span),
  ].sort((a, b) => a.start - b.start);
  let next = 0;
  for (let i = span.start; i < span.end; i++) {
    while (next < covered.length && covered[next].end <= i) next++;
    if (next < covered.length && covered[next].start <= i) {
      i = covered[next].end - 1;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === 0x5b) {
      const end = bookmarkEnd(text, i, span.end);
      if (end > i) {
        i = end - 1;
        continue;
      }
    }
    if (isChineseCharacterCode(c)) return i;
  }
  return -1;
}

const isDecoration = (c: number) => c === 0x7c || c === 0x20 || c === 9 || c === 0x3000; // | and blanks

/**
 * The table's span with the pipes and blanks that share its first and last lines with nothing
 * else: a Markdown table's span runs from its first label to its last value, and a rewrite of
 * the span alone left `| ` before the one and ` |` after the other.
 */
function withLineDecoration(text: string, span: Span): Span {
  let start = span.start;
  while (start > 0 && isDecoration(text.charCodeAt(start - 1))) start--;
  if (!opensLine(text, start)) start = span.start;
  let end = span.end;
  while (end < text.length && isDecoration(text.charCodeAt(end))) end++;
  if (!endsLine(text, end)) end = span.end;
  return { start, end };
}

const isBreak = (c: number) => c === 10 || c === 13;
const opensLine = (text: string, at: number) => at === 0 || isBreak(text.charCodeAt(at - 1));
const endsLine = (text: string, at: number) => at === text.length || isBreak(text.charCodeAt(at));

/** What must survive a rewrite: each cell's place and value as written. */
export function cellsKey(table: TableModel): string {
  return table.rows
    .flatMap((r) => r.cells.map((c) => `${c.rowId}/${c.columnId}=${c.raw.trim()}`))
    .sort()
    .join('\n');
}

/**
 * The cells of every table, keyed by table, and the values no cell holds: a table's rewrite
 * may not take those of another table whose span it overlaps in damaged text.
 */
export function allCellsKey(tables: TableModel[]): string {
  return tables
    .map((t) => `${t.tableId}:\n${cellsKey(t)}\nunread: ${t.unread.map((v) => v.raw).join(' ')}`)
    .sort()
    .join('\n\n');
}
