// Collapsed web text runs the digits of adjacent cells together; only the arithmetic
// can split them. Where no split or several fit, say so instead of guessing.
import type { Rule } from '../rule';
import { rowName } from '../tableNames';
import { quote } from '../quote';

export const cellSplitRule: Rule = {
  code: 'cell-split',
  category: 'structure',
  defaultSeverity: 'warning',
  summary: {
    zh: '连在一起的数字只能按勾稽关系拆分；无法唯一拆分时提示，不作猜测。',
    en: 'Run-together digits are split only by the arithmetic; when no unique split exists, this says so.',
  },
  basis: {
    zh: '从网页复制的年报把相邻单元格的数字连在一起（如 713000074 即 71·3·0·0·0·0·74）。',
    en: 'Reports copied from web pages run adjacent cells together (713000074 is 71·3·0·0·0·0·74).',
  },
  example: {
    text: '行政规范性文件693665',
    finding: {
      zh: '“行政规范性文件”行的数字“693665”无法唯一拆分为 3 个数值（有多种拆法），请用分隔符分开各单元格。',
      en: 'The digits “693665” of row “行政规范性文件” cannot be split into 3 values in one way only; separate the cells.',
    },
  },
  check({ parsed, report }) {
    for (const table of parsed.tables) {
      for (const row of table.rows) {
        const split = row.split;
        if (!split) continue;
        const where = table.spec.singleRow ? `“${table.spec.name}”表` : `“${rowName(row.spec)}”行`;
        const whereEn = table.spec.singleRow ? `the table “${table.spec.name}”` : `row “${rowName(row.spec)}”`;
        const n = table.columns.length;
        const why =
          table.spec.sums.length === 0
            ? { zh: '该表没有勾稽关系可据以拆分', en: 'the table has no sums to split by' }
            : split.kind === 'ambiguous'
            ? { zh: `有 ${split.candidates >= 64 ? '多' : split.candidates} 种拆法都符合勾稽关系`, en: `${split.candidates >= 64 ? 'many' : split.candidates} splits fit the sums` }
            : split.kind === 'none'
              ? { zh: '没有一种拆法符合勾稽关系', en: 'no split fits the sums' }
              : { zh: '数字过长，无法可靠拆分', en: 'the run is too long to split reliably' };
        const digits = quote(split.raw);
        report({
          span: split.span,
          message: {
            zh: `${where}的数字${digits.zh}无法唯一拆分为 ${n} 个数值（${why.zh}），请用制表符或空格分开各单元格。`,
            en: `The digits ${digits.en} of ${whereEn} cannot be split into ${n} values unambiguously (${why.en}); separate the cells with tabs or spaces.`,
          },
        });
      }
    }
  },
};
