// What a generated report is made of, before it is written out in a layout. Faults are
// injected by changing the plan, so the writer never needs to know about them.
import type { FormatSpec, TableSpec } from '../../server/src/engine/format';
import type { FormatVersion, SectionNumber, TableLayout } from '../../server/src/engine/types';
import type { ReportValues } from './values';

export type Block = { kind: 'sub'; text: string } | { kind: 'para'; text: string };

export interface ReportPlan {
  spec: FormatSpec;
  /** The version of the tables written (differs from the year's only for a format-version fault). */
  version: FormatVersion;
  year: number;
  agency: string;
  layout: TableLayout;
  eol: string;
  bom: boolean;
  /** Title, in one or two lines (seed 002 splits it). */
  titleLines: string[];
  values: ReportValues;
  /** Sections in the order they are written; each heading as written ('' = left out). */
  sections: { number: SectionNumber; heading: string; level: number }[];
  /** Prose of each section. */
  prose: Map<SectionNumber, Block[]>;
  /** Tables written, in order. */
  tables: TableSpec[];
  /** Rows left out, as `table/row`. */
  omitRows: Set<string>;
  /** Rows written twice, one under the other (a line pasted again), as `table/row`. */
  repeatRows: Set<string>;
  /** Label text as written, for `table/row:<id>` or `table/column:<id>`. */
  labels: Map<string, string>;
  /** Cell text as written, for `table/row/column`. */
  cells: Map<string, string>;
  /** Text put in front of one header cell (conversion debris), as `table/column:<id>`. */
  debris: Map<string, string>;
  /** Extra value cells appended to a table's last row. */
  extraCells: Map<string, string[]>;
  /** Group labels merged into the first row of their group (seeds 000, 002) or on rows of their own. */
  groupStyle: 'merged' | 'own';
  /** Growth for the scaling bench: extra prose paragraphs and repeated copies of the §二 tables. */
  extraParagraphs: number;
  repeatTables: number;
  /** The section the repeated copies follow: 5 (read as prose) or 2 (read as tables). */
  repeatTablesIn: 2 | 5;
}
