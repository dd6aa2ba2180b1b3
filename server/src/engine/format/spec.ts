// The shape of the official format as data. Rules and the parser read these
// structures; the official wording of every label lives only in the format files.
import type { FormatVersion, SectionNumber } from '../types';

export interface SectionSpec {
  number: SectionNumber;
  /** Official heading, numbering included: `一、总体情况`. */
  heading: string;
  /** Variants met in real reports: accepted, flagged as non-canonical wording. */
  variants: string[];
  /** What the format requires in the section, in both languages (for hovers and docs). */
  requires: { zh: string; en: string };
}

export interface ColumnSpec {
  id: string;
  label: string;
  /** Other spellings accepted silently (line breaks and spaces are always ignored). */
  aliases?: string[];
  /** Counts may be negative (2019 `本年增/减`). */
  signed?: boolean;
  /** Decimal values allowed (fees in 万元). */
  decimal?: boolean;
}

export interface RowSpec {
  id: string;
  /** Numbering as printed: `一、`, `（一）`, `1.` — part of the official label. */
  numbering: string;
  /** Label text without numbering. */
  label: string;
  aliases?: string[];
  /** A group label carries no values of its own. */
  group?: boolean;
  /** Id of the group row this row belongs to. */
  parent?: string;
}

/** One arithmetic identity: Σ left = Σ right; the finding sits on `target`. */
export interface SumSpec {
  rule: 'row-total' | 'outcome-total' | 'balance' | 'group-total';
  left: CellRef[];
  right: CellRef[];
  target: CellRef;
}
export interface CellRef {
  row: string;
  column: string;
}

export interface TableSpec {
  id: string;
  section: 2 | 3 | 4;
  /** Official name, for messages and the outline. */
  name: string;
  /** English name, for English messages. */
  nameEn: string;
  /** Sub-table heading (第二十条第（一）项) for the §二 tables. */
  heading?: string;
  /** Header words that carry no column of their own (信息内容, 申请人情况 …). */
  headerWords: string[];
  columns: ColumnSpec[];
  rows: RowSpec[];
  sums: SumSpec[];
  /** §四: the header repeats column labels per group; values are one row. */
  singleRow?: boolean;
}

export interface FormatSpec {
  version: FormatVersion;
  /** The notice that fixes the format. */
  notice: string;
  /** First report year the version applies to. */
  fromYear: number;
  sections: SectionSpec[];
  tables: TableSpec[];
  /** §六 must state whether information-processing fees were charged. */
  feeStatementRequired: boolean;
}
