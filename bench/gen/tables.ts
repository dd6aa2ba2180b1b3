// The official tables as grids of cells (header rows, then value rows), read from the
// format data, with the plan's faults applied. Layout-independent.
import { reviewGroups, type RowSpec, type TableSpec } from '../../server/src/engine/format';
import type { ReportPlan } from './plan';
import { valueText } from './values';

export interface Grid {
  /** Sub-table heading line (§二). */
  heading?: string;
  /** Text above a pipe table (§三's corner note does not fit in one header row). */
  note?: string;
  header: string[][];
  rows: string[][];
  /** Markdown needs one header row: the flattened labels of the columns. */
  flatHeader: string[];
}

const rowLabel = (plan: ReportPlan, spec: TableSpec, row: RowSpec) => plan.labels.get(`${spec.id}/row:${row.id}`) ?? row.numbering + row.label;

function columnLabel(plan: ReportPlan, spec: TableSpec, id: string): string {
  const column = spec.columns.find((c) => c.id === id)!;
  const label = plan.labels.get(`${spec.id}/column:${id}`) ?? column.label;
  return (plan.debris.get(`${spec.id}/column:${id}`) ?? '') + label;
}

function valueCells(plan: ReportPlan, spec: TableSpec, row: RowSpec): string[] {
  const values = plan.values.get(spec.id);
  return spec.columns.map((c) => plan.cells.get(`${spec.id}/${row.id}/${c.id}`) ?? valueText(values, row.id, c.id));
}

function disclosureGrid(plan: ReportPlan, spec: TableSpec): Grid {
  const header = [spec.headerWords[0] ?? '', ...spec.columns.map((c) => columnLabel(plan, spec, c.id))];
  const rows = spec.rows
    .filter((r) => !plan.omitRows.has(`${spec.id}/${r.id}`))
    .flatMap((r) => {
      const cells = [rowLabel(plan, spec, r), ...valueCells(plan, spec, r)];
      return plan.repeatRows.has(`${spec.id}/${r.id}`) ? [cells, [...cells]] : [cells];
    });
  return { heading: spec.heading, header: [header], rows, flatHeader: header };
}

function applicationGrid(plan: ReportPlan, spec: TableSpec): Grid {
  const [corner, applicants, organisations] = spec.headerWords;
  const labels = spec.columns.map((c) => columnLabel(plan, spec, c.id));
  const natural = labels[0];
  const total = labels[labels.length - 1];
  const orgs = labels.slice(1, -1);
  const header = [
    [corner, '', applicants, ...orgs.map(() => ''), total],
    ['', '', natural, organisations, ...orgs.slice(1).map(() => ''), ''],
    ['', '', '', ...orgs, ''],
  ];
  const byId = new Map(spec.rows.map((r) => [r.id, r]));
  const depth = (r: RowSpec): number => (r.parent ? depth(byId.get(r.parent)!) + 1 : 0);
  const written = spec.rows.filter((r) => !plan.omitRows.has(`${spec.id}/${r.id}`));
  const rows: string[][] = [];
  const pendingGroups: RowSpec[] = [];
  for (const row of written) {
    if (row.group) {
      if (plan.groupStyle === 'own') rows.push([...Array<string>(depth(row)).fill(''), rowLabel(plan, spec, row)]);
      else pendingGroups.push(row);
      continue;
    }
    // Merged: the first row of a group carries its group labels in the cells before its own.
    const prefix = Array<string>(depth(row)).fill('');
    for (const g of pendingGroups) prefix[depth(g)] = rowLabel(plan, spec, g);
    pendingGroups.length = 0;
    const labelCells = depth(row) === 0 ? [rowLabel(plan, spec, row), ''] : [...prefix, rowLabel(plan, spec, row)];
    rows.push([...labelCells, ...valueCells(plan, spec, row)]);
  }
  const extra = plan.extraCells.get(spec.id);
  if (extra && rows.length > 0) rows[rows.length - 1].push(...extra);
  return { note: corner, header, rows, flatHeader: [applicants, ...labels] };
}

function reviewGrid(plan: ReportPlan, spec: TableSpec): Grid {
  const groupLabels = new Set(reviewGroups.map((g) => g.label));
  const litigation = spec.headerWords.find((w) => !groupLabels.has(w)) ?? '';
  const [review, direct, afterReview] = reviewGroups;
  const outcomes = spec.columns.slice(0, 5).map((c) => columnLabel(plan, spec, c.id));
  const header = [
    [review.label, '', '', '', '', litigation, '', '', '', '', '', '', '', '', ''],
    ['', '', '', '', '', direct.label, '', '', '', '', afterReview.label, '', '', '', ''],
    spec.columns.map((c) => columnLabel(plan, spec, c.id)),
  ];
  const values = [...valueCells(plan, spec, spec.rows[0]), ...(plan.extraCells.get(spec.id) ?? [])];
  const flatHeader = spec.columns.map((c, i) => `${reviewGroups[Math.floor(i / outcomes.length)].label}${columnLabel(plan, spec, c.id)}`);
  return { header, rows: [values], flatHeader };
}

export function tableGrid(plan: ReportPlan, spec: TableSpec): Grid {
  if (spec.section === 3) return applicationGrid(plan, spec);
  if (spec.section === 4) return reviewGrid(plan, spec);
  return disclosureGrid(plan, spec);
}
