// One evaluator for every identity of the format (row totals, outcome totals, balance,
// §四 group totals): finds the failing ones and proposes the total's value as a fix only
// when that fix breaks nothing — and marks it preferred only when it settles every
// identity the cell takes part in.
import type { SumSpec } from '../../format/spec';
import type { ParsedTable } from '../../parse/tables';
import type { CellModel } from '../../types';
import type { Finding, RuleContext } from '../context';
import type { Bilingual } from '../rule';

type Values = Map<string, number>;
const key = (row: string, column: string) => `${row}|${column}`;

const readable = new WeakMap<ParsedTable, Map<string, CellModel>>();

/** Cells whose values can be trusted for arithmetic: rows read completely (once per table). */
function readableCells(table: ParsedTable): Map<string, CellModel> {
  const cached = readable.get(table);
  if (cached) return cached;
  const cells = new Map<string, CellModel>();
  readable.set(table, cells);
  for (const row of table.rows) {
    if (row.split || row.extraValues.length || row.missingValues) continue;
    if (row.cells.length !== table.columns.length) continue;
    for (const c of row.cells) if (c.value !== null) cells.set(key(c.rowId, c.columnId), c);
  }
  return cells;
}

const refKeys = new WeakMap<SumSpec['left'], string[]>();

function total(values: Values, refs: SumSpec['left']): number | undefined {
  let keys = refKeys.get(refs);
  if (!keys) {
    keys = refs.map((r) => key(r.row, r.column));
    refKeys.set(refs, keys);
  }
  let s = 0;
  for (const k of keys) {
    const v = values.get(k);
    if (v === undefined) return undefined;
    s += v;
  }
  return s;
}

/** Sums over decimals (never in counts) are compared in whole hundredths. */
const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;

export interface SumFailure {
  sum: SumSpec;
  left: number;
  right: number;
  cells: Map<string, CellModel>;
  values: Values;
}

const valuesOfTable = new WeakMap<ParsedTable, Values>();

/** Values of the readable cells, keyed `row|column`. */
export function tableValues(table: ParsedTable): Values {
  let values = valuesOfTable.get(table);
  if (!values) {
    values = new Map([...readableCells(table)].map(([k, c]) => [k, c.value as number]));
    valuesOfTable.set(table, values);
  }
  return values;
}

/**
 * The values a missing row must hold for the column identities to hold, when every
 * column has an identity whose other cells are known; undefined otherwise.
 */
export function derivedRow(table: ParsedTable, rowId: string): number[] | undefined {
  const values = tableValues(table);
  const out: number[] = [];
  for (const column of table.spec.columns) {
    const k = key(rowId, column.id);
    let found: number | undefined;
    for (const sum of table.spec.sums) {
      if (sum.rule === 'row-total') continue;
      const inLeft = sum.left.some((r) => key(r.row, r.column) === k);
      const inRight = sum.right.some((r) => key(r.row, r.column) === k);
      if (!inLeft && !inRight) continue;
      const others = (refs: SumSpec['left']) => total(values, refs.filter((r) => key(r.row, r.column) !== k));
      const l = others(sum.left);
      const r = others(sum.right);
      if (l === undefined || r === undefined) continue;
      found = inLeft ? r - l : l - r;
      break;
    }
    if (found === undefined || found < 0 || !Number.isInteger(found)) return undefined;
    out.push(found);
  }
  const rowTotal = table.spec.sums.find((s) => s.rule === 'row-total' && s.target.row === rowId);
  if (rowTotal) {
    const at = (c: string) => out[table.spec.columns.findIndex((x) => x.id === c)];
    const l = rowTotal.left.reduce((a, r) => a + at(r.column), 0);
    const r = rowTotal.right.reduce((a, x) => a + at(x.column), 0);
    if (l !== r) return undefined;
  }
  return out;
}

export function failingSums(table: ParsedTable, rule: SumSpec['rule']): SumFailure[] {
  const cells = readableCells(table);
  const values = tableValues(table);
  const out: SumFailure[] = [];
  for (const sum of table.spec.sums) {
    if (sum.rule !== rule) continue;
    const left = total(values, sum.left);
    const right = total(values, sum.right);
    if (left === undefined || right === undefined || same(left, right)) continue;
    out.push({ sum, left, right, cells, values });
  }
  return out;
}

/** The value the target must take for the identity to hold, other cells unchanged. */
function targetValue(f: SumFailure): number {
  const t = f.values.get(key(f.sum.target.row, f.sum.target.column))!;
  const onLeft = f.sum.left.some((r) => r.row === f.sum.target.row && r.column === f.sum.target.column);
  return onLeft ? t + (f.right - f.left) : t + (f.left - f.right);
}

/** Offer the fix only if it breaks no identity that held; prefer it if it settles all of the cell's. */
export function totalFix(table: ParsedTable, f: SumFailure): { value: number; preferred: boolean } | undefined {
  const value = targetValue(f);
  if (value < 0 || !Number.isInteger(value)) return undefined;
  const k = key(f.sum.target.row, f.sum.target.column);
  const after: Values = new Map(f.values);
  after.set(k, value);
  let settlesAll = true;
  for (const sum of table.spec.sums) {
    const involves = [...sum.left, ...sum.right].some((r) => key(r.row, r.column) === k);
    if (!involves) continue;
    const beforeOk = eq(f.values, sum);
    const afterOk = eq(after, sum);
    if (beforeOk === true && afterOk === false) return undefined;
    if (afterOk === false) settlesAll = false;
  }
  return { value, preferred: settlesAll };
}

function eq(values: Values, sum: SumSpec): boolean | undefined {
  const l = total(values, sum.left);
  const r = total(values, sum.right);
  return l === undefined || r === undefined ? undefined : same(l, r);
}

/** Reports every failure of one rule with the total cell, its addends and a fix. */
export function reportSums(
  context: RuleContext,
  rule: SumSpec['rule'],
  message: (f: SumFailure, expected: number, formula: string, actual: number) => Bilingual,
): void {
  for (const table of context.parsed.tables) {
    for (const f of failingSums(table, rule)) {
      const target = f.cells.get(key(f.sum.target.row, f.sum.target.column))!;
      const addends = [...f.sum.left, ...f.sum.right].filter((r) => !(r.row === f.sum.target.row && r.column === f.sum.target.column));
      const fix = totalFix(table, f);
      const expected = targetValue(f);
      const formula = f.sum.right.map((r) => f.values.get(key(r.row, r.column))).join('+');
      const finding: Finding = {
        span: target.span,
        message: message(f, expected, formula, target.value as number),
        related: addends.map((r) => ({
          span: f.cells.get(key(r.row, r.column))!.span,
          message: { zh: `加数 ${f.values.get(key(r.row, r.column))}`, en: `addend ${f.values.get(key(r.row, r.column))}` },
        })),
        fixes: fix
          ? [
              {
                title: { zh: `改为 ${fix.value}`, en: `Change to ${fix.value}` },
                preferred: fix.preferred,
                edits: [{ span: target.span, newText: String(fix.value) }],
              },
            ]
          : [],
      };
      context.report(finding);
    }
  }
}
