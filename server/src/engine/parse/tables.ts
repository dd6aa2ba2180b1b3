// Reads the official tables of one section: which labels are there, which values
// belong to which row and column, and what could not be read — with exact spans.
import type { ColumnSpec, RowSpec, TableSpec } from '../format/spec';
import type { CellModel, Span, TableLayout } from '../types';
import { recognizeLabels, type LabelMatch, type UnknownText, type Vocabulary, type VocabularyEntry } from './labels';
import { isInvisibleCode, isLineTerminator, isRegExpSpace } from './normalize';
import { splitDigitsRemembered, type RowConstraint, type SplitPart } from './split';
import { tokenizeTable, type NumberToken, type PlaceholderToken } from './tokens';

export type ValueToken = NumberToken | PlaceholderToken;

export interface SplitIssue {
  kind: 'none' | 'ambiguous' | 'too-complex';
  /** Span covering the runs that could not be split. */
  span: Span;
  raw: string;
  candidates: number;
}

export interface ParsedRow {
  spec: RowSpec;
  label: LabelMatch | undefined;
  /** Unrecognised label text the row was inferred from by its position. */
  inferredFrom?: UnknownText;
  values: ValueToken[];
  cells: CellModel[];
  /** Values beyond the expected count, or how many are missing. */
  extraValues: ValueToken[];
  missingValues: number;
  split?: SplitIssue;
  /** Values were cut out of digit runs by the arithmetic. */
  splitApplied: boolean;
  /** Splits that fit the row's own sums, when more than one does (pending the column sums). */
  candidates?: SplitPart[][];
}

export interface ParsedTable {
  spec: TableSpec;
  span: Span;
  heading?: LabelMatch;
  /** Every label recognised inside the table (header and rows). */
  labels: LabelMatch[];
  rows: ParsedRow[];
  /** Column ids present, in official order. */
  columns: ColumnSpec[];
  missingColumns: ColumnSpec[];
  /** Span of the header (for findings about columns). */
  headerSpan?: Span;
  layout: TableLayout;
  /**
   * Values inside the table that no cell holds — beyond a row's columns, in a digit run that
   * could not be split, of a row repeated or not named, or under no row at all — in text order.
   */
  unread: ValueToken[];
  /** Rows labelled again after the first of their label, which alone counts: a copy-paste slip. */
  repeatedRows: RepeatedRow[];
}

export interface RepeatedRow {
  spec: RowSpec;
  label: LabelMatch;
  values: ValueToken[];
}

interface RowDraft {
  table: TableSpec;
  /** The table draft the row belongs to: its values extend it (no lookup per value). */
  draft: TableDraft;
  spec: RowSpec | undefined;
  label?: LabelMatch;
  unknown?: UnknownText;
  values: ValueToken[];
  order: number;
}

interface TableDraft {
  spec: TableSpec;
  heading?: LabelMatch;
  headerLabels: LabelMatch[];
  labels: LabelMatch[];
  rows: RowDraft[];
  /** Values met under no row of this table (after a group label, in the header). */
  unplaced: ValueToken[];
  start: number;
  end: number;
}

/** Reads every table of `specs` inside [start, end), past `skippedLines` (running headers). */
export function parseTables(text: string, start: number, end: number, specs: TableSpec[], vocabulary: Vocabulary, skippedLines: readonly Span[] = []): ParsedTable[] {
  const tokens = tokenizeTable(text, start, end, skippedLines);
  const drafts = new Map<string, TableDraft>();
  const draftOf = (spec: TableSpec, at: number) => {
    let d = drafts.get(spec.id);
    if (!d) {
      d = { spec, headerLabels: [], labels: [], rows: [], unplaced: [], start: at, end: at };
      drafts.set(spec.id, d);
    }
    return d;
  };
  const single = specs.length === 1 && specs[0].singleRow ? specs[0] : undefined;
  let current: TableSpec | undefined;
  let zone: 'header' | 'rows' = 'header';
  let row: RowDraft | undefined;
  let order = 0;
  let singleDone = false;

  for (const token of tokens) {
    if (token.kind !== 'text') {
      if (single) {
        if (!current || singleDone) continue;
        if (!row) {
          const d = draftOf(single, token.span.start);
          row = { table: single, draft: d, spec: single.rows[0], values: [], order: order++ };
          d.rows.push(row);
        }
        row.values.push(token);
        row.draft.end = token.span.end;
        continue;
      }
      if (row) {
        row.values.push(token);
        row.draft.end = token.span.end;
      } else if (current) drafts.get(current.id)?.unplaced.push(token);
      continue;
    }
    const items = recognizeLabels(text, token.span, vocabulary);
    for (const item of items) {
      if (item.kind === 'unknown') {
        if (single) {
          // Prose after the values ends the §四 table; garbled header bits before them don't.
          if (row && row.values.length) singleDone = true;
          else if (!current && item.unknown.text.length > 30) continue;
          continue;
        }
        if (!current) continue;
        if (row && row.values.length === 0 && row.spec) continue; // e.g. a stray suffix of the label
        if (zone === 'rows' && current) {
          const d = draftOf(current, item.unknown.span.start);
          row = { table: current, draft: d, spec: undefined, unknown: item.unknown, values: [], order: order++ };
          d.rows.push(row);
        } else row = undefined;
        continue;
      }
      const match = resolve(item.match, current, zone);
      const entry = match.entry;
      if (single) {
        if (singleDone) continue;
        current = single;
        const d = draftOf(single, match.span.start);
        d.labels.push(match);
        d.headerLabels.push(match);
        d.end = Math.max(d.end, match.span.end);
        continue;
      }
      const d = draftOf(entry.table, match.span.start);
      d.labels.push(match);
      d.end = Math.max(d.end, match.span.end);
      if (entry.kind === 'heading') {
        current = entry.table;
        d.heading ??= match;
        d.start = Math.min(d.start, match.span.start);
        zone = 'header';
        row = undefined;
      } else if (entry.kind === 'row') {
        current = entry.table;
        zone = 'rows';
        const spec = entry.row;
        if (spec?.group) row = undefined;
        else {
          row = { table: entry.table, draft: d, spec, label: match, values: [], order: order++ };
          d.rows.push(row);
        }
      } else {
        if (current !== entry.table) zone = 'header';
        current = entry.table;
        if (zone === 'header') d.headerLabels.push(match);
        row = undefined;
      }
    }
  }

  return specs.flatMap((spec) => {
    const d = drafts.get(spec.id);
    if (!d || (d.labels.length === 0 && d.rows.length === 0)) return [];
    return [assemble(text, d)];
  });
}

/** Picks between entries written the same way (`总计`, `其他`, shared column names). */
function resolve(match: LabelMatch, current: TableSpec | undefined, zone: 'header' | 'rows'): LabelMatch {
  if (match.alternatives.length === 0) return match;
  // The first entry of the highest score wins; the match is copied only when that changes it.
  let best = match.entry;
  let bestScore = entryScore(best, match, current, zone);
  for (const e of match.alternatives) {
    const score = entryScore(e, match, current, zone);
    if (score > bestScore) {
      best = e;
      bestScore = score;
    }
  }
  if (best === match.entry) return match;
  return { ...match, entry: best, alternatives: [match.entry, ...match.alternatives].filter((e) => e !== best) };
}

function entryScore(e: VocabularyEntry, match: LabelMatch, current: TableSpec | undefined, zone: 'header' | 'rows'): number {
  return (e.table === current ? 2 : 0) + ((zone === 'rows') === (e.kind === 'row') ? 1 : 0) + (match.numbering && e.kind === 'row' ? 4 : 0);
}

function assemble(text: string, d: TableDraft): ParsedTable {
  const spec = d.spec;
  const headerColumns = new Set(d.headerLabels.filter((l) => l.entry.kind === 'column').map((l) => l.entry.id));
  const present = spec.columns.filter((c) => headerColumns.has(c.id));
  // The spec's own list when every column is there: identities are cached per list.
  const columns = spec.singleRow || headerColumns.size === 0 || present.length === spec.columns.length ? spec.columns : present;
  const missingColumns = spec.columns.filter((c) => !columns.includes(c));
  let headerSpan: Span | undefined;
  for (const l of d.headerLabels) {
    headerSpan ??= { start: l.span.start, end: l.span.end };
    headerSpan.start = Math.min(headerSpan.start, l.span.start);
    headerSpan.end = Math.max(headerSpan.end, l.span.end);
  }

  if (d.rows.some((r) => !r.spec)) inferUnknownRows(spec, d.rows);

  const rows: ParsedRow[] = [];
  const seen = new Set<string>();
  // Values the rows below leave out: what a rewrite of the table must not drop.
  const left: ValueToken[] = [...d.unplaced];
  const repeatedRows: RepeatedRow[] = [];
  for (const draft of d.rows) {
    if (!draft.spec) append(left, draft.values); // a row not named, nor inferred just now
    else if (seen.has(draft.spec.id)) {
      // A repeated label: the first one counts.
      append(left, draft.values);
      if (draft.label) repeatedRows.push({ spec: draft.spec, label: draft.label, values: draft.values });
    } else {
      seen.add(draft.spec.id);
      rows.push(readRow(text, spec, columns, draft));
    }
  }
  disambiguateSplits(text, spec, columns, rows);
  const span = { start: d.start, end: d.end };
  for (const r of rows) for (const v of r.values) span.end = Math.max(span.end, v.span.end);
  for (const r of rows) {
    append(left, r.split ? r.values : r.extraValues);
  }
  return {
    spec,
    span,
    heading: d.heading,
    labels: d.labels,
    rows,
    columns,
    missingColumns,
    headerSpan,
    layout: layoutOf(text, span, rows),
    unread: left.filter((v) => v.span.start >= span.start && v.span.end <= span.end).sort((a, b) => a.span.start - b.span.start),
    repeatedRows,
  };
}

/** Adds `items` to `to` (a spread call would overflow the stack: a row can hold 500,000 values). */
function append<T>(to: T[], items: T[]): void {
  for (const item of items) to.push(item);
}

/**
 * An unrecognised label with values, alone in the gap of a missing row, is that row. One pass
 * over the rows (in text order): between two named rows, the unrecognised ones are counted, and
 * only a single one is placed — a line of 10,000 unrecognised labels costs no more than its rows.
 */
function inferUnknownRows(spec: TableSpec, rows: RowDraft[]): void {
  const valueRows = spec.rows.filter((r) => !r.group && r.label);
  const foundIds = new Set<string>();
  for (const r of rows) if (r.spec) foundIds.add(r.spec.id);
  let before: RowDraft | undefined;
  let alone: RowDraft | undefined;
  let count = 0;
  const settle = (after: RowDraft | undefined) => {
    if (count === 1 && alone) {
      const from = before ? valueRows.findIndex((r) => r.id === before!.spec!.id) + 1 : 0;
      const to = after ? valueRows.findIndex((r) => r.id === after.spec!.id) : valueRows.length;
      const gap = valueRows.slice(from, to).filter((r) => !foundIds.has(r.id));
      if (gap.length === 1) {
        alone.spec = gap[0];
        foundIds.add(gap[0].id);
      }
    }
    count = 0;
    alone = undefined;
  };
  for (const r of rows) {
    if (r.spec) {
      settle(r);
      before = r;
    } else if (r.values.length > 0) {
      count++;
      alone = r;
    }
  }
  settle(undefined);
}

const constraintsByColumns = new WeakMap<ColumnSpec[], Map<string, RowConstraint[]>>();

/** The identities within one row, over value indices (cached per column list: usually the spec's own). */
function rowConstraints(spec: TableSpec, rowId: string, columns: ColumnSpec[]): RowConstraint[] {
  let byRow = constraintsByColumns.get(columns);
  if (!byRow) constraintsByColumns.set(columns, (byRow = new Map()));
  const cached = byRow.get(rowId);
  if (cached) return cached;
  const index = new Map(columns.map((c, i) => [c.id, i]));
  const out: RowConstraint[] = [];
  for (const sum of spec.sums) {
    const refs = [...sum.left, ...sum.right];
    if (!refs.every((r) => r.row === rowId && index.has(r.column))) continue;
    out.push({ left: sum.left.map((r) => index.get(r.column)!), right: sum.right.map((r) => index.get(r.column)!) });
  }
  byRow.set(rowId, out);
  return out;
}

function readRow(text: string, spec: TableSpec, columns: ColumnSpec[], draft: RowDraft): ParsedRow {
  const rowSpec = draft.spec!;
  const values = draft.values;
  const row: ParsedRow = {
    spec: rowSpec,
    label: draft.label,
    inferredFrom: draft.label ? undefined : draft.unknown,
    values,
    cells: [],
    extraValues: [],
    missingValues: 0,
    splitApplied: false,
  };
  const expected = columns.length;
  if (values.length >= expected) {
    row.cells = cellsAsWritten(rowSpec.id, columns, values, expected);
    if (values.length > expected) row.extraValues = values.slice(expected);
    return row;
  }
  const splittable =
    values.length > 0 &&
    values.some((v) => v.kind === 'number' && v.glued) &&
    values.every((v) => v.kind === 'number' && !v.grouped && !v.negative);
  if (!splittable) {
    row.cells = cellsAsWritten(rowSpec.id, columns, values, values.length);
    row.missingValues = expected - values.length;
    return row;
  }
  const numbers = values as NumberToken[];
  const fractions = numbers.map((n) => (n.decimal ? n.raw.split(/[.．]/)[1] : ''));
  const outcome = splitDigitsRemembered(
    numbers.map((n) => n.digits),
    expected,
    rowConstraints(spec, rowSpec.id, columns),
    fractions,
    columns.map((c) => c.decimal === true),
  );
  const span = { start: numbers[0].span.start, end: numbers[numbers.length - 1].span.end };
  if (outcome.kind === 'unique') {
    row.cells = cellsFromSplit(text, rowSpec.id, columns, numbers, outcome.parts);
    row.splitApplied = true;
  } else {
    row.split = {
      kind: outcome.kind,
      span,
      raw: text.slice(span.start, span.end),
      candidates: outcome.kind === 'ambiguous' ? outcome.candidates.length : 0,
    };
    if (outcome.kind === 'ambiguous') row.candidates = outcome.candidates;
  }
  return row;
}

/** The first `count` values, one cell each, in column order. */
function cellsAsWritten(rowId: string, columns: ColumnSpec[], values: ValueToken[], count: number): CellModel[] {
  const cells: CellModel[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const token = values[i];
    cells[i] = { rowId, columnId: columns[i].id, value: token.kind === 'number' ? token.value : null, raw: token.raw, span: token.span };
  }
  return cells;
}

function cellsFromSplit(text: string, rowId: string, columns: ColumnSpec[], numbers: NumberToken[], parts: SplitPart[]): CellModel[] {
  return parts.map((p, i) => {
    const token = numbers[p.chunk];
    // The last part of a decimal run keeps its decimals.
    const start = digitOffset(text, token, p.from);
    const end = p.to === token.digits.length ? token.span.end : digitOffset(text, token, p.to - 1) + 1;
    return { rowId, columnId: columns[i].id, value: p.value, raw: text.slice(start, end), span: { start, end } };
  });
}

/** Where digit `d` of a number's digits is written. */
function digitOffset(text: string, token: NumberToken, d: number): number {
  // Digits map one-to-one onto source characters, unless invisible characters lie between them.
  if (token.raw.length === token.digits.length) return token.span.start + d;
  for (let at = token.span.start, seen = 0; at < token.span.end; at++) {
    if (isInvisibleCode(text.charCodeAt(at))) continue;
    if (seen === d) return at;
    seen++;
  }
  return token.span.end;
}


const crossRowSumsOf = new WeakMap<TableSpec, TableSpec['sums']>();

/** The identities of a table that read more than one row (built once per table spec). */
function crossRowSums(spec: TableSpec): TableSpec['sums'] {
  let sums = crossRowSumsOf.get(spec);
  if (!sums) {
    sums = spec.sums.filter((sum) => new Set([...sum.left, ...sum.right].map((r) => r.row)).size >= 2);
    crossRowSumsOf.set(spec, sums);
  }
  return sums;
}

/** Column sums may single out one split for rows the row sum left ambiguous. */
function disambiguateSplits(text: string, spec: TableSpec, columns: ColumnSpec[], rows: ParsedRow[]): void {
  const ambiguous = rows.filter((r) => r.split?.kind === 'ambiguous' && r.candidates);
  if (ambiguous.length === 0) return;
  const options = ambiguous.map((r) => r.candidates!);
  if (options.reduce((n, o) => n * o.length, 1) > 20_000) return;
  const ambiguousIndex = new Map(ambiguous.map((r, i) => [r.spec.id, i]));
  const columnIndex = new Map(columns.map((c, i) => [c.id, i]));
  // Cells are in column order (cell i is column i), so a readable value is found by row and index.
  const rowById = new Map(rows.map((r) => [r.spec.id, r]));
  const fixedValue = (rowId: string, column: number | undefined): number | null | undefined =>
    column === undefined ? undefined : rowById.get(rowId)?.cells[column]?.value;
  // Each identity across rows, reduced to a constant and the ambiguous cells it reads.
  interface Reduced {
    constant: number;
    terms: { row: number; column: number; sign: number }[];
  }
  const reduced: Reduced[] = [];
  for (const sum of crossRowSums(spec)) {
    const r: Reduced = { constant: 0, terms: [] };
    let readable = true;
    for (const [refs, sign] of [[sum.left, 1], [sum.right, -1]] as const) {
      for (const ref of refs) {
        const a = ambiguousIndex.get(ref.row);
        const column = columnIndex.get(ref.column);
        if (a !== undefined && column !== undefined) r.terms.push({ row: a, column, sign });
        else {
          const v = fixedValue(ref.row, column);
          if (v === undefined || v === null) readable = false;
          else r.constant += sign * v;
        }
      }
    }
    if (readable && r.terms.length) reduced.push(r);
  }
  // Each identity is checked as soon as the last ambiguous row it reads is chosen.
  const checksAt: Reduced[][] = ambiguous.map(() => []);
  for (const r of reduced) checksAt[Math.max(...r.terms.map((t) => t.row))].push(r);
  const holds = (r: Reduced) => {
    let total = r.constant;
    for (const t of r.terms) total += t.sign * options[t.row][choice[t.row]][t.column].value;
    return total === 0;
  };
  const winners: number[][] = [];
  const choice: number[] = [];
  const walk = (k: number) => {
    if (winners.length > 1) return;
    if (k === ambiguous.length) {
      winners.push(choice.slice());
      return;
    }
    for (let i = 0; i < options[k].length; i++) {
      choice[k] = i;
      if (checksAt[k].every(holds)) walk(k + 1);
    }
  };
  walk(0);
  if (winners.length !== 1) return;
  ambiguous.forEach((r, i) => {
    const numbers = r.values as NumberToken[];
    r.cells = cellsFromSplit(text, r.spec.id, columns, numbers, options[i][winners[0][i]]);
    r.split = undefined;
    r.candidates = undefined;
    r.splitApplied = true;
  });
}

function layoutOf(text: string, span: Span, rows: ParsedRow[]): TableLayout {
  // Collapsed text glues every row's values into one run; a run or two in a table whose other
  // rows are separated is damage, and the table keeps the layout of those rows.
  const most = (glued: (r: ParsedRow) => boolean) => {
    const n = rows.filter(glued).length;
    return n > 0 && n >= rows.filter((r) => !glued(r) && r.values.length > 0).length;
  };
  if (most((r) => r.splitApplied || r.split !== undefined)) return 'collapsed';
  if (pipeOpensALine(text, span)) return 'markdown';
  const multi = rows.filter((r) => r.values.length >= 2);
  if (multi.length && multi.every((r) => text.slice(r.values[0].span.end, r.values[1].span.start).includes('\n'))) return 'cell-per-line';
  // No value to tell by: a table that shares its one line with the text after it is collapsed
  // text, a stray tab in it (`第二\t十条…`) notwithstanding.
  if (rows.every((r) => r.values.length === 0) && !text.slice(span.start, span.end).includes('\n') && lineGoesOn(text, span.end)) return 'collapsed';
  if (text.slice(span.start, span.end).includes('\t')) return 'tabs';
  if (most((r) => r.values.some((v) => v.kind === 'number' && v.glued))) return 'collapsed';
  return 'spaces';
}

/** Whether the line holds more than blanks after `at`. */
function lineGoesOn(text: string, at: number): boolean {
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isLineTerminator(c)) return false;
    if (!isRegExpSpace(c)) return true;
  }
  return false;
}

/** Whether some line of the span starts with `|` after blanks (`/^\s*\|/m` without slicing the text). */
function pipeOpensALine(text: string, span: Span): boolean {
  for (let at = text.indexOf('|', span.start); at >= 0 && at < span.end; at = text.indexOf('|', at + 1)) {
    let k = at - 1;
    while (k >= span.start && isRegExpSpace(text.charCodeAt(k)) && !isLineTerminator(text.charCodeAt(k))) k--;
    if (k < span.start || isLineTerminator(text.charCodeAt(k))) return true;
  }
  return false;
}
