// §三: for every column, 本年新收 + 上年结转 = （七）总计 + 结转下年度.
import type { Rule } from '../rule';
import { columnName } from '../tableNames';
import { reportSums } from './sums';

export const balanceRule: Rule = {
  code: 'balance',
  category: 'arithmetic',
  defaultSeverity: 'error',
  summary: {
    zh: '第三部分各列：第一项加第二项之和，等于第三项加第四项之和。',
    en: 'In section 3, per column: received + carried over = handled + carried forward.',
  },
  basis: { zh: '申请情况表表头：“本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和”。', en: 'The table’s own corner note states this identity.' },
  example: {
    text: '一、…数量\t5 … 二、…\t1 … （七）总计\t4 … 四、结转下年度继续办理\t0',
    finding: { zh: '“自然人”列：第一项加第二项之和为 6（5+1），第三项加第四项之和为 4（4+0），两者应相等；结转下年度应为 2。', en: 'Column “自然人”: received + carried over = 6, handled + carried forward = 4.' },
    fix: { zh: '把结转下年度改为 2。', en: 'Change carried forward to 2.' },
  },
  check(context) {
    reportSums(context, 'balance', (f, expected, _formula, actual) => {
      const table = context.spec.tables.find((t) => t.sums.includes(f.sum))!;
      const column = columnName(table, f.sum.target.column);
      const v = (i: number, side: 'left' | 'right') => f.valueOf(f.sum[side][i]);
      return {
        zh: `“${column}”列：第一项加第二项之和为 ${f.left}（${v(0, 'left')}+${v(1, 'left')}），第三项加第四项之和为 ${f.right}（${v(0, 'right')}+${v(1, 'right')}），两者应相等；结转下年度应为 ${expected}，实为 ${actual}。`,
        en: `Column “${column}”: received + carried over is ${f.left} (${v(0, 'left')}+${v(1, 'left')}) but handled + carried forward is ${f.right} (${v(0, 'right')}+${v(1, 'right')}); carried forward should be ${expected}, not ${actual}.`,
      };
    });
  },
};
