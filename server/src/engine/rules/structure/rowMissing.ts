// Every row of an official table must be there; the fix inserts it at its place, with the
// values the table's sums give it (else 0), in the digits most of the table's values are typed in.
import type { RowSpec } from '../../format/spec';
import type { FoundHeading } from '../../parse/headings';
import { inWidthOf } from '../../parse/normalize';
import type { ParsedTable } from '../../parse/tables';
import { delimiterRowEnd } from '../../parse/tokens';
import { renderRow } from '../../render/tables';
import type { TableLayout } from '../../types';
import { derivedRows } from '../arithmetic/sums';
import { lineBreakOf, lineStartOf, nextLineStart } from '../context';
import { typedZero } from '../layout';
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
      const missing = table.spec.rows.filter((r) => !r.group && !found.has(r.id));
      const derived = table.spec.sums.length ? derivedRows(table, missing.map((r) => r.id)) : undefined;
      const width = typedZero([table]);
      const placed = missing.map((row) => placement(table, row, text, eol, derived?.get(row.id), parsed.headings, width));
      missing.forEach((row, k) => {
        const { at, breakBefore, preferred, shown, next, previous } = placed[k];
        // Missing rows that share this insertion point (and whether to prefer it) go in with it,
        // in order: their fixes would insert at the same place and fix-all could apply only one.
        let last = k;
        while (last + 1 < missing.length && placed[last + 1].at === at && placed[last + 1].preferred === preferred) last++;
        const lines = placed.slice(k, last + 1).map((p) => p.line);
        const newText = (breakBefore ? eol : '') + insertion(table.layout, lines, at, text, eol, next !== undefined);
        const label = row.numbering + row.label;
        const more = last - k;
        report({
          span: next?.label?.span ?? previous?.label?.span ?? table.span,
          message: {
            zh: `“${table.spec.name}”表缺少“${label}”行。`,
            en: `The table “${table.spec.name}” (${table.spec.nameEn}) lacks the row “${label}”.`,
          },
          fixes: [
            {
              title: more
                ? { zh: `插入“${label}”及其后缺少的 ${more} 行`, en: `Insert the row “${label}” and the ${more} missing row(s) after it` }
                : { zh: `插入“${label}”行（数值为 ${shown}）`, en: `Insert the row “${label}” (values ${shown})` },
              preferred,
              edits: [{ span: { start: at, end: at }, newText }],
              verify: true,
            },
          ],
        });
      });
    }
  },
};

/** Where a missing row goes, and the row as text in the table's layout. */
function placement(table: ParsedTable, row: RowSpec, text: string, eol: string, derived: number[] | undefined, headings: readonly FoundHeading[], width: string) {
  const index = table.spec.rows.indexOf(row);
  const next = table.rows.find((r) => table.spec.rows.indexOf(r.spec) > index && r.label);
  const previous = [...table.rows].reverse().find((r) => table.spec.rows.indexOf(r.spec) < index);
  // The column identities fix the missing row's values when they can; else it is 0.
  const values = new Map([[row.id, table.spec.columns.map((_, i) => inWidthOf(width, String(derived?.[i] ?? 0)))]]);
  const line = renderRow(table.spec, row, table.layout, eol, values);
  const shown = derived && derived.some((v) => v !== 0) ? derived.join('、') : '0';
  const lastValueEnd = previous?.values.at(-1)?.span.end ?? table.span.end;
  let at: number;
  let breakBefore = false;
  if (table.layout === 'collapsed') at = next?.label ? next.label.span.start : lastValueEnd;
  else if (next?.label) at = lineStartOf(text, next.label.span.start);
  else {
    at = nextLineStart(text, lastValueEnd);
    // Below a Markdown header, the rows start after its `| --- |` line.
    if (table.layout === 'markdown' && delimiterRowEnd(text, at, text.length) > at) at = nextLineStart(text, at);
    // The next section's heading run into the table's line (`…本年收费金额（三、收到和处理…`): the row
    // goes before that heading, on a line of its own, not into the next section.
    const heading = headings.find((h) => h.span.start >= lastValueEnd && h.span.start < at);
    if (heading) {
      at = heading.span.start;
      breakBefore = true;
    }
  }
  return { at, breakBefore, line, shown, next, previous, preferred: derived !== undefined || table.spec.sums.length === 0 };
}

/** The text inserting `lines` (rows in order) at `at`: before the next row, or after the last one. */
function insertion(layout: TableLayout, lines: string[], at: number, text: string, eol: string, beforeNext: boolean): string {
  if (layout === 'collapsed') return lines.join('');
  const rowBreak = layout === 'cell-per-line' ? eol : '';
  if (beforeNext) return lines.map((l) => l + eol + rowBreak).join('');
  const needsBreak = at === text.length && !/\n$/.test(text);
  const rows = lines.map((l) => rowBreak + l).join(eol);
  return (needsBreak ? eol : '') + rows + (needsBreak ? '' : eol);
}
