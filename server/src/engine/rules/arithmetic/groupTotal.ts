// §四: in each of the three groups, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
import type { Rule } from '../rule';
import { reviewGroupOf } from '../../format/reviewTable';
import { reportSums } from './sums';

export const groupTotalRule: Rule = {
  code: 'group-total',
  category: 'arithmetic',
  defaultSeverity: 'error',
  summary: {
    zh: '第四部分行政复议、两类行政诉讼各自的“总计”等于四种结果之和。',
    en: 'In section 4, each group’s total is the sum of its four outcomes.',
  },
  basis: { zh: '复议诉讼表：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结。', en: 'Review table: total = upheld + corrected + other + pending.' },
  example: {
    text: '1\t0\t2\t0\t4\t…',
    finding: { zh: '“行政复议”的总计应为 3（1+0+2+0），实为 4。', en: 'The total of “行政复议” should be 3 (1+0+2+0), not 4.' },
    fix: { zh: '改为 3。', en: 'Change to 3.' },
  },
  check(context) {
    reportSums(context, 'group-total', (f, expected, formula, actual) => {
      const group = reviewGroupOf(f.sum.target.column);
      return {
        zh: `“${group}”的总计应为 ${expected}（${formula}），实为 ${actual}。`,
        en: `The total of “${group}” should be ${expected} (${formula}), not ${actual}.`,
      };
    });
  },
};
