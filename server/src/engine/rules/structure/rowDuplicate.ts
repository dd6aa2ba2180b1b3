// Each row of a table appears once. A second row of the same label — a copy-paste slip, a line
// pasted twice — is read as nothing: the first one counts, and the values of the second are in
// no cell and no sum. Said, so that nobody believes the second row was read.
import type { ParsedTable, RepeatedRow } from '../../parse/tables';
import type { Span } from '../../types';
import { nextLineStart } from '../context';
import { list } from '../quote';
import type { Rule } from '../rule';
import { rowName } from '../tableNames';

export const rowDuplicateRule: Rule = {
  code: 'row-duplicate',
  category: 'structure',
  defaultSeverity: 'error',
  summary: {
    zh: '统计表中每一行只能出现一次。',
    en: 'Each row of a table appears once.',
  },
  basis: { zh: '年度报告格式中各统计表的行。', en: 'The rows of the tables fixed by the format.' },
  example: {
    text: '规章\t0\t0\t5\n规章\t0\t0\t5',
    finding: {
      zh: '“第二十条第（一）项”表“规章”行重复出现（首次出现于第 12 行）；只计第一行，这一行的数值 0、0、5 未计入。请核对后只保留正确的一行。',
      en: 'In the table “第二十条第（一）项”, the row “规章” appears again (first at line 12); only the first counts, and this row’s values 0, 0, 5 are not read. Keep the right one of the two.',
    },
    fix: { zh: '两行数值相同、这一行独占其行时：删除这一行', en: 'When both rows hold the same values and this one has its lines to itself: delete it' },
  },
  check({ parsed, text, report }) {
    for (const table of parsed.tables) {
      for (const repeated of table.repeatedRows) {
        const first = table.rows.find((r) => r.spec.id === repeated.spec.id);
        const firstAt = first?.label?.span ?? first?.values[0]?.span;
        const line = firstAt ? parsed.lines.positionAt(firstAt.start).line + 1 : undefined;
        const values = repeated.values.map((v) => v.raw);
        const same = first !== undefined && !first.split && sameValues(first.values.map((v) => v.raw), values);
        const extent = same ? rowLines(text, table, repeated) : undefined;
        const name = rowName(repeated.spec);
        const where = line ? { zh: `（首次出现于第 ${line} 行）`, en: ` (first at line ${line})` } : { zh: '', en: '' };
        const read = values.length
          ? { zh: `，这一行的数值 ${list(values, '、').zh} 未计入`, en: `, and this row’s values ${list(values, ', ').en} are not read` }
          : { zh: '', en: '' };
        report({
          span: repeated.label.span,
          message: {
            // Nothing of the first row's values: fixing those (a total) is no new finding here.
            zh: `“${table.spec.name}”表“${name}”行重复出现${where.zh}；只计第一行${read.zh}。请核对后只保留正确的一行。`,
            en: `In the table “${table.spec.name}”, the row “${name}” appears again${where.en}; only the first counts${read.en}. Keep the right one of the two.`,
          },
          related: firstAt ? [{ span: firstAt, message: { zh: '首次出现', en: 'First occurrence' } }] : [],
          // Deleting values is safe only when they are the first row's own, and the row is
          // nothing but its label and values on lines of its own. Not re-checked (a table pasted
          // twice repeats every row, and each check of a fix is a full check).
          fixes: extent ? [{ title: { zh: '删除重复的行', en: 'Delete the repeated row' }, preferred: true, edits: [{ span: extent, newText: '' }] }] : [],
        });
      }
    }
  },
};

function sameValues(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((v, i) => v.trim() === b[i].trim());
}

/**
 * The lines the repeated row fills — its label, its values and blanks between, nothing else —
 * with the line break after them; undefined when it shares a line with other text (collapsed web
 * text above all, or a damaged line holding two rows, a lone carriage return between them).
 * Only the row's own stretch is read: a pasted table repeats every row.
 */
function rowLines(text: string, table: ParsedTable, row: RepeatedRow): Span | undefined {
  if (table.layout === 'collapsed') return undefined;
  const start = row.label.span.start;
  const end = row.values.at(-1)?.span.end ?? row.label.span.end;
  let at = row.label.span.end;
  for (const v of row.values) {
    for (; at < v.span.start; at++) if (!isBlank(text.charCodeAt(at)) && !isBreak(text.charCodeAt(at))) return undefined;
    at = v.span.end;
  }
  let from = start;
  while (from > 0 && isBlank(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && isBlank(text.charCodeAt(to))) to++;
  // A carriage return alone (a CRLF line whose LF was lost) ends no line here: what follows it
  // is most often the next row of the same damaged line, pasted twice with it.
  const opensLine = from === 0 || text.charCodeAt(from - 1) === 10;
  const endsLine = to === text.length || text.charCodeAt(to) === 10 || (text.charCodeAt(to) === 13 && text.charCodeAt(to + 1) === 10);
  return opensLine && endsLine ? { start: from, end: nextLineStart(text, to) } : undefined;
}

const isBlank = (c: number) => c === 0x20 || c === 9 || c === 0x3000 || c === 0x7c; // blanks and Markdown pipes
const isBreak = (c: number) => c === 10 || c === 13;
