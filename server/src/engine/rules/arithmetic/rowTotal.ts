// §三: for every row, 总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他.
import type { Rule } from '../rule';
import { rowName } from '../tableNames';
import { reportSums } from './sums';

export const rowTotalRule: Rule = {
  code: 'row-total',
  category: 'arithmetic',
  defaultSeverity: 'error',
  summary: { zh: '第三部分每一行的“总计”等于各类申请人之和。', en: 'In section 3, each row’s total is the sum over applicant types.' },
  basis: { zh: '申请情况表：总计 = 自然人 + 法人或其他组织各列。', en: 'Application table: total = natural persons + each organisation column.' },
  example: {
    text: '一、本年新收政府信息公开申请数量\t1\t2\t4\t0\t0\t0\t5',
    finding: { zh: '“一、本年新收政府信息公开申请数量”的总计应为 7（1+2+4+0+0+0），实为 5。', en: 'The total should be 7 (1+2+4+0+0+0), not 5.' },
    fix: { zh: '改为 7。', en: 'Change to 7.' },
  },
  check(context) {
    reportSums(context, 'row-total', (f, expected, formula, actual) => {
      const row = context.spec.tables.find((t) => t.sums.includes(f.sum))!.rows.find((r) => r.id === f.sum.target.row)!;
      return {
        zh: `“${rowName(row)}”的总计应为 ${expected}（${formula}），实为 ${actual}。`,
        en: `The total of “${rowName(row)}” should be ${expected} (${formula}), not ${actual}.`,
      };
    });
  },
};
