// Counts are whole numbers ≥ 0 (fees may be decimals, 本年增/减 negative); a blank,
// `/` or `—` is not 0.
import type { ValueToken } from '../../parse/tables';
import type { CellModel } from '../../types';
import { excerpt, visible } from '../quote';
import type { Rule } from '../rule';
import { columnName, rowName } from '../tableNames';

export const cellValueRule: Rule = {
  code: 'cell-value',
  category: 'structure',
  defaultSeverity: 'error',
  summary: {
    zh: '统计数须为不小于 0 的整数（收费金额可有小数，“本年增/减”可为负）；“/”“—”“无”不等于 0。',
    en: 'Counts are whole numbers ≥ 0 (fees may be decimal, 本年增/减 negative); “/”, “—” and “无” are not 0.',
  },
  basis: {
    zh: '年度报告格式：各项均为件数或金额。数值后写的单位（“4件”“12.5万元”）按数值读取。',
    en: 'The format: every cell is a count or an amount. A unit typed after a value (4件, 12.5万元) is read as the value.',
  },
  example: {
    text: '行政强制\t/',
    finding: { zh: '“行政强制”的“本年处理决定数量”应填写数字，而不是“/”；没有就填 0。', en: 'Write a number, not “/”; write 0 for none.' },
    fix: { zh: '改为 0。', en: 'Change to 0.' },
  },
  check({ parsed, report }) {
    for (const table of parsed.tables) {
      for (const row of table.rows) {
        for (let i = 0; i < row.cells.length; i++) {
          const cell = row.cells[i];
          const token = tokenOf(cell, row.values, i);
          if (!token || (token.kind === 'number' && !token.negative && !token.decimal)) continue;
          const column = table.spec.columns.find((c) => c.id === cell.columnId)!;
          const clean = token.kind === 'number' && (!token.negative || column.signed) && (!token.decimal || column.decimal);
          if (clean) continue;
          const where = table.spec.singleRow ? `“${columnName(table.spec, column)}”` : `“${rowName(row.spec)}”的“${column.label}”`;
          const whereEn = table.spec.singleRow ? `“${columnName(table.spec, column)}”` : `“${column.label}” of “${rowName(row.spec)}”`;
          if (token.kind === 'placeholder') {
            report({
              span: cell.span,
              message: cell.raw
                ? {
                    zh: `${where}应填写数字，而不是“${marksOf(cell.raw)}”；没有就填 0。`,
                    en: `${whereEn} must be a number, not “${marksOf(cell.raw)}”; write 0 for none.`,
                  }
                : {
                    zh: `${where}是空白；空白不等于 0，没有就填 0。`,
                    en: `${whereEn} is blank; a blank is not 0 — write 0 for none.`,
                  },
              fixes: [{ title: { zh: '改为 0', en: 'Change to 0' }, preferred: false, edits: [{ span: cell.span, newText: '0' }] }],
            });
            continue;
          }
          if (cell.value === null) continue;
          const raw = excerpt(cell.raw);
          if (token.negative && !column.signed) {
            report({
              span: cell.span,
              message: { zh: `${where}不能为负数（${raw.zh}）。`, en: `${whereEn} cannot be negative (${raw.en}).` },
            });
          } else if (token.decimal && !column.decimal) {
            report({
              span: cell.span,
              message: { zh: `${where}是件数，应为整数，实为 ${raw.zh}。`, en: `${whereEn} is a count and must be whole, not ${raw.en}.` },
            });
          }
        }
      }
    }
  },
};

/** A cell read as written is its value token, usually at the same index; split cells have none. */
function tokenOf(cell: CellModel, values: ValueToken[], index: number): ValueToken | undefined {
  const same = values[index];
  if (same !== undefined && same.span.start === cell.span.start && same.span.end === cell.span.end) return same;
  for (const v of values) if (v.span.start === cell.span.start && v.span.end === cell.span.end) return v;
  return undefined;
}

/** A placeholder's marks as the reader reads them: a bookmark or an invisible character among them left out (the artifact finding names it). */
function marksOf(raw: string): string {
  return visible(raw).replace(/\[bookmark:[^\]\n]{0,80}\]/g, '');
}
