// Text from a PDF breaks its paragraphs into lines of the page's width, anywhere in a sentence:
// `另有1⏎8件结转`, `行政诉⏎讼`. Read as sentence ends, such breaks cut numbers and words apart —
// a wrong count, a claim missed. A break is read as a wrap, and the two lines as one, when it
// could be nothing else: the line before is no heading and ends without a mark that ends a
// sentence or opens a list, and the line after is neither indented nor numbered. A page number
// between the two (the page ended there) is looked past: a page mark (`- 3 -`), a running header
// (the title again), or a bare number after a line of the page's width.
import { titleWording } from '../format/sections';
import { CHINESE_NUMERALS, isBlankCode, isDigitCode } from './normalize';
import { pageMarkLineAfter, pageMarkLineEnd } from './pageMarks';

/** Longer lines are paragraphs of their own (web and Word text), not a page's width. */
const MAX_WRAPPED_LINE = 200;
/** Characters (blanks aside) of the shortest line taken for a page's width before a bare page number. */
const MIN_FULL_LINE = 15;
/** Digits of a bare page number. */
const MAX_PAGE_DIGITS = 3;

const NUMERAL_CODES = new Set([...CHINESE_NUMERALS].map((c) => c.charCodeAt(0)));

/** Blanks a line may end with before its line feed (a carriage return among them). */
export const isLineBlank = (c: number) => c === 0x20 || c === 9 || c === 0x3000 || c === 0xa0 || c === 13;
/** 。；！？!? and ：: — what ends a sentence or opens a list. */
const endsStatement = (c: number) => c === 0x3002 || c === 0xff1b || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0xff1a || c === 0x3a;
/** ，。；, — what a sentence holds and a heading does not. */
const isSentenceMark = (c: number) => c === 0xff0c || c === 0x3002 || c === 0xff1b || c === 0x2c || c === 0x3b;

/**
 * Whether a line opening at `i` starts something of its own: a heading or an item (`一、`,
 * `（一）`, `1.`, `2、`), a Markdown mark (`#`, `|`, `>`, `- `), or a bracket.
 */
function opensItem(text: string, i: number, end: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x23 || c === 0x7c || c === 0x3e || c === 0xff08 || c === 0x28 || c === 0x3010) return true; // # | > （ ( 【
  if ((c === 0x2d || c === 0x2a || c === 0x2b) && text.charCodeAt(i + 1) === 0x20) return true; // - * + lists
  let k = i;
  if (NUMERAL_CODES.has(c)) while (k < end && NUMERAL_CODES.has(text.charCodeAt(k))) k++;
  else if (isDigitCode(c)) while (k < end && isDigitCode(text.charCodeAt(k))) k++;
  else return false;
  const mark = text.charCodeAt(k);
  return mark === 0x3001 || mark === 0x2e || mark === 0xff0e; // 、 . ．
}

/**
 * Whether the line feed at `i` wraps a paragraph (see above); `from` and `to` bound the prose
 * around it. Reads the line before (at most MAX_WRAPPED_LINE characters) and the opening of the
 * line after: over a text, each character is read a bounded number of times.
 */
export function isLineWrap(text: string, i: number, from: number, to: number): boolean {
  return wrapEnd(text, i, from, to) >= 0;
}

/**
 * Where the wrap at the line feed `i` ends — `i` itself, or the line feed after a page number
 * that stands between the two lines (a page ends inside a paragraph: `申请⏎- 2 -⏎39件`) — or -1
 * when `i` is no wrap (see `isLineWrap`).
 */
export function wrapEnd(text: string, i: number, from: number, to: number): number {
  const end = pageBreakAfter(text, i, to);
  return joinsLines(text, i, end + 1, from, to) ? end : -1;
}

/**
 * The line feed that ends a page number standing on the line after the line feed `feed` (see
 * `pageMarkLineAfter` and `bareNumberLineEnd`), when it comes before `to`; `feed` itself when none does.
 */
export function pageBreakAfter(text: string, feed: number, to: number): number {
  const numberEnd = bareNumberLineEnd(text, feed + 1);
  if (numberEnd > feed + 1 && numberEnd < to && fullLineBefore(text, feed)) return numberEnd;
  // A page's footer and the next page's header, one after the other (`- 2 -⏎<title>`).
  let at = feed;
  for (let lines = 0; lines < MAX_PAGE_BREAK_LINES; lines++) {
    const markEnd = pageMarkLineAfter(text, at, to);
    const lineEnd = markEnd > at ? markEnd : runningHeaderLineEnd(text, at + 1);
    if (lineEnd <= at + 1 || lineEnd >= to) break;
    at = lineEnd;
  }
  return at;
}

/** Lines a page break leaves between two lines of a paragraph: a footer's page number and a header. */
const MAX_PAGE_BREAK_LINES = 3;

/** Characters of the longest line taken for a page's running header (an agency's name and the title). */
const MAX_HEADER_LINE = 80;

/**
 * Where the line at `lineStart` ends (its line feed) when it is a title repeated as a page's
 * running header — it ends in the title's fixed wording, 政府信息公开工作年度报告 (blanks
 * aside) — `lineStart` otherwise. Looks no further than MAX_HEADER_LINE characters.
 */
function runningHeaderLineEnd(text: string, lineStart: number): number {
  const feed = text.indexOf('\n', lineStart);
  if (feed < 0 || feed - lineStart > MAX_HEADER_LINE) return lineStart;
  let last = feed - 1;
  while (last >= lineStart && isLineBlank(text.charCodeAt(last))) last--;
  // Read backwards: the wording's last character first, most lines fail there.
  for (let k = titleWording.length - 1; k >= 0; k--, last--) {
    while (last >= lineStart && isBlankCode(text.charCodeAt(last))) last--;
    if (last < lineStart || text.charCodeAt(last) !== titleWording.charCodeAt(k)) return lineStart;
  }
  return feed;
}

/**
 * The bare page number (`12`, its digits) on the line after the line feed `feed`, when the wrap
 * there looks past it (`申请⏎12⏎39件`; see `pageBreakAfter`); undefined otherwise — a page
 * mark (`- 3 -`) among them, which is no bare number.
 */
export function barePageNumberAfter(text: string, feed: number, from: number, to: number): { start: number; end: number } | undefined {
  if (bareNumberLineEnd(text, feed + 1) === feed + 1 || wrapEnd(text, feed, from, to) <= feed) return undefined;
  let start = feed + 1;
  while (!isDigitCode(text.charCodeAt(start))) start++;
  let end = start;
  while (isDigitCode(text.charCodeAt(end))) end++;
  return { start, end };
}

/**
 * Where the line at `lineStart` ends (its line feed) when it holds a number of at most three
 * digits and nothing else, blanks aside; `lineStart` otherwise. Alone on a line, a number is a
 * cell of a table written one cell per line — or a page's number, after a line of the page's
 * width (`fullLineBefore`) in the middle of a paragraph.
 */
function bareNumberLineEnd(text: string, lineStart: number): number {
  let k = lineStart;
  while (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x3000) k++;
  const digits = k;
  while (isDigitCode(text.charCodeAt(k))) k++;
  if (k === digits || k - digits > MAX_PAGE_DIGITS) return lineStart;
  while (isLineBlank(text.charCodeAt(k))) k++;
  return text.charCodeAt(k) === 10 ? k : lineStart;
}

/** Whether the line ending at the line feed `feed` holds MIN_FULL_LINE characters or more, blanks aside. */
function fullLineBefore(text: string, feed: number): boolean {
  let count = 0;
  for (let j = feed - 1, read = 0; j >= 0 && read < 4 * MIN_FULL_LINE && count < MIN_FULL_LINE; j--, read++) {
    const c = text.charCodeAt(j);
    if (c === 10) break;
    if (!isLineBlank(c)) count++;
  }
  return count >= MIN_FULL_LINE;
}

/** Whether the line ending at the line feed `i` and the line starting at `next` are one paragraph. */
function joinsLines(text: string, i: number, next: number, from: number, to: number): boolean {
  if (next >= to) return false;
  const opening = text.charCodeAt(next);
  // A blank line, an indented line or a numbered one opens a paragraph.
  if (opening === 10 || isLineBlank(opening) || opensItem(text, next, to)) return false;
  let last = i - 1;
  while (last >= from && isLineBlank(text.charCodeAt(last))) last--;
  if (last < from || text.charCodeAt(last) === 10 || endsStatement(text.charCodeAt(last))) return false;
  let lineStart = last;
  let marks = false;
  for (; lineStart > from && text.charCodeAt(lineStart - 1) !== 10; lineStart--) {
    if (last - lineStart >= MAX_WRAPPED_LINE) return false;
    if (isSentenceMark(text.charCodeAt(lineStart))) marks = true;
  }
  if (isSentenceMark(text.charCodeAt(lineStart))) marks = true;
  // A page number is a line of its own, whatever follows it.
  if ((lineStart === 0 || text.charCodeAt(lineStart - 1) === 10) && pageMarkLineEnd(text, lineStart) > lineStart) return false;
  if (lineStart > 0 && bareNumberLineEnd(text, lineStart) === i && fullLineBefore(text, lineStart - 1)) return false;
  if (lineStart > 0 && runningHeaderLineEnd(text, lineStart) === i) return false;
  while (lineStart < last && isLineBlank(text.charCodeAt(lineStart))) lineStart++;
  // A heading: numbered, and no sentence in it.
  return marks || !opensItem(text, lineStart, last + 1);
}
