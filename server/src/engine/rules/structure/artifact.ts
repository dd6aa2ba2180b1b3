// Leftovers of conversion from Word, a web page or a PDF: bookmarks, HTML remnants, invisible
// characters, page numbers on lines of their own, the title repeated as a page's header. They
// are deleted; replacement characters (encoding damage) are only reported.
import { INVISIBLE_CHARACTERS, isDigitCode, isInvisibleCode } from '../../parse/normalize';
import type { ParsedReport } from '../../parse/document';
import { barePageNumberAfter } from '../../parse/lineWraps';
import { pageMarks } from '../../parse/pageMarks';
import type { Span } from '../../types';
import { sentenceBounds } from '../consistency/prose';
import { quote } from '../quote';
import type { Rule } from '../rule';

const ARTIFACT = new RegExp(
  String.raw`\[bookmark:[^\]\n]{0,80}\]|<!--|-->|<\/?(?:p|br|span|div|td|tr|th|table|tbody|strong|b|i|u|font|a)(?:\s[^<>\n]{0,200})?\/?>|&(?:nbsp|amp|lt|gt|quot|ensp|emsp);|&#\d{1,6};|[${INVISIBLE_CHARACTERS}]+|(?!^)\ufeff|\ufffd+`,
  'g',
);

export const artifactRule: Rule = {
  code: 'artifact',
  category: 'structure',
  defaultSeverity: 'warning',
  summary: {
    zh: '删除文档转换留下的痕迹：书签标记、HTML 残留、不可见字符、PDF 页码行和页眉（再次出现的标题）；乱码字符提示检查编码。',
    en: 'Remove conversion leftovers: bookmarks, HTML remnants, invisible characters, PDF page-number lines and page headers (the title again); flag encoding damage.',
  },
  basis: {
    zh: '从 Word、网页或 PDF 复制文本时带入的非正文内容。表格读取时跳过页码行（如“- 3 -”“第3页 共9页”）；按页宽折行的段落中单独一行的数字（如“12”）也是页码。',
    en: 'Non-text content carried over when copying from Word, a web page or a PDF. Tables are read past page-number lines (`- 3 -`, `第3页 共9页`); a number alone on a line inside a paragraph wrapped at a page’s width (`12`) is a page number too.',
  },
  example: {
    text: '[bookmark: _GoBack]本年制发件数',
    finding: { zh: '转换残留“[bookmark: _GoBack]”应删除。', en: 'The conversion leftover “[bookmark: _GoBack]” should be deleted.' },
    fix: { zh: '删除。', en: 'Delete it.' },
  },
  check({ parsed, text, report }) {
    ARTIFACT.lastIndex = 0;
    // Leftovers inside a running header go with the line its own fix deletes.
    const headers = parsed.runningHeaders;
    let header = 0;
    for (let m = ARTIFACT.exec(text); m; m = ARTIFACT.exec(text)) {
      const span = { start: m.index, end: m.index + m[0].length };
      while (header < headers.length && headers[header].end < span.start) header++;
      if (header < headers.length && headers[header].start <= span.start && span.end <= headers[header].end) continue;
      if (m[0][0] === '\ufffd') {
        report({
          span,
          message: {
            zh: `文本中有 ${m[0].length} 个乱码字符（�），原文可能在转换编码时损坏，请对照原件修正。`,
            en: `The text holds ${m[0].length} replacement character(s) (�): it was probably damaged by an encoding conversion; compare with the original.`,
          },
        });
        continue;
      }
      const invisible = m[0] === '\ufeff' || isInvisibleCode(m[0].charCodeAt(0));
      const shown = invisible ? `不可见字符 U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : `“${m[0]}”`;
      const shownEn = shown.startsWith('不可见') ? `invisible character U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : `“${m[0]}”`;
      report({
        span,
        message: { zh: `转换残留${shown}应删除。`, en: `The conversion leftover ${shownEn} should be deleted.` },
        // Between two digits a tag, entity or bookmark stood between two cells (`1</td><td>0`,
        // `1&nbsp;0`), and so does a byte-order mark, which reads as a blank: a space takes its
        // place, or deleting it would make them one number. A zero-width character inside a
        // number (`1\u200b000`) goes: the tables already read the number as if it had.
        fixes: [{ title: { zh: '删除', en: 'Delete' }, preferred: true, edits: [{ span, newText: (!invisible || m[0] === '\ufeff') && betweenDigits(text, span) ? ' ' : '' }] }],
      });
    }
    for (const mark of [...pageMarks(text), ...barePageNumbers(parsed, text)].sort((a, b) => a.start - b.start)) {
      const written = text.slice(mark.start, mark.end);
      report({
        span: mark,
        message: { zh: `PDF 页码“${written}”应删除。`, en: `The PDF page number “${written}” should be deleted.` },
        fixes: [{ title: { zh: '删除页码行', en: 'Delete the page-number line' }, preferred: true, edits: [{ span: wholeLine(text, mark), newText: '' }] }],
      });
    }
    for (const header of parsed.runningHeaders) {
      const written = quote(text.slice(header.start, header.end).trim());
      report({
        span: header,
        message: { zh: `标题${written.zh}再次出现（PDF 页眉），应删除。`, en: `The title ${written.en} appears again (a PDF page header): delete it.` },
        fixes: [{ title: { zh: '删除这一行', en: 'Delete the line' }, preferred: true, edits: [{ span: wholeLine(text, header), newText: '' }] }],
      });
    }
  },
};

/**
 * The bare page numbers (`12` alone on a line) that the prose reading looks past, inside a
 * paragraph wrapped at a page's width: only sentences that run over a wrap can hold one. Alone
 * elsewhere a number may be a table's cell, and is left alone.
 */
function barePageNumbers(parsed: ParsedReport, text: string): Span[] {
  const bounds = sentenceBounds(parsed);
  const found: Span[] = [];
  // The prose region of each sentence, bounding the wrap's reading as when the sentences were cut.
  let region = 0;
  for (let i = 0; i < bounds.count; i++) {
    if (!bounds.wrapped[i]) continue;
    while (parsed.prose[region].end < bounds.starts[i]) region++;
    const { start, end } = parsed.prose[region];
    for (let feed = text.indexOf('\n', bounds.starts[i]); feed >= 0 && feed < bounds.ends[i]; feed = text.indexOf('\n', feed + 1)) {
      const number = barePageNumberAfter(text, feed, start, end);
      if (number) found.push(number);
    }
  }
  return found;
}

/** The line holding `span`, with one of the line breaks beside it: deleting it leaves the lines around it as they were. */
function wholeLine(text: string, span: Span): Span {
  const start = text.lastIndexOf('\n', span.start - 1) + 1;
  const feed = text.indexOf('\n', span.end);
  if (feed >= 0) return { start, end: feed + 1 };
  // The last line: the line break before it goes (CRLF whole).
  const before = start > 0 ? (start > 1 && text.charCodeAt(start - 2) === 13 ? start - 2 : start - 1) : start;
  return { start: before, end: text.length };
}

/** Whether digits stand on both sides of the span, invisible characters beside it read as deleted (`1\u200b[bookmark: x]0`). */
function betweenDigits(text: string, span: Span): boolean {
  let before = span.start - 1;
  while (before >= 0 && isInvisibleCode(text.charCodeAt(before))) before--;
  let after = span.end;
  while (after < text.length && isInvisibleCode(text.charCodeAt(after))) after++;
  return before >= 0 && isDigitCode(text.charCodeAt(before)) && isDigitCode(text.charCodeAt(after));
}
