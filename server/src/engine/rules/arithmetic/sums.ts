// One evaluator for every identity of the format (row totals, outcome totals, balance,
// §四 group totals): finds the failing ones and proposes the total's value as a fix only
// when that fix breaks nothing — and marks it preferred only when it settles every
// identity the cell takes part in.
import type { CellRef, SumSpec, TableSpec } from '../../format/spec';
import type { ParsedTable } from '../../parse/tables';
import type { CellModel } from '../../types';
import type { Finding, RuleContext } from '../context';
import type { Bilingual } from '../rule';
import { valueEdit } from '../valueEdit';

/** An identity over cell indices (row index × column count + column index). */
interface CompiledSum {
  spec: SumSpec;
  left: number[];
  right: number[];
  target: number;
}

/** A table spec's cells as indices, and its identities over them: built once per spec. */
interface Grid {
  width: number;
  size: number;
  rowIndex: Map<string, number>;
  columnIndex: Map<string, number>;
  /** Index of a cell of the spec. */
  indexOf(ref: CellRef): number;
  sums: CompiledSum[];
  /** The identities of each rule, in the spec's order. */
  sumsOfRule: Map<SumSpec['rule'], CompiledSum[]>;
  /** The identities each cell takes part in. */
  sumsOfCell: CompiledSum[][];
}

const grids = new WeakMap<TableSpec, Grid>();

function gridOf(spec: TableSpec): Grid {
  let grid = grids.get(spec);
  if (grid) return grid;
  const width = spec.columns.length;
  const rowIndex = new Map(spec.rows.map((r, i) => [r.id, i]));
  const columnIndex = new Map(spec.columns.map((c, i) => [c.id, i]));
  const indexOf = (ref: CellRef) => rowIndex.get(ref.row)! * width + columnIndex.get(ref.column)!;
  const size = spec.rows.length * width;
  const sums = spec.sums.map((sum) => ({ spec: sum, left: sum.left.map(indexOf), right: sum.right.map(indexOf), target: indexOf(sum.target) }));
  const sumsOfCell: CompiledSum[][] = Array.from({ length: size }, () => []);
  for (const sum of sums) for (const i of new Set([...sum.left, ...sum.right])) sumsOfCell[i].push(sum);
  const sumsOfRule = new Map<SumSpec['rule'], CompiledSum[]>();
  for (const sum of sums) {
    const list = sumsOfRule.get(sum.spec.rule);
    if (list) list.push(sum);
    else sumsOfRule.set(sum.spec.rule, [sum]);
  }
  grid = { width, size, rowIndex, columnIndex, indexOf, sums, sumsOfRule, sumsOfCell };
  grids.set(spec, grid);
  return grid;
}

/** Readable cells of one parsed table: values by cell index, NaN where nothing can be trusted. */
interface TableCells {
  grid: Grid;
  values: number[];
  cells: (CellModel | undefined)[];
}

const cellsOfTable = new WeakMap<ParsedTable, TableCells>();

/** Cells whose values can be trusted for arithmetic: rows read completely (once per table). */
function readableCells(table: ParsedTable): TableCells {
  const cached = cellsOfTable.get(table);
  if (cached) return cached;
  const grid = gridOf(table.spec);
  const values: number[] = new Array(grid.size).fill(NaN);
  const cells: (CellModel | undefined)[] = new Array(grid.size);
  // Cells are in column order: with every column of the spec present, cell k is column k.
  const allColumns = table.columns === table.spec.columns;
  for (const row of table.rows) {
    if (row.split || row.extraValues.length || row.missingValues) continue;
    if (row.cells.length !== table.columns.length) continue;
    const base = grid.rowIndex.get(row.spec.id)! * grid.width;
    for (let k = 0; k < row.cells.length; k++) {
      const c = row.cells[k];
      if (c.value === null) continue;
      const i = base + (allColumns ? k : grid.columnIndex.get(c.columnId)!);
      values[i] = c.value;
      cells[i] = c;
    }
  }
  const result = { grid, values, cells };
  cellsOfTable.set(table, result);
  return result;
}

/** Σ of the cells; NaN when one of them is unreadable. */
function total(values: number[], indices: number[], except = -1): number {
  let s = 0;
  for (const i of indices) if (i !== except) s += values[i];
  return s;
}

/** Sums over decimals (never in counts) are compared in whole hundredths. */
const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;

export interface SumFailure {
  sum: SumSpec;
  left: number;
  right: number;
  /** Value of a cell of the identity as read. */
  valueOf(ref: CellRef): number;
}

interface Failure extends SumFailure {
  compiled: CompiledSum;
  table: TableCells;
}

/**
 * The values the missing rows must hold for the column identities to hold, for each row whose
 * every column has an identity whose other cells are known — counting the rows derived so far:
 * with （七）总计 and 1.属于国家秘密 both missing, the balance gives the total, and the total then
 * gives the other row. Rows that cannot be derived are absent from the result.
 */
export function derivedRows(table: ParsedTable, rowIds: string[]): Map<string, number[]> {
  const cells = readableCells(table);
  const grid = cells.grid;
  const values = cells.values.slice(); // the derived rows are written in
  const derived = new Map<string, number[]>();
  for (let progress = true; progress; ) {
    progress = false;
    for (const rowId of rowIds) {
      if (derived.has(rowId)) continue;
      const row = derivedRow(grid, values, rowId);
      if (!row) continue;
      derived.set(rowId, row);
      const base = grid.rowIndex.get(rowId)! * grid.width;
      row.forEach((v, column) => (values[base + column] = v));
      progress = true;
    }
  }
  return derived;
}

function derivedRow(grid: Grid, values: number[], rowId: string): number[] | undefined {
  const base = grid.rowIndex.get(rowId)! * grid.width;
  const out: number[] = [];
  for (let column = 0; column < grid.width; column++) {
    const k = base + column;
    let found: number | undefined;
    for (const sum of grid.sumsOfCell[k]) {
      if (sum.spec.rule === 'row-total') continue;
      const inLeft = sum.left.includes(k);
      const l = total(values, sum.left, k);
      const r = total(values, sum.right, k);
      if (Number.isNaN(l) || Number.isNaN(r)) continue;
      found = inLeft ? r - l : l - r;
      break;
    }
    if (found === undefined || found < 0 || !Number.isInteger(found)) return undefined;
    out.push(found);
  }
  const rowTotal = grid.sumsOfRule.get('row-total')?.find((s) => s.spec.target.row === rowId);
  if (rowTotal) {
    const at = (i: number) => out[i - base];
    const l = rowTotal.left.reduce((a, i) => a + at(i), 0);
    const r = rowTotal.right.reduce((a, i) => a + at(i), 0);
    if (l !== r) return undefined;
  }
  return out;
}

function failingSums(table: ParsedTable, rule: SumSpec['rule']): Failure[] {
  const ofRule = gridOf(table.spec).sumsOfRule.get(rule);
  if (!ofRule) return [];
  const cells = readableCells(table);
  const { grid, values } = cells;
  const out: Failure[] = [];
  for (const sum of ofRule) {
    const left = total(values, sum.left);
    const right = total(values, sum.right);
    if (Number.isNaN(left) || Number.isNaN(right) || same(left, right)) continue;
    const valueOf = (ref: CellRef) => values[grid.indexOf(ref)];
    out.push({ sum: sum.spec, left, right, valueOf, compiled: sum, table: cells });
  }
  return out;
}

/** The value the target must take for the identity to hold, other cells unchanged. */
function targetValue(f: Failure): number {
  const t = f.table.values[f.compiled.target];
  return f.compiled.left.includes(f.compiled.target) ? t + (f.right - f.left) : t + (f.left - f.right);
}

/** Whether an identity holds; undefined when a cell of it is unreadable. */
function holds(values: number[], sum: CompiledSum): boolean | undefined {
  const l = total(values, sum.left);
  const r = total(values, sum.right);
  return Number.isNaN(l) || Number.isNaN(r) ? undefined : same(l, r);
}

/** Offer the fix only if it breaks no identity that held; prefer it if it settles all of the cell's. */
function totalFix(f: Failure): { value: number; preferred: boolean } | undefined {
  const value = targetValue(f);
  if (value < 0 || !Number.isInteger(value)) return undefined;
  const { grid, values } = f.table;
  const k = f.compiled.target;
  const after = values.slice();
  after[k] = value;
  let settlesAll = true;
  for (const sum of grid.sumsOfCell[k]) {
    const beforeOk = holds(values, sum);
    const afterOk = holds(after, sum);
    if (beforeOk === true && afterOk === false) return undefined;
    if (afterOk === false) settlesAll = false;
  }
  return { value, preferred: settlesAll };
}

/** Reports every failure of one rule with the total cell, its addends and a fix. */
export function reportSums(
  context: RuleContext,
  rule: SumSpec['rule'],
  message: (f: SumFailure, expected: number, formula: string, actual: number) => Bilingual,
): void {
  for (const table of context.parsed.tables) {
    for (const f of failingSums(table, rule)) {
      const { values, cells } = f.table;
      const k = f.compiled.target;
      const target = cells[k]!;
      const addends = [...f.compiled.left, ...f.compiled.right].filter((i) => i !== k);
      const fix = totalFix(f);
      const expected = targetValue(f);
      const formula = f.compiled.right.map((i) => values[i]).join('+');
      const finding: Finding = {
        span: target.span,
        message: message(f, expected, formula, target.value as number),
        related: addends.map((i) => ({
          span: cells[i]!.span,
          message: { zh: `加数 ${values[i]}`, en: `addend ${values[i]}` },
        })),
        fixes: fix
          ? [
              {
                title: { zh: `改为 ${fix.value}`, en: `Change to ${fix.value}` },
                preferred: fix.preferred,
                edits: [valueEdit(context.text, target.span, fix.value)],
              },
            ]
          : [],
      };
      context.report(finding);
    }
  }
}
