// §三: for every column, （七）总计 = the sum of all outcome rows (一) to (六).
import type { Rule } from '../rule';
import { columnName, rowName } from '../tableNames';
import { reportSums } from './sums';

export const outcomeTotalRule: Rule = {
  code: 'outcome-total',
  category: 'arithmetic',
  defaultSeverity: 'error',
  summary: { zh: '第三部分“（七）总计”等于（一）至（六）各项办理结果之和。', en: 'In section 3, （七）总计 is the sum of outcomes (一) to (六).' },
  basis: {
    zh: '申请情况表：（七）总计 = 予以公开 + 部分公开 + 不予公开 + 无法提供 + 不予处理 + 其他处理。',
    en: 'Application table: the outcome total is the sum of all outcomes.',
  },
  example: {
    text: '（七）总计\t3\t…',
    finding: { zh: '“自然人”列的“（七）总计”应为 2（1+1+0+…），实为 3。', en: 'The outcome total of “自然人” should be 2, not 3.' },
    fix: { zh: '改为 2。', en: 'Change to 2.' },
  },
  check(context) {
    reportSums(context, 'outcome-total', (f, expected, formula, actual) => {
      const table = context.spec.tables.find((t) => t.sums.includes(f.sum))!;
      const column = columnName(table, f.sum.target.column);
      const total = rowName(table.rows.find((r) => r.id === f.sum.target.row)!);
      return {
        zh: `“${column}”列的“${total}”应为 ${expected}（${formula}），实为 ${actual}。`,
        en: `The outcome total “${total}” of column “${column}” should be ${expected} (${formula}), not ${actual}.`,
      };
    });
  },
};
