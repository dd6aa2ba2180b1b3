// This year's 上年结转 equals last year's 结转下年度, column by column, for the same agency.
import { compact } from '../../parse/normalize';
import { cellOf, tableById } from '../context';
import type { Rule } from '../rule';
import { columnName } from '../tableNames';
import { valueEdit } from '../valueEdit';

export const priorYearRule: Rule = {
  code: 'prior-year',
  category: 'consistency',
  defaultSeverity: 'warning',
  summary: {
    zh: '本年“上年结转”应等于上一年度报告的“结转下年度继续办理”（逐列）。',
    en: 'This year’s carried-over applications equal last year’s carried-forward ones, per column.',
  },
  basis: { zh: '相邻两年的申请情况表首尾相接。', en: 'Consecutive years’ application tables join up.' },
  example: {
    text: '二、上年结转政府信息公开申请数量\t0 …（上年报告：结转下年度 6）',
    finding: { zh: '“总计”列的上年结转应为 6（2024 年度报告的结转下年度），实为 0。', en: 'Carried over should be 6 (last year’s carried forward), not 0.' },
  },
  check({ parsed, text, priorYear, report }) {
    if (!priorYear || parsed.year === undefined || priorYear.year !== parsed.year - 1) return;
    const agency = (t?: { agency?: string }) => (t?.agency ? compact(t.agency).text : undefined);
    if (!agency(parsed.title) || agency(parsed.title) !== agency(priorYear.title)) return;
    const mine = tableById(parsed, 'application');
    const theirs = tableById(priorYear, 'application');
    if (!mine || !theirs) return;
    for (const column of mine.columns) {
      const carriedOver = cellOf(mine, 'carriedOver', column.id);
      const forward = cellOf(theirs, 'carriedForward', column.id);
      if (!carriedOver || carriedOver.value === null || !forward || forward.value === null) continue;
      if (carriedOver.value === forward.value) continue;
      const name = columnName(mine.spec, column);
      report({
        span: carriedOver.span,
        message: {
          zh: `“${name}”列的上年结转应为 ${forward.value}（${priorYear.year} 年度报告的结转下年度），实为 ${carriedOver.value}。`,
          en: `Column “${name}”: carried over should be ${forward.value} (carried forward in the ${priorYear.year} report), not ${carriedOver.value}.`,
        },
        fixes: [
          {
            title: { zh: `改为 ${forward.value}`, en: `Change to ${forward.value}` },
            preferred: false,
            edits: [valueEdit(text, carriedOver.span, forward.value)],
          },
        ],
      });
    }
  },
};
