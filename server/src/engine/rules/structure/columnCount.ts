// Each table row has one value per column: a column missing from the header, or rows
// with too many or too few values, make every sum over them meaningless.
import type { ParsedRow } from '../../parse/tables';
import type { Rule } from '../rule';
import { rowName } from '../tableNames';

export const columnCountRule: Rule = {
  code: 'column-count',
  category: 'structure',
  defaultSeverity: 'error',
  summary: {
    zh: '统计表须有全部官方列，每行数值个数须等于列数。',
    en: 'Tables have all official columns, and each row one value per column.',
  },
  basis: { zh: '年度报告格式中各统计表的列。', en: 'The columns of the tables fixed by the format.' },
  example: {
    text: '0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0',
    finding: { zh: '此行应有 15 个数值，实有 16 个。', en: 'This row should hold 15 values, not 16.' },
  },
  check({ parsed, report }) {
    for (const table of parsed.tables) {
      const name = table.spec.name;
      if (table.missingColumns.length) {
        const missing = table.missingColumns.map((c) => `“${c.label}”`).join('、');
        report({
          span: table.headerSpan ?? table.span,
          message: {
            zh: `“${name}”表缺少${missing}列：应有 ${table.spec.columns.length} 列数值，表头只有 ${table.columns.length} 列。`,
            en: `The table “${name}” (${table.spec.nameEn}) lacks the column ${missing}: it should have ${table.spec.columns.length} value columns, the header has ${table.columns.length}.`,
          },
        });
      }
      // Rows with the same wrong count are one finding, with the other rows as related places.
      const groups = new Map<string, ParsedRow[]>();
      for (const row of table.rows) {
        if (row.split) continue; // cell-split reports runs that could not be read
        const actual = row.cells.length + row.extraValues.length;
        if (actual === table.columns.length) continue;
        const key = String(actual);
        groups.set(key, [...(groups.get(key) ?? []), row]);
      }
      for (const [key, rows] of groups) {
        const actual = Number(key);
        const expected = table.columns.length;
        const first = rows[0];
        const span = first.extraValues.length
          ? { start: first.extraValues[0].span.start, end: first.extraValues.at(-1)!.span.end }
          : first.values.length
            ? { start: first.values[0].span.start, end: first.values.at(-1)!.span.end }
            : (first.label?.span ?? table.span);
        const which = table.spec.singleRow ? '的数值' : `“${rowName(first.spec)}”`;
        const more = rows.length > 1 ? `（另有 ${rows.length - 1} 行相同）` : '';
        const moreEn = rows.length > 1 ? ` (and ${rows.length - 1} more rows)` : '';
        report({
          span,
          message: {
            zh: `“${name}”表${which}行应有 ${expected} 个数值，实有 ${actual} 个${more}。`,
            en: `In the table “${name}”, the row ${table.spec.singleRow ? '' : which} should hold ${expected} values, not ${actual}${moreEn}.`,
          },
          related: rows.slice(1).map((r) => ({
            span: r.label?.span ?? r.values[0]?.span ?? table.span,
            message: { zh: `“${rowName(r.spec)}”行同样有 ${actual} 个数值`, en: `Row “${rowName(r.spec)}” also holds ${actual} values` },
          })),
        });
      }
    }
  },
};
