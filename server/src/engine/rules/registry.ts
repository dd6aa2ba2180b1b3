// Every rule, in the order of docs/rules.md. Adding a rule: one module and one line here.
import { balanceRule } from './arithmetic/balance';
import { groupTotalRule } from './arithmetic/groupTotal';
import { outcomeTotalRule } from './arithmetic/outcomeTotal';
import { rowTotalRule } from './arithmetic/rowTotal';
import { feeReportRule } from './consistency/feeReport';
import { priorYearRule } from './consistency/priorYear';
import { textTableRule } from './consistency/textTable';
import { yearRule } from './consistency/year';
import type { Rule } from './rule';
import { artifactRule } from './structure/artifact';
import { cellSplitRule } from './structure/cellSplit';
import { cellValueRule } from './structure/cellValue';
import { columnCountRule } from './structure/columnCount';
import { formatVersionRule } from './structure/formatVersion';
import { headingLevelRule } from './structure/headingLevel';
import { headingTextRule } from './structure/headingText';
import { labelRule } from './structure/label';
import { punctuationRule } from './structure/punctuation';
import { rowDuplicateRule } from './structure/rowDuplicate';
import { rowMissingRule } from './structure/rowMissing';
import { sectionDuplicateRule } from './structure/sectionDuplicate';
import { sectionMissingRule } from './structure/sectionMissing';
import { sectionOrderRule } from './structure/sectionOrder';
import { tableMissingRule } from './structure/tableMissing';
import { titleRule } from './structure/title';

export const rules: Rule[] = [
  titleRule,
  sectionMissingRule,
  sectionOrderRule,
  sectionDuplicateRule,
  headingTextRule,
  headingLevelRule,
  tableMissingRule,
  rowMissingRule,
  rowDuplicateRule,
  columnCountRule,
  labelRule,
  cellValueRule,
  cellSplitRule,
  formatVersionRule,
  artifactRule,
  punctuationRule,
  rowTotalRule,
  outcomeTotalRule,
  balanceRule,
  groupTotalRule,
  textTableRule,
  yearRule,
  feeReportRule,
  priorYearRule,
];

const byCode = new Map(rules.map((r) => [r.code, r]));

export function ruleByCode(code: string): Rule | undefined {
  return byCode.get(code);
}
