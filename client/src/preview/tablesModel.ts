// What the table preview shows, computed from a check result and the format data: the tables
// of §二, §三 and §四 with their official headers, each cell's value and the findings on it.
// Pure (no vscode), so it is unit-tested on its own.
import { formats, LineIndex, officialSections, type CheckResult, type Span, type TableSpec } from '../../../server/src/engine';
import { reviewGroups } from '../../../server/src/engine/format';
import { rowLabel } from '../../../server/src/engine/render/tables';
import { arithmeticCodes } from '../../../server/src/engine/services/tableStatus';

export interface HeaderCell {
  text: string;
  colspan?: number;
  rowspan?: number;
}

export interface PreviewCell {
  text: string;
  span?: Span;
  /** Messages of the findings on the cell (tooltip). */
  findings: string[];
  /** An arithmetic identity through this cell fails. */
  failed: boolean;
}

export interface PreviewRow {
  label?: { text: string; depth: number; span?: Span };
  group: boolean;
  cells: PreviewCell[];
}

export interface PreviewTable {
  tableId: string;
  title: string;
  found: boolean;
  header: HeaderCell[][];
  rows: PreviewRow[];
}

export interface PreviewSection {
  heading: string;
  tables: PreviewTable[];
}

export interface PreviewModel {
  title?: string;
  formatVersion: string;
  sections: PreviewSection[];
  failedCells: number;
}

export function previewModel(result: CheckResult): PreviewModel {
  const spec = formats[result.formatVersion];
  const index = new LineIndex(result.model.text);
  const findings = result.diagnostics.map((d) => ({ diagnostic: d, span: index.span(d.range) }));
  let failedCells = 0;
  const sections: PreviewSection[] = [];
  for (const section of officialSections) {
    const tableSpecs = spec.tables.filter((t) => t.section === section.number);
    if (tableSpecs.length === 0) continue;
    const tables = tableSpecs.map((tableSpec) => {
      const table = previewTable(result, tableSpec, findings);
      failedCells += table.rows.reduce((n, r) => n + r.cells.filter((c) => c.failed).length, 0);
      return table;
    });
    sections.push({ heading: section.heading, tables });
  }
  return { title: result.model.title?.text.replace(/\s+/g, ' ').trim(), formatVersion: result.formatVersion, sections, failedCells };
}

type Located = { diagnostic: CheckResult['diagnostics'][number]; span: Span };

function previewTable(result: CheckResult, spec: TableSpec, findings: Located[]): PreviewTable {
  const model = result.model.tables.find((t) => t.tableId === spec.id);
  const depthOf = (rowId: string | undefined): number => {
    let depth = 0;
    for (let row = spec.rows.find((r) => r.id === rowId); row?.parent; row = spec.rows.find((r) => r.id === row?.parent)) depth++;
    return depth;
  };
  const rows: PreviewRow[] = spec.rows.map((rowSpec) => {
    const rowModel = model?.rows.find((r) => r.rowId === rowSpec.id);
    const cells: PreviewCell[] = rowSpec.group
      ? []
      : spec.columns.map((column) => {
          const cell = rowModel?.cells.find((c) => c.columnId === column.id);
          if (!cell) return { text: '', findings: [], failed: false };
          const on = findings.filter((f) => overlaps(f.span, cell.span));
          return {
            text: cell.raw,
            span: cell.span,
            findings: on.map((f) => f.diagnostic.message),
            failed: on.some((f) => arithmeticCodes.has(f.diagnostic.code)),
          };
        });
    const label = spec.singleRow ? undefined : { text: rowLabel(rowSpec), depth: depthOf(rowSpec.id), span: rowModel?.labelSpan };
    return { label, group: rowSpec.group === true, cells };
  });
  return { tableId: spec.id, title: spec.heading ?? spec.name, found: model !== undefined, header: header(spec), rows };
}

/** The official header rows, with the spans of the grouped headings. */
function header(spec: TableSpec): HeaderCell[][] {
  const labels = spec.columns.map((c) => ({ text: c.label }));
  if (spec.singleRow) {
    const [review, direct, afterReview] = reviewGroups;
    const groupLabels = new Set(reviewGroups.map((g) => g.label));
    const litigation = spec.headerWords.find((w) => !groupLabels.has(w)) ?? '';
    return [
      [{ text: review.label, colspan: 5, rowspan: 2 }, { text: litigation, colspan: 10 }],
      [{ text: direct.label, colspan: 5 }, { text: afterReview.label, colspan: 5 }],
      labels,
    ];
  }
  if (spec.section === 3) {
    const [corner, applicants, organisations] = spec.headerWords;
    const n = labels.length;
    return [
      [{ text: corner, rowspan: 3 }, { text: applicants, colspan: n }],
      [{ ...labels[0], rowspan: 2 }, { text: organisations, colspan: n - 2 }, { ...labels[n - 1], rowspan: 2 }],
      labels.slice(1, n - 1),
    ];
  }
  return [[{ text: spec.headerWords[0] ?? '' }, ...labels]];
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
