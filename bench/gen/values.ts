// Table values that satisfy every identity in the format data (`sums`): built from the
// structure of the sums, then checked against all of them.
import type { CellRef, FormatSpec, SumSpec, TableSpec } from '../../server/src/engine/format';
import type { Rng } from './prng';

/** Values of one table, keyed `row/column`; decimals are kept as their written text. */
export type TableValues = Map<string, number | string>;
/** Values of every table, by table id. */
export type ReportValues = Map<string, TableValues>;

export const cellKey = (c: CellRef): string => `${c.row}/${c.column}`;

const numeric = (v: number | string | undefined): number => (typeof v === 'number' ? v : Number(v ?? 0));

/** The identities a table's values break (empty when all hold). */
export function unmetSums(spec: TableSpec, values: TableValues): SumSpec[] {
  const side = (cells: CellRef[]) => cells.reduce((a, c) => a + numeric(values.get(cellKey(c))), 0);
  return spec.sums.filter((s) => side(s.left) !== side(s.right));
}

/** Rows that carry values (group labels carry none). */
export function valueRows(spec: TableSpec) {
  return spec.rows.filter((r) => !r.group);
}

const sumsOf = (spec: TableSpec, rule: SumSpec['rule']) => spec.sums.filter((s) => s.rule === rule);

/** §三: outcome rows and the applicant columns are drawn; every total follows from the sums. */
function applicationValues(spec: TableSpec, rng: Rng, scale: number): TableValues {
  const values: TableValues = new Map();
  const rowTotals = sumsOf(spec, 'row-total');
  const outcomeTotals = sumsOf(spec, 'outcome-total');
  const balances = sumsOf(spec, 'balance');
  // Applicant columns are the addends of a row total; the total column is its target.
  const addendColumns = rowTotals[0]?.right.map((c) => c.column) ?? [];
  const outcomeRows = outcomeTotals[0]?.right.map((c) => c.row) ?? [];
  // Natural persons file most requests, companies some, the other organisations few.
  const columnWeight = addendColumns.map((_, i) => (i === 0 ? 1 : i === 1 ? 0.25 : 0.04));
  // The first outcomes (disclosed, partly disclosed) dominate; the specific refusals are rare.
  const rowWeight = outcomeRows.map((_, i) => (i === 0 ? 0.5 : i === 1 ? 0.12 : rng.chance(0.25) ? 0.08 : 0));
  for (const [r, row] of outcomeRows.entries())
    for (const [c, column] of addendColumns.entries())
      values.set(`${row}/${column}`, rng.count(Math.round(scale * rowWeight[r] * columnWeight[c])));
  // Column by column: T from the outcomes, then C and F small, N = T + F − C ≥ 0.
  for (const column of addendColumns) {
    const outcome = outcomeTotals.find((s) => s.target.column === column)!;
    const t = outcome.right.reduce((a, c) => a + numeric(values.get(cellKey(c))), 0);
    values.set(cellKey(outcome.target), t);
    const balance = balances.find((s) => s.target.column === column)!;
    const [received, carriedOver] = balance.left;
    const carriedForward = balance.target;
    const f = rng.chance(0.4) ? rng.count(Math.max(1, Math.round(t / 8))) : 0;
    const cap = t + f;
    const c = rng.chance(0.4) ? Math.min(cap, rng.count(Math.max(1, Math.round(t / 8)))) : 0;
    values.set(cellKey(carriedForward), f);
    values.set(cellKey(carriedOver), c);
    values.set(cellKey(received), t + f - c);
  }
  // The total column: each row's sum of its addends.
  for (const s of rowTotals) values.set(cellKey(s.target), s.right.reduce((a, c) => a + numeric(values.get(cellKey(c))), 0));
  return values;
}

/** §四: the outcomes of each group are drawn, each group total is their sum. */
function reviewValues(spec: TableSpec, rng: Rng): TableValues {
  const values: TableValues = new Map();
  const busy = rng.chance(0.4);
  for (const s of sumsOf(spec, 'group-total')) {
    let total = 0;
    for (const c of s.right) {
      const v = busy && rng.chance(0.35) ? rng.int(0, 3) : 0;
      values.set(cellKey(c), v);
      total += v;
    }
    values.set(cellKey(s.target), total);
  }
  for (const c of spec.columns) {
    const key = `${spec.rows[0].id}/${c.id}`;
    if (!values.has(key)) values.set(key, 0);
  }
  return values;
}

/** §二: counts by row with a long tail; decimals for money; the signed 2019 change column may be negative. */
function disclosureValues(spec: TableSpec, rng: Rng): TableValues {
  const values: TableValues = new Map();
  for (const row of valueRows(spec)) {
    const scale = rng.pick([0, 3, 40, 400, 3000]);
    for (const column of spec.columns) {
      const key = `${row.id}/${column.id}`;
      if (column.decimal) {
        values.set(key, rng.chance(0.5) ? '0' : (rng.int(1, 2_000_000) / 10_000).toString());
      } else if (column.signed) {
        values.set(key, rng.int(-5, 5));
      } else {
        values.set(key, rng.count(scale));
      }
    }
  }
  return values;
}

/** Values for every table of a format version; all of its sums hold. */
export function reportValues(spec: FormatSpec, rng: Rng): ReportValues {
  const scale = rng.pick([0, 5, 30, 120, 600, 2500]);
  const out: ReportValues = new Map();
  for (const [i, table] of spec.tables.entries()) {
    const own = rng.fork(10 + i);
    const values = table.section === 3 ? applicationValues(table, own, scale) : table.section === 4 ? reviewValues(table, own) : disclosureValues(table, own);
    const unmet = unmetSums(table, values);
    if (unmet.length > 0) throw new Error(`generator bug: ${table.id} breaks ${unmet.map((s) => s.rule).join(', ')}`);
    out.set(table.id, values);
  }
  return out;
}

/** A value as written in a table cell. */
export function valueText(values: TableValues | undefined, row: string, column: string): string {
  const v = values?.get(`${row}/${column}`);
  return v === undefined ? '0' : String(v);
}
