// Splits a table region into label text, numbers and placeholders. Works the same for
// every layout: tabs, one cell per line, pipes, runs of spaces and collapsed web text,
// because separators only matter for telling whether a number is glued to a label.
import { bookmarkEnd, bookmarkStartBefore, invisibleLeftOut, isAsciiDigitCode, isBlankCode, isDigitCode, isInvisibleCode, isSpaceCode } from './normalize';
import { mayOpenPageMark, pageMarkLineEnd } from './pageMarks';
import type { Span } from '../types';

export interface NumberToken {
  kind: 'number';
  span: Span;
  raw: string;
  /** Digits only (ASCII), without sign, separators or decimals: what splitting works on. */
  digits: string;
  value: number;
  negative: boolean;
  decimal: boolean;
  /** Written with thousands separators (1,234). */
  grouped: boolean;
  /** Touches label text with no separator in between: the mark of collapsed web text. */
  glued: boolean;
}

export interface PlaceholderToken {
  kind: 'placeholder';
  span: Span;
  raw: string;
}

export interface TextToken {
  kind: 'text';
  span: Span;
}

export type TableToken = NumberToken | PlaceholderToken | TextToken;

// Character codes, tested without building strings: this loop sees every table character.
const isSignCode = (c: number) => c === 0x2d || c === 0xff0d || c === 0x2212; // - － −
/** `+3`: an increase, as 本年增/减 is written. */
const isPlusCode = (c: number) => c === 0x2b || c === 0xff0b; // + ＋
const isPlaceholderCode = (c: number) => c === 0x2f || c === 0xff0f || c === 0x2014 || c === 0x2013 || c === 0x2d || c === 0xff0d; // / ／ — – - －
const isNumberingMarkCode = (c: number) => c === 0x2e || c === 0xff0e || c === 0x3001; // . ． 、

/** Whether text[i] separates cells; a Word bookmark is looked past, as if deleted. */
function isSeparatorAt(text: string, i: number, start: number, end: number): boolean {
  if (i < start || i >= end) return true;
  const c = text.charCodeAt(i);
  if (c === 0x5d) {
    const opening = bookmarkStartBefore(text, i + 1);
    if (opening <= i) return isSeparatorAt(text, opening - 1, start, end);
  } else if (c === 0x5b) {
    const after = bookmarkEnd(text, i, end);
    if (after > i) return isSeparatorAt(text, after, start, end);
  }
  return isSpaceCode(c);
}

/** Characters read on either side of a region with invisible characters. */
const CONTEXT = 200;

/**
 * The tokens of text[start, end). Zero-width characters (what a copy from a web page leaves)
 * are read as deleted, which is what the artifact fix does: the region is then read without
 * them (`1\u200b0` is 10, `1\u200b,234` is 1,234) and the spans are mapped back onto the text.
 */
export function tokenizeTable(text: string, start: number, end: number, skippedLines: readonly Span[] = []): TableToken[] {
  // Read as it is, unless the reading meets an invisible character (no extra pass for that).
  const asWritten = tokenizeVisible(text, start, end, true, skippedLines);
  if (asWritten) return asWritten;
  // The region and some text on either side (what a number's or a bookmark's reading looks at).
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT);
  // The region holds an invisible character, so the view exists.
  const { text: visible, offsets } = invisibleLeftOut(text, from, to)!;
  // Where the region starts and ends in the view.
  const firstAtOrAfter = (offset: number) => {
    let k = 0;
    while (k < offsets.length && offsets[k] < offset) k++;
    return k;
  };
  const visibleStart = firstAtOrAfter(start);
  const visibleEnd = firstAtOrAfter(end);
  // Where character k of the visible text is written; past its end, where the text read ends.
  const at = (k: number) => (k < offsets.length ? offsets[k] : to);
  return tokenizeVisible(visible, visibleStart, visibleEnd, false)!.map((token): TableToken => {
    const span = { start: at(token.span.start), end: token.span.end > token.span.start ? at(token.span.end - 1) + 1 : at(token.span.start) };
    // A value's text as written, the characters read past included (a blank cell has none).
    return token.kind === 'text' ? { ...token, span } : { ...token, span, raw: text.slice(span.start, span.end) };
  });
}

/** The tokens of text[start, end); undefined, when `stopAtInvisible`, if the region holds an invisible character. */
function tokenizeVisible(text: string, start: number, end: number, stopAtInvisible: boolean, skippedLines: readonly Span[] = []): TableToken[] | undefined {
  const tokens: TableToken[] = [];
  // The next line to skip (a running header), as the reading goes: they are sorted.
  let skip = 0;
  while (skip < skippedLines.length && skippedLines[skip].start < start) skip++;
  let textStart = -1;
  const flushText = (at: number) => {
    if (textStart >= 0 && at > textStart) tokens.push({ kind: 'text', span: { start: textStart, end: at } });
    textStart = -1;
  };
  let noMidLineRowUntil = -1;
  let i = start;
  // A PDF's page number on a line of its own (`- 3 -`) is no part of the table.
  if (start === 0 || text.charCodeAt(start - 1) === 10) i = pageMarkEnd(text, start, end);
  while (i < end) {
    const code = text.charCodeAt(i);
    // Fast path: Chinese characters and punctuation (U+3001…U+FEFE) are label text — but 无
    // alone in a cell (none) stands where a value should: a placeholder, as `—` is (see cellBoundary).
    if (code > 0x3000 && code < 0xfeff) {
      if (code === 0x65e0 && cellBoundary(text, i, start, end)) {
        flushText(i);
        tokens.push({ kind: 'placeholder', span: { start: i, end: i + 1 }, raw: '无' });
      } else if (textStart < 0) textStart = i;
      i++;
      continue;
    }
    if (code >= 0x200b && stopAtInvisible && isInvisibleCode(code)) return undefined;
    const lineStart = i === start || text.charCodeAt(i - 1) === 10;
    // Blanks between cells, and full-width punctuation （）：， in labels, need no further test.
    if (code === 9 || code === 10 || code === 13 || code === 0x3000 || (code === 0x20 && !lineStart)) {
      if (code === 10 && skip < skippedLines.length) {
        while (skip < skippedLines.length && skippedLines[skip].start <= i) skip++;
        if (skip < skippedLines.length && skippedLines[skip].start === i + 1 && skippedLines[skip].end <= end) {
          // A running header is skipped as a page number is, label text left open across it.
          i = skippedLines[skip++].end;
          continue;
        }
      }
      if (code === 10 && mayOpenPageMark(text.charCodeAt(i + 1))) {
        const markEnd = pageMarkEnd(text, i + 1, end);
        if (markEnd > i + 1) {
          // Label text stays open across it: a label broken over a page (`商业⏎- 3 -⏎企业`) is
          // one label, and its compact view leaves the page number out.
          i = markEnd;
          continue;
        }
      }
      i++;
      continue;
    }
    if (code >= 0xff00 && code !== 0xff0d && code !== 0xff0f && code !== 0xff0b && !(code >= 0xff10 && code <= 0xff19)) {
      if (textStart < 0) textStart = i;
      i++;
      continue;
    }
    // A delimiter row run into the header row above it (`| 总计 || --- | --- |`): it opens at
    // the second pipe of the pair, as it would at the start of its own line. Tried once per
    // line at most: a line of `||-||-…` must cost no more than its length.
    if (code === 0x7c && !lineStart && i > noMidLineRowUntil && pipeBefore(text, i, start) >= 0 && opensDashCell(text, i + 1, end)) {
      const rowEnd = delimiterRowEnd(text, i, end);
      if (rowEnd > i) {
        i = rowEnd;
        continue;
      }
      const lineEnd = text.indexOf('\n', i);
      noMidLineRowUntil = lineEnd < 0 ? end : lineEnd;
    }
    if (lineStart && (code === 0x7c || code === 0x20 || code === 0x2d || code === 0x3a)) {
      const rowEnd = delimiterRowEnd(text, i, end);
      if (rowEnd > i) {
        i = rowEnd;
        continue;
      }
    }
    const signed = (isSignCode(code) || isPlusCode(code)) && isDigitCode(text.charCodeAt(i + 1)) && isSeparatorAt(text, i - 1, start, end);
    if (signed || isDigitCode(code)) {
      const number = readNumber(text, i, end);
      if (number) {
        flushText(i);
        tokens.push(number);
        // A unit typed in the cell (`4件`) is no label text; the value's span stays its digits.
        i = unitEnd(text, number.span.end, end);
        continue;
      }
      // A lone item number such as `1.` before a label: part of the label text.
      if (textStart < 0) textStart = i;
      i += 1;
      while (i < end && isDigitCode(text.charCodeAt(i))) i++;
      continue;
    }
    if (isPlaceholderCode(code) && isSeparatorAt(text, i - 1, start, end)) {
      let j = i;
      let marks = 0;
      // A Word bookmark inside the marks (`--[bookmark: x]-`) is read as deleting it leaves them.
      for (let from = i; ; ) {
        while (j < end && isPlaceholderCode(text.charCodeAt(j))) j++;
        marks += j - from;
        const after = j < end ? bookmarkEnd(text, j, end) : j;
        if (after === j || !isPlaceholderCode(text.charCodeAt(after)) || marks > 3) break;
        from = j = after;
      }
      if (isSeparatorAt(text, j, start, end) && marks <= 3) {
        flushText(i);
        // Its text as written, a bookmark inside included: the model's text is the document's.
        tokens.push({ kind: 'placeholder', span: { start: i, end: j }, raw: text.slice(i, j) });
        i = j;
        continue;
      }
    }
    // A Word bookmark outside label text (`| 0 |[bookmark: x]| 0 |`, `| [bookmark: x]--- |`) is
    // read as what deleting it leaves: an empty cell, a placeholder — not text between values.
    if (code === 0x5b && textStart < 0) {
      const after = bookmarkEnd(text, i, end);
      if (after > i) {
        i = after;
        continue;
      }
    }
    if (textStart < 0 && !isSpaceCode(code)) textStart = i;
    i++;
  }
  flushText(end);
  return markBlankCells(tokens, text);
}

/** Where a page mark on the line at `lineStart` ends, when it ends inside the region; `lineStart` otherwise. */
function pageMarkEnd(text: string, lineStart: number, end: number): number {
  const markEnd = pageMarkLineEnd(text, lineStart);
  return markEnd > lineStart && markEnd <= end ? markEnd : lineStart;
}

/**
 * An empty cell between two values of one line (`1\t\t0`, `| 1 |  | 0 |`) is a blank
 * value, not a missing column: it becomes an empty placeholder at the blank's position.
 */
function markBlankCells(tokens: TableToken[], text: string): TableToken[] {
  let out: TableToken[] | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    out?.push(t);
    const next = tokens[k + 1];
    if (t.kind === 'text' || !next || next.kind === 'text') continue;
    let separators = 0;
    let lineBreak = false;
    for (let i = t.span.end; i < next.span.start; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) lineBreak = true;
      else if (c === 9 || c === 0x7c) separators++;
    }
    if (lineBreak || separators < 2) continue;
    // Each separator after the first opens a blank cell; the blank sits right after it.
    out ??= tokens.slice(0, k + 1);
    let cursor = t.span.end;
    let seen = 0;
    for (let i = t.span.end; i < next.span.start; i++) {
      const c = text.charCodeAt(i);
      if (c !== 9 && c !== 0x7c) continue;
      seen++;
      if (seen >= 2) out.push({ kind: 'placeholder', span: { start: cursor, end: cursor }, raw: '' });
      cursor = i + 1;
    }
  }
  return out ?? tokens;
}

/**
 * Cells of dashes only; one of three dashes at least, so that a row of `-` placeholders is no
 * delimiter row, while a delimiter cell cut short (`| --- | - | --- |`) or broken by a space
 * (`| --- -- |`) leaves one: a row of nothing but dashes is never a table's data.
 */
const DELIMITER_ROW = /^[ \t]*\|?(?:[ \t]*:?-+(?:[ \t]+-+)*:?[ \t]*\|)+(?:[ \t]*:?-+(?:[ \t]+-+)*:?[ \t]*)?[ \t]*$/;
const DELIMITER_CELL = /-{3}/;

/** Where the last character before `i`, blanks aside, stands if it is a pipe (not before `start`); -1 otherwise. */
function pipeBefore(text: string, i: number, start: number): number {
  let k = i - 1;
  while (k > start && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 9)) k--;
  return k >= start && text.charCodeAt(k) === 0x7c ? k : -1;
}

/** Whether a dash or colon comes first at `i`, blanks aside: the opening of a delimiter cell. */
function opensDashCell(text: string, i: number, end: number): boolean {
  while (i < end && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 9)) i++;
  return i < end && (text.charCodeAt(i) === 0x2d || text.charCodeAt(i) === 0x3a);
}

/** End of a Markdown table's `| --- | --- |` line starting at `i`, or `i` when it is none. */
export function delimiterRowEnd(text: string, i: number, end: number): number {
  let e = i;
  // A Word bookmark left in the row (`| --- [bookmark: x]| --- |`) is no cell of it.
  let bookmarks: [number, number][] | undefined;
  for (; e < end && e - i < 2000; e++) {
    const c = text.charCodeAt(e);
    if (c === 10 || c === 13) break;
    if (c === 0x5b) {
      const after = bookmarkEnd(text, e, end);
      if (after > e) {
        (bookmarks ??= []).push([e, after]);
        e = after - 1;
        continue;
      }
    }
    // Only `|`, `-`, `:`, spaces and tabs make such a row: most lines stop at their first label character.
    if (c !== 0x7c && c !== 0x2d && c !== 0x3a && c !== 0x20 && c !== 9) {
      // The row joined with the line below it (`| --- | --- || 0 | 1 |`): the row ends at the
      // first of the two pipes' pair, and the cells after it are read as the next line's.
      const joined = joinedRowEnd(text, i, e);
      if (joined < 0) return i;
      e = joined;
      break;
    }
  }
  let row = text.slice(i, e);
  if (bookmarks) {
    row = '';
    let cursor = i;
    for (const [from, to] of bookmarks) (row += text.slice(cursor, from)), (cursor = to);
    row += text.slice(cursor, e);
  }
  return DELIMITER_ROW.test(row) && DELIMITER_CELL.test(row) ? e : i;
}

/**
 * Where a delimiter row that stops at `stop` (a character no such row holds) would end if it
 * was joined with the next line: after the first pipe of a `||` pair right before `stop`, or -1.
 */
function joinedRowEnd(text: string, start: number, stop: number): number {
  const second = pipeBefore(text, stop, start);
  const first = second < 0 ? -1 : pipeBefore(text, second, start);
  return first > start ? first + 1 : -1;
}

/**
 * Reads a number at `i`. A trailing digit followed by `.`/`、` and a label is that label's
 * item number (`00000002.其他…` is `0000000` then `2.其他…`); a single such digit is no
 * number at all (returns undefined).
 */
function readNumber(text: string, i: number, end: number): NumberToken | undefined {
  let j = i;
  let negative = false;
  if (isSignCode(text.charCodeAt(j))) {
    negative = true;
    j++;
  } else if (isPlusCode(text.charCodeAt(j))) j++;
  const digitsStart = j;
  let fullWidth = false;
  // The value as the digits are read: exact up to 15 digits, where most numbers end.
  let whole = 0;
  while (j < end && isDigitCode(text.charCodeAt(j))) {
    const c = text.charCodeAt(j);
    if (!isAsciiDigitCode(c)) fullWidth = true;
    whole = whole * 10 + (c >= 0xff10 ? c - 0xff10 : c - 48);
    j++;
  }
  let digits = fullWidth ? asciiDigits(text, digitsStart, j) : smallNumberDigits(text, digitsStart, j, whole) ?? text.slice(digitsStart, j);
  let grouped = false;
  // Thousands groups: 1,234,567 (ASCII comma followed by exactly three digits).
  const leadingDigits = digits.length;
  while (
    leadingDigits <= 3 &&
    text.charCodeAt(j) === 0x2c &&
    isDigitCode(text.charCodeAt(j + 1)) && isDigitCode(text.charCodeAt(j + 2)) && isDigitCode(text.charCodeAt(j + 3)) &&
    !isDigitCode(text.charCodeAt(j + 4))
  ) {
    grouped = true;
    digits += text.slice(j + 1, j + 4);
    j += 4;
  }
  let decimal = false;
  let fraction = '';
  // Digits running straight into the next label's item number: collapsed text.
  let runsIntoLabel = false;
  const mark = text.charCodeAt(j);
  if ((mark === 0x2e || mark === 0xff0e) && isDigitCode(text.charCodeAt(j + 1))) {
    decimal = true;
    let k = j + 1;
    while (k < end && isDigitCode(text.charCodeAt(k))) k++;
    // `2.04.保护…`: as after whole numbers, the last digit numbers the next label (`4.保护第三方…`);
    // of `2.7.属于…` the value keeps `2.`.
    if (numbersNextLabel(text, k, end)) {
      k--;
      runsIntoLabel = true;
    }
    fraction = asciiDigits(text, j + 1, k);
    j = k;
  } else if (!grouped && !negative && numbersNextLabel(text, bookmarkEnd(text, j, end), end)) {
    // `2.其他…` or `2. 其他…` (a bookmark may sit before the mark): the last digit numbers the next label.
    if (digits.length === 1) return undefined;
    digits = digits.slice(0, -1);
    j = digitsStart + digits.length;
    runsIntoLabel = true;
  }
  const plain = !decimal && !grouped && !runsIntoLabel && digits.length <= 15;
  const value = (plain ? whole : Number(decimal ? digits + '.' + fraction : digits)) * (negative ? -1 : 1);
  // A Word bookmark beside the number is looked past: what touches the number is what lies
  // beyond it (`1[bookmark: x]` at a line end is a value on its own, not glued).
  const outsideBefore = bookmarkStartBefore(text, i);
  const outsideAfter = bookmarkEnd(text, j);
  const before = outsideBefore > 0 ? text.charCodeAt(outsideBefore - 1) : 0x20;
  const after = outsideAfter < text.length ? text.charCodeAt(outsideAfter) : 0x20;
  // A unit typed after the value (`4件`) does not glue it.
  const glued = runsIntoLabel || (!isSpaceCode(before) && !isDigitCode(before)) || (!isSpaceCode(after) && !isDigitCode(after) && unitEnd(text, j, end) === j);
  return {
    kind: 'number',
    span: { start: i, end: j },
    // Most numbers are written as their digits: one string serves as both.
    raw: j - i === digits.length && !fullWidth ? digits : text.slice(i, j),
    digits,
    value,
    negative,
    decimal,
    grouped,
    glued,
  };
}

/**
 * Whether the character at `i` is a cell of its own on a line of cells: a tab or a pipe, or two
 * blanks or more, on either side (a line's end after it). One blank is no cell boundary: a PDF
 * spaces letters out with one (`无 法 提 供`).
 */
function cellBoundary(text: string, i: number, start: number, end: number): boolean {
  let k = i - 1;
  while (k >= start && isBlankCode(text.charCodeAt(k))) k--;
  const before = k >= start ? text.charCodeAt(k) : 10;
  if (!(before === 9 || before === 0x7c || (i - 1 - k >= 2 && before !== 10))) return false;
  k = i + 1;
  while (k < end && isBlankCode(text.charCodeAt(k))) k++;
  const after = k < end ? text.charCodeAt(k) : 10;
  return after === 9 || after === 0x7c || after === 10 || after === 13 || k - i - 1 >= 2;
}

/** Units a value may be typed with in its cell: 件 条 个 项 次 家 份 人 元, and 万元 and 人次. */
const UNIT_CODES = new Set([...'件条个项次家份人元'].map((c) => c.charCodeAt(0)));

/**
 * Where a unit typed after a value in its cell (`4件`, `4 件`, `12.5万元`, `3人次`) ends, when a
 * separator or the region's end follows it; `at` otherwise (a character glued to a label:
 * collapsed text).
 */
function unitEnd(text: string, at: number, end: number): number {
  const next = text.charCodeAt(at);
  if (next < 0x4e00 && !isBlankCode(next)) return at; // a tab, a line feed: most values
  let k = at;
  // A blank or two may stand before it (`4 件`), not a tab: that separates cells.
  for (let blanks = 0; blanks < 2 && k < end && isBlankCode(text.charCodeAt(k)); blanks++) k++;
  if (text.charCodeAt(k) === 0x4e07 && text.charCodeAt(k + 1) === 0x5143) k += 2; // 万元
  else if (UNIT_CODES.has(text.charCodeAt(k))) k += text.charCodeAt(k) === 0x4eba && text.charCodeAt(k + 1) === 0x6b21 ? 2 : 1; // 人次
  else return at;
  return k >= end || isSpaceCode(text.charCodeAt(k)) ? k : at;
}

/** Whether a numbering mark at `at` opens a label (`.其他`, `、 其他`): the digit before it is the label's number. */
function numbersNextLabel(text: string, at: number, end: number): boolean {
  if (at >= end || !isNumberingMarkCode(text.charCodeAt(at))) return false;
  let k = at + 1;
  while (k < end && isBlankCode(text.charCodeAt(k))) k++;
  return k < end && !isDigitCode(text.charCodeAt(k)) && !isSpaceCode(text.charCodeAt(k));
}

/** Strings of 0…9999 as first read: most table values are small, and would each allocate their digits. */
const smallNumbers: (string | undefined)[] = new Array(10_000).fill(undefined);

/** text[from, to) as a shared string, when it is a small number written without leading zeros. */
function smallNumberDigits(text: string, from: number, to: number, value: number): string | undefined {
  const length = to - from;
  if (length > 4 || (length > 1 && text.charCodeAt(from) === 48)) return undefined;
  return (smallNumbers[value] ??= text.slice(from, to));
}

/** Digits of text[from, to) as ASCII (full-width digits folded). */
function asciiDigits(text: string, from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    out += String.fromCharCode(c >= 0xff10 ? c - 0xff10 + 48 : c);
  }
  return out;
}
