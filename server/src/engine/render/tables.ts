// Writes the official tables as text, in any of the layouts the parser reads. Used to
// insert a missing table or row in the document's own layout, for the canonical
// rewrite of a table, and for the report skeleton.
import { reviewGroups } from '../format/reviewTable';
import type { RowSpec, TableSpec } from '../format/spec';
import type { TableLayout } from '../types';

/** Values by row id, in the order of the given columns; missing values are 0. */
export type TableValues = Map<string, (string | number)[]>;

const SEPARATOR: Record<Exclude<TableLayout, 'markdown' | 'cell-per-line'>, string> = {
  tabs: '\t',
  spaces: '    ',
  collapsed: '',
};

/** Official label of a row: numbering + wording. */
export function rowLabel(row: RowSpec): string {
  return row.numbering + row.label;
}

/** The header lines of a table (no values), as lists of cells. */
function headerLines(spec: TableSpec): string[][] {
  if (spec.id === 'review') {
    const outcomes = spec.columns.slice(0, 5).map((c) => c.label);
    const [review, direct, afterReview] = reviewGroups;
    const litigation = spec.headerWords.find((w) => w !== review.label && w !== direct.label && w !== afterReview.label) ?? '';
    return [
      [review.label, '', '', '', '', litigation],
      ['', '', '', '', '', direct.label, '', '', '', '', afterReview.label],
      [...outcomes, ...outcomes, ...outcomes],
    ];
  }
  if (spec.section === 3) {
    const [corner, applicants, organisations] = spec.headerWords;
    const natural = spec.columns[0].label;
    const total = spec.columns[spec.columns.length - 1].label;
    const orgColumns = spec.columns.slice(1, -1).map((c) => c.label);
    return [
      [corner, applicants],
      ['', natural, organisations, ...orgColumns.slice(1).map(() => ''), total],
      ['', '', ...orgColumns],
    ];
  }
  return [[spec.headerWords[0] ?? '', ...spec.columns.map((c) => c.label)]];
}

function valueRows(spec: TableSpec): RowSpec[] {
  return spec.rows;
}

function valuesOf(spec: TableSpec, row: RowSpec, values?: TableValues): string[] {
  const given = values?.get(row.id);
  return spec.columns.map((_, i) => String(given?.[i] ?? 0));
}

/** One row (label and values) in the layout, without a line break. */
export function renderRow(spec: TableSpec, row: RowSpec, layout: TableLayout, eol: string, values?: TableValues): string {
  const cells = row.group ? [rowLabel(row)] : [rowLabel(row), ...valuesOf(spec, row, values)];
  return renderCells(cells, layout, eol, spec.columns.length + 1);
}

function renderCells(cells: string[], layout: TableLayout, eol: string, width: number): string {
  switch (layout) {
    case 'markdown': {
      const padded = [...cells, ...Array<string>(Math.max(0, width - cells.length)).fill('')];
      return `| ${padded.join(' | ')} |`;
    }
    case 'cell-per-line':
      return cells.map((c) => `\t${c}`).join(eol);
    default: {
      let end = cells.length;
      while (end > 1 && cells[end - 1] === '') end--;
      return cells.slice(0, end).join(SEPARATOR[layout]);
    }
  }
}

/** The whole table (sub-table heading included for §二), lines joined by `eol`, no trailing break. */
export function renderTable(spec: TableSpec, layout: TableLayout, eol: string, values?: TableValues): string {
  const width = spec.id === 'review' ? spec.columns.length : spec.columns.length + 1;
  const lines: string[] = [];
  if (spec.heading) lines.push(spec.heading);
  const rowBreak = layout === 'cell-per-line' ? eol + eol : eol;
  if (layout === 'markdown') {
    // A pipe table has one header row: the group names go into the cells they head.
    let header: string[];
    if (spec.id === 'review') header = spec.columns.map((c, i) => `${reviewGroups[Math.floor(i / 5)].label}${c.label}`);
    else if (spec.section === 3) {
      lines.push(spec.headerWords[0]);
      header = [spec.headerWords[1], ...spec.columns.map((c) => c.label)];
    } else header = headerLines(spec)[0];
    lines.push(renderCells(header, layout, eol, header.length));
    lines.push(renderCells(header.map(() => '---'), layout, eol, header.length));
  } else {
    for (const cells of headerLines(spec)) lines.push(renderCells(cells, layout, eol, width));
  }
  const body: string[] = [];
  if (spec.singleRow) body.push(renderCells(valuesOf(spec, spec.rows[0], values), layout, eol, width));
  else for (const row of valueRows(spec)) body.push(renderRow(spec, row, layout, eol, values));
  if (layout === 'collapsed') return [...lines, ...body].join('');
  return [lines.join(layout === 'cell-per-line' ? rowBreak : eol), body.join(rowBreak)].join(rowBreak);
}
