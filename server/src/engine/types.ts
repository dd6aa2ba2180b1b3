// Public types of the report engine. Pure data: no vscode, LSP or Node imports.
// Positions follow LSP: 0-based line and UTF-16 character.

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type RuleSetting = Severity | 'off';
export type Locale = 'zh-CN' | 'en';
export type FormatVersion = '2019' | '2021';

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
/** Half-open span of UTF-16 offsets into the document text. */
export interface Span {
  start: number;
  end: number;
}
export interface TextEdit {
  range: Range;
  newText: string;
}
export interface Fix {
  title: string;
  /** The unique right answer: applied by fix-all, `--fix` and fix-on-save. */
  preferred: boolean;
  edits: TextEdit[];
}
export interface RelatedLocation {
  range: Range;
  message: string;
}
export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  related: RelatedLocation[];
  fixes: Fix[];
}

export interface CheckOptions {
  locale?: Locale;
  /** `auto` (default) chooses from the report year and the tables present. */
  formatVersion?: 'auto' | FormatVersion;
  /** Per-rule severity override or `off`, keyed by rule code. */
  rules?: Record<string, RuleSetting>;
  /** Text of last year's report of the same agency, for the `prior-year` rule. */
  priorYearText?: string;
  /**
   * Leave unchecked the fixes that must be tried on the whole text (inserting a missing
   * section, table or row, moving a section): each costs a full check, and a half-written
   * report has many. `verifyFixes` checks them when they are needed. For editors; the
   * default checks them at once.
   */
  deferFixChecks?: boolean;
}

export interface CheckResult {
  formatVersion: FormatVersion;
  /** False when the text is not recognisably a report; then diagnostics hold one `title` finding at most. */
  isReport: boolean;
  model: ReportModel;
  diagnostics: Diagnostic[];
}

// ---- The document model (offsets into `text`) ----

export type SectionNumber = 1 | 2 | 3 | 4 | 5 | 6;

export interface TitleModel {
  span: Span;
  text: string;
  agency?: string;
  year?: number;
}

export interface HeadingModel {
  span: Span;
  /** The heading as written, without Markdown `#` marks. */
  text: string;
  /** Markdown heading level (number of `#`), 0 for a plain line. */
  level: number;
}

export interface SubheadingModel extends HeadingModel {
  /** 1 for （一）, 2 for （二） … */
  ordinal: number;
}

export interface SectionModel {
  number: SectionNumber;
  heading: HeadingModel;
  /** From the heading to the start of the next section (or the end of the text). */
  span: Span;
  subheadings: SubheadingModel[];
}

export interface CellModel {
  rowId: string;
  columnId: string;
  /** null when the cell holds a placeholder (`/`, `—`) or could not be read. */
  value: number | null;
  /** The cell text as written (for split digit runs: the part of the run). */
  raw: string;
  span: Span;
}

export interface RowModel {
  rowId: string;
  /** Span of the row label as written. */
  labelSpan: Span;
  labelText: string;
  cells: CellModel[];
}

/** Every way of laying a table out that the reader knows. */
export const tableLayouts = ['tabs', 'cell-per-line', 'markdown', 'spaces', 'collapsed'] as const;
export type TableLayout = (typeof tableLayouts)[number];

export interface TableModel {
  /** Id of the table in the format data, e.g. `application` or `article20-1`. */
  tableId: string;
  section: SectionNumber;
  span: Span;
  layout: TableLayout;
  rows: RowModel[];
  /** Column ids found in the header, in document order. */
  columns: string[];
  /**
   * Values inside the table that no cell holds (beyond a row's columns, in a digit run that
   * could not be split, of a row repeated or not named): laying the table out again would drop them.
   */
  unread: UnreadValue[];
  /**
   * Where the labels recognised in the table are written (its heading, the header, the rows, a
   * repeated row), in text order: what a rewrite writes anew. Other words inside the table — a
   * note between the rows — are no label, and a rewrite would drop them.
   */
  labelSpans: Span[];
}

/** A value written inside a table that no cell holds. */
export interface UnreadValue {
  raw: string;
  span: Span;
}

export interface ReportModel {
  text: string;
  title?: TitleModel;
  /** Report year: from the title, else from the statistics period. */
  year?: number;
  sections: SectionModel[];
  tables: TableModel[];
}
