// Text taken from a PDF keeps the page numbers of its footers, each on a line of its own and
// often in the middle of a table: `- 3 -`, `— 3 —`, `第3页`, `第 3 页 共 10 页`. Read as table
// text, `- 3 -` is two placeholders and a value of the row above. The table reader skips such
// lines and the artifact rule offers to delete them. A bare number on a line is no page mark:
// in one-cell-per-line text that is a cell.

const BLANK = '[ \\u3000\\u00a0]*';
const NUMBER = '[0-9０-９]{1,4}';
const DASHES = '[-－—–]{1,2}';
const PAGE = `第${BLANK}${NUMBER}${BLANK}页`;
const PAGES = `共${BLANK}${NUMBER}${BLANK}页`;
const BETWEEN = '[ \\u3000\\u00a0，,、/／]*';
/** A whole line that is a page mark, blanks around it allowed; tried at a line's start. */
const PAGE_MARK = new RegExp(`${BLANK}(?:${DASHES}${BLANK}${NUMBER}${BLANK}${DASHES}|${PAGE}(?:${BETWEEN}${PAGES})?|${PAGES}${BETWEEN}${PAGE})${BLANK}\\r?(?=\\n|$)`, 'y');

/** What a page mark's line opens with, blanks aside: - － — – 第 共. */
const opensPageMark = (c: number) => c === 0x2d || c === 0xff0d || c === 0x2014 || c === 0x2013 || c === 0x7b2c || c === 0x5171;
// normalize's isBlankCode, not imported from it: normalize reads page marks.
const isBlank = (c: number) => c === 0x20 || c === 0x3000 || c === 0xa0;

/** Whether a line opening with `c` may be a page mark: the one test most lines cost. */
export const mayOpenPageMark = (c: number) => opensPageMark(c) || isBlank(c);

/**
 * Where the page mark on the line starting at `lineStart` ends (at its line feed, or the end of
 * the text), or `lineStart` when the line is none. Looks at the line's first character before
 * anything else: most lines cost one test.
 */
export function pageMarkLineEnd(text: string, lineStart: number): number {
  let k = lineStart;
  while (isBlank(text.charCodeAt(k))) k++;
  if (!opensPageMark(text.charCodeAt(k))) return lineStart;
  PAGE_MARK.lastIndex = lineStart;
  return PAGE_MARK.test(text) ? PAGE_MARK.lastIndex : lineStart;
}

/**
 * The line feed that ends a page-number line standing right after the line feed `feed`, when
 * it comes before `to` (a page ended there: the lines on either side may be one paragraph);
 * `feed` itself when none does.
 */
export function pageMarkLineAfter(text: string, feed: number, to: number): number {
  const markEnd = pageMarkLineEnd(text, feed + 1);
  return markEnd > feed + 1 && markEnd < to && text.charCodeAt(markEnd) === 10 ? markEnd : feed;
}

/** The page marks of a text: each line that is one, its blanks and line break left out of the span. */
export function pageMarks(text: string): { start: number; end: number }[] {
  const marks: { start: number; end: number }[] = [];
  for (let lineStart = 0; lineStart < text.length; ) {
    const end = mayOpenPageMark(text.charCodeAt(lineStart)) ? pageMarkLineEnd(text, lineStart) : lineStart;
    if (end > lineStart) {
      let start = lineStart;
      while (isBlank(text.charCodeAt(start))) start++;
      let last = end;
      while (last > start && (isBlank(text.charCodeAt(last - 1)) || text.charCodeAt(last - 1) === 13)) last--;
      marks.push({ start, end: last });
    }
    const feed = text.indexOf('\n', Math.max(end, lineStart));
    if (feed < 0) break;
    lineStart = feed + 1;
  }
  return marks;
}
