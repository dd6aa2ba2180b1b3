// Row and column labels use the official wording; typos within a small edit distance
// are recognised, reported and restored.
import { foldLabel, isSpaceCode } from '../../parse/normalize';
import type { RowSpec } from '../../format/spec';
import type { TableLayout } from '../../types';
import { fullWidthEdits } from '../fullWidth';
import { quote, shown } from '../quote';
import type { Rule } from '../rule';

export const labelRule: Rule = {
  code: 'label',
  category: 'structure',
  defaultSeverity: 'warning',
  summary: { zh: '表格的行、列标签应使用官方表述。', en: 'Table row and column labels use the official wording.' },
  basis: { zh: '年度报告格式中各统计表的标签。', en: 'The labels of the tables fixed by the format.' },
  example: {
    text: '信息内容\t本年制发件数\t本年度止件数\t现行有效件数',
    finding: { zh: '标签“本年度止件数”应为“本年废止件数”。', en: 'The label “本年度止件数” should read “本年废止件数”.' },
    fix: { zh: '改为“本年废止件数”。', en: 'Change to “本年废止件数”.' },
  },
  check({ parsed, text, report }) {
    for (const table of parsed.tables) {
      // The §四 header is routinely garbled by extraction; its fifteen values are what counts.
      if (table.spec.singleRow) continue;
      for (const label of table.labels) {
        if (label.distance === 0) continue;
        const entry = label.entry;
        const written = text.slice(label.span.start, label.span.end);
        const rowSpec = entry.kind === 'row' ? table.spec.rows.find((r) => r.id === entry.id)! : undefined;
        const span = { start: label.numberingSpan.end, end: label.span.end };
        const bodyWritten = text.slice(span.start, span.end);
        const numbering = rowSpec ? numberingInDebris(rowSpec, label.numbering, bodyWritten) || numberingOfGlued(rowSpec, label.numbering, table.layout, text, span.start) : '';
        const officialWording = rowSpec ? numbering + rowSpec.label : entry.official;
        report({
          span: label.span,
          message: {
            zh: `标签“${shown(written)}”与官方表述不符，应为“${entry.official}”。`,
            en: `The label “${shown(written)}” should read “${entry.official}”.`,
          },
          fixes: [
            {
              title: { zh: `改为“${officialWording}”`, en: `Change to “${officialWording}”` },
              preferred: true,
              // The numbering is kept as written, but full-width: the punctuation fix on the same
              // label overlaps this one, and fix-all applies only one of them per round.
              edits: [
                ...fullWidthEdits(text, label.numberingSpan),
                { span, newText: /^\s/.test(bodyWritten) ? ' ' + officialWording : officialWording },
              ],
            },
          ],
        });
      }
      for (const row of table.rows) {
        if (!row.inferredFrom) continue;
        const official = row.spec.numbering + row.spec.label;
        const written = quote(row.inferredFrom.text.trim());
        report({
          span: row.inferredFrom.span,
          message: {
            zh: `无法识别的行标签${written.zh}，按位置应为“${official}”。`,
            en: `Unrecognised row label ${written.en}; by its position it should be “${official}”.`,
          },
          fixes: [
            {
              title: { zh: `改为“${official}”`, en: `Change to “${official}”` },
              preferred: false,
              edits: [{ span: row.inferredFrom.span, newText: official }],
            },
          ],
        });
      }
    }
  },
};

/**
 * The row's official numbering, when none was read but the label opens with it among debris
 * (`（（二）部分公开…`): writing the wording alone would drop the numbering the writer meant.
 * Empty otherwise — a label written without numbering keeps none.
 */
function numberingInDebris(row: RowSpec, numbering: string, body: string): string {
  if (numbering || !row.numbering) return '';
  const opening = row.label.slice(0, 2);
  const at = body.indexOf(opening);
  return at > 0 && foldLabel(body.slice(0, at)).includes(foldLabel(row.numbering)) ? row.numbering : '';
}

/**
 * The row's official numbering, when none was read and the label runs straight on from the text
 * before it in collapsed text (`…信息公请人逾期未按…`): there the numbering is what tells where one
 * label ends and the next begins. Written without it, the label before would read the restored
 * words as its own, and the finding would only move.
 */
function numberingOfGlued(row: RowSpec, numbering: string, layout: TableLayout, text: string, start: number): string {
  if (numbering || !row.numbering || layout !== 'collapsed' || start === 0) return '';
  return isSpaceCode(text.charCodeAt(start - 1)) ? '' : row.numbering;
}
