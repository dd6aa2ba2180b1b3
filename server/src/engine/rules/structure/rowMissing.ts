// Every row of an official table must be there; the fix inserts it (values 0) at its place.
import { renderRow } from '../../render/tables';
import { derivedRow } from '../arithmetic/sums';
import { lineBreakOf, lineStartOf, nextLineStart } from '../context';
import type { Rule } from '../rule';

export const rowMissingRule: Rule = {
  code: 'row-missing',
  category: 'structure',
  defaultSeverity: 'error',
  summary: { zh: '统计表的每一行都必须有。', en: 'Every row of the official tables must be present.' },
  basis: { zh: '年度报告格式中各统计表的行。', en: 'The rows of the tables fixed by the format.' },
  example: {
    text: '（五）不予处理 … 没有“2.重复申请”行',
    finding: { zh: '“收到和处理政府信息公开申请情况”表缺少“2.重复申请”行。', en: 'The application table lacks the row “2.重复申请”.' },
    fix: { zh: '在相应位置插入该行，数值为 0。', en: 'Insert the row with values 0 at its place.' },
  },
  check({ parsed, text, report }) {
    const eol = lineBreakOf(text);
    for (const table of parsed.tables) {
      if (table.spec.singleRow) continue;
      const found = new Set(table.rows.map((r) => r.spec.id));
      const valueRows = table.spec.rows.filter((r) => !r.group);
      for (const row of valueRows) {
        if (found.has(row.id)) continue;
        const index = table.spec.rows.indexOf(row);
        const next = table.rows.find((r) => table.spec.rows.indexOf(r.spec) > index && r.label);
        const previous = [...table.rows].reverse().find((r) => table.spec.rows.indexOf(r.spec) < index);
        // The column identities fix the missing row's values when they can; else it is 0.
        const derived = table.spec.sums.length ? derivedRow(table, row.id) : undefined;
        const values = derived ? new Map([[row.id, derived]]) : undefined;
        const line = renderRow(table.spec, row, table.layout, eol, values);
        const shown = derived && derived.some((v) => v !== 0) ? derived.join('、') : '0';
        let at: number;
        let newText: string;
        if (table.layout === 'collapsed') {
          at = next?.label ? next.label.span.start : (previous?.values.at(-1)?.span.end ?? table.span.end);
          newText = line;
        } else if (next?.label) {
          at = lineStartOf(text, next.label.span.start);
          newText = line + eol + (table.layout === 'cell-per-line' ? eol : '');
        } else {
          const end = previous?.values.at(-1)?.span.end ?? table.span.end;
          at = nextLineStart(text, end);
          const needsBreak = at === text.length && !/\n$/.test(text);
          newText = (needsBreak ? eol : '') + (table.layout === 'cell-per-line' ? eol : '') + line + (needsBreak ? '' : eol);
        }
        const label = row.numbering + row.label;
        report({
          span: next?.label?.span ?? previous?.label?.span ?? table.span,
          message: {
            zh: `“${table.spec.name}”表缺少“${label}”行。`,
            en: `The table “${table.spec.name}” (${table.spec.nameEn}) lacks the row “${label}”.`,
          },
          fixes: [
            {
              title: { zh: `插入“${label}”行（数值为 ${shown}）`, en: `Insert the row “${label}” (values ${shown})` },
              preferred: derived !== undefined || table.spec.sums.length === 0,
              edits: [{ span: { start: at, end: at }, newText }],
              verify: true,
            },
          ],
        });
      }
    }
  },
};
