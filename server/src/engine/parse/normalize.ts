// Matching-friendly views of text: whitespace removed, bracket/comma/quote width unified,
// full-width digits folded — with a map back to the original offsets, so every match
// keeps its exact source range.
import { mayOpenPageMark, pageMarkLineEnd } from './pageMarks';

/** One character per punctuation family, so `(一)` and `（一）` compare equal. */
const FOLD: Record<string, string> = {
  '(': '（',
  ')': '）',
  ',': '，',
  ':': '：',
  ';': '；',
  '"': '“',
  '”': '“',
  '＂': '“',
  '‘': '“',
  '’': '“',
  '．': '.',
  '[': '【',
  ']': '】',
};

/** Folded code of every UTF-16 unit, built once: folding is on the hot path of every match. */
const FOLDED = (() => {
  const table = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) table[c] = c;
  // Full-width digits and Latin letters → ASCII.
  for (let c = 0xff10; c <= 0xff19; c++) table[c] = c - 0xfee0;
  for (let c = 0xff21; c <= 0xff3a; c++) table[c] = c - 0xfee0;
  for (let c = 0xff41; c <= 0xff5a; c++) table[c] = c - 0xfee0;
  for (const [from, to] of Object.entries(FOLD)) table[from.charCodeAt(0)] = to.charCodeAt(0);
  return table;
})();

/** The folded form of one UTF-16 code, as `compact` and `foldLabel` write it. */
export function foldedCode(code: number): number {
  return FOLDED[code];
}

/** 1 for the characters that separate cells and words (space, tab, line breaks, `|` …). */
const SPACE_CODES = (() => {
  const table = new Uint8Array(65536);
  for (const ch of ' \t\n\r\u3000\u00a0\ufeff|') table[ch.charCodeAt(0)] = 1;
  return table;
})();

/** Blanks within a line, as a regular-expression class: a copy from a web page writes a no-break space (`&nbsp;`) where a space stood. */
export const LINE_BLANK = '[ \\t\\u00a0\\u3000]';

/** A blank within a line: a space, an ideographic space or a no-break space (what `&nbsp;` becomes); no tab. */
export const isBlankCode = (c: number) => c === 0x20 || c === 0x3000 || c === 0xa0;

/** A separator of cells and words; NaN (past the end of a text) is none. */
export function isSpaceCode(code: number): boolean {
  return SPACE_CODES[code] === 1;
}

/** Start of the Word bookmark that ends at `i`, or `i` when none does. */
export function bookmarkStartBefore(text: string, i: number): number {
  if (i === 0 || text.charCodeAt(i - 1) !== 0x5d) return i;
  // Looked for no further back than a bookmark can reach: a line of `]` must cost no more than its length.
  for (let k = i - 2, last = Math.max(0, i - BOOKMARK_OPENING.length - 83); k >= last; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x5b) return bookmarkEnd(text, k) === i ? k : i;
    if (c === 10 || c === 0x5d) return i; // no bookmark holds a line break or a `]`
  }
  return i;
}

/** A compact view of text[start, end): no whitespace, punctuation folded. */
export interface Compact {
  text: string;
  /** Original offset of each compact character; absent when nothing was removed or folded. */
  offsets?: number[];
  /** Original offset of the first character (for a view without `offsets`). */
  base: number;
}

/** Original offset of compact character `i`. */
export function offsetOf(c: Compact, i: number): number {
  return c.offsets ? c.offsets[i] : c.base + i;
}

const BOOKMARK_OPENING = '[bookmark:';

/**
 * End of the Word bookmark (`[bookmark: _GoBack]`) opening at `i` — at most 80 characters
 * inside, on one line, as the artifact rule reads it — or `i` when there is none.
 */
export function bookmarkEnd(source: string, i: number, end = source.length): number {
  if (source.charCodeAt(i) !== 0x5b || !source.startsWith(BOOKMARK_OPENING, i)) return i;
  for (let k = i + BOOKMARK_OPENING.length, last = Math.min(end, k + 81); k < last; k++) {
    const c = source.charCodeAt(k);
    if (c === 0x5d) return k + 1;
    if (c === 10) return i;
  }
  return i;
}

/**
 * Zero-width characters that a copy from a web page or a rich-text editor leaves (U+200B–U+200D,
 * U+2060, U+FFFC): invisible, so the reader reads the text as if they were deleted — which is
 * what the artifact rule's fix does.
 */
/** The invisible characters, as a character class's contents: what `isInvisibleCode` tests. */
export const INVISIBLE_CHARACTERS = '\u200b\u200c\u200d\u2060\ufffc';

export function isInvisibleCode(c: number): boolean {
  return c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfffc;
}

/**
 * text[start, end) with its invisible characters left out, and where each character left is
 * written; undefined when it holds none (the usual case: one pass, nothing built).
 */
export function invisibleLeftOut(text: string, start = 0, end = text.length): { text: string; offsets: number[] } | undefined {
  let first = start;
  while (first < end && !isInvisibleCode(text.charCodeAt(first))) first++;
  if (first === end) return undefined;
  const codes: number[] = [];
  const offsets: number[] = [];
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isInvisibleCode(c)) continue;
    codes.push(c);
    offsets.push(i);
  }
  let left = '';
  for (let i = 0; i < codes.length; i += 4096) left += String.fromCharCode(...codes.slice(i, i + 4096));
  return { text: left, offsets };
}

/** End of the conversion leftovers — Word bookmarks and invisible characters, one after another — at `i`, or `i`. */
export function leftoverEnd(source: string, i: number, end = source.length): number {
  for (;;) {
    const c = source.charCodeAt(i);
    if (i < end && isInvisibleCode(c)) i++;
    else if (c === 0x5b) {
      const after = bookmarkEnd(source, i, end);
      if (after === i) return i;
      i = after;
    } else return i;
  }
}

/** Start of the conversion leftovers that end at `i` (see `leftoverEnd`), or `i`. */
export function leftoverStartBefore(text: string, i: number): number {
  for (;;) {
    if (i > 0 && isInvisibleCode(text.charCodeAt(i - 1))) i--;
    else {
      const opening = bookmarkStartBefore(text, i);
      if (opening === i) return i;
      i = opening;
    }
  }
}

/** Left out of compact views: blanks and invisible characters. */
const SKIPPED_CODES = (() => {
  const table = SPACE_CODES.slice();
  for (let c = 0; c < table.length; c++) if (isInvisibleCode(c)) table[c] = 1;
  return table;
})();

/** A compact view of text[start, end) — whitespace, invisible characters, Word bookmarks and page-number lines left out, punctuation folded. */
export function compact(source: string, start = 0, end = source.length): Compact {
  // Label text usually has nothing to remove or fold: then the view is the text itself.
  let plain = true;
  for (let i = start; i < end && plain; i++) {
    const c = source.charCodeAt(i);
    plain = SKIPPED_CODES[c] !== 1 && FOLDED[c] === c;
  }
  if (plain) return { text: source.slice(start, end), base: start };
  const codes: number[] = [];
  const offsets: number[] = [];
  for (let i = start; i < end; i++) {
    const c = source.charCodeAt(i);
    if (SKIPPED_CODES[c] === 1) {
      // A PDF page number between the lines of a label broken over a page (`商业⏎- 3 -⏎企业`)
      // is no part of its wording.
      if (c === 10 && mayOpenPageMark(source.charCodeAt(i + 1))) {
        const markEnd = pageMarkLineEnd(source, i + 1);
        if (markEnd > i + 1 && markEnd <= end) i = markEnd - 1;
      }
      continue;
    }
    // A bookmark inside a label (`商[bookmark: x]业企业`) is not part of its wording.
    if (c === 0x5b) {
      const after = bookmarkEnd(source, i, end);
      if (after > i) {
        i = after - 1;
        continue;
      }
    }
    codes.push(FOLDED[c]);
    offsets.push(i);
  }
  // Whole runs at once where the argument count allows (label text is short), else in pieces.
  let text = '';
  if (codes.length <= 4096) text = String.fromCharCode.apply(null, codes);
  else for (let i = 0; i < codes.length; i += 4096) text += String.fromCharCode(...codes.slice(i, i + 4096));
  return { text, offsets, base: start };
}

/** Normalised form of a label from the format data, comparable with `compact`. */
export function foldLabel(label: string): string {
  let out = '';
  for (const ch of label) if (!isSpaceCode(ch.charCodeAt(0))) out += String.fromCharCode(FOLDED[ch.charCodeAt(0)]);
  return out;
}

/** Original span of compact[from, to). */
export function originalSpan(c: Compact, from: number, to: number): { start: number; end: number } {
  if (from >= to) {
    const length = c.text.length;
    const at = from < length ? offsetOf(c, from) : length > 0 ? offsetOf(c, length - 1) + 1 : 0;
    return { start: at, end: at };
  }
  return { start: offsetOf(c, from), end: offsetOf(c, to - 1) + 1 };
}

export const CHINESE_NUMERALS = '一二三四五六七八九十';

/** 一 → 1 … 十 → 10 (enough for headings and sub-headings). */
export function chineseNumeralValue(numeral: string): number | undefined {
  if (numeral.length === 1) {
    const i = CHINESE_NUMERALS.indexOf(numeral);
    return i < 0 ? undefined : i + 1;
  }
  return undefined;
}

export function isAsciiDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** An ASCII or full-width digit. */
export function isDigitCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19);
}

const FULL_WIDTH_DIGIT = /[０-９]/;
const FULL_WIDTH_DIGITS = /[０-９]/g;

/**
 * `text` with its full-width digits (０…９, what Chinese input modes type) written as ASCII, one
 * character for one, so offsets stay: what the patterns over prose and the title read, as the
 * table reader reads `２０` as 20. `text` itself when it has none.
 */
export function withAsciiDigits(text: string): string {
  return FULL_WIDTH_DIGIT.test(text) ? text.replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)) : text;
}

/** `digits` (ASCII) in the width of `written`: a fix keeps the width the text was typed in. */
export function inWidthOf(written: string, digits: string): string {
  return FULL_WIDTH_DIGIT.test(written) ? digits.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : digits;
}

/** A Chinese character (CJK unified ideographs, extension A and compatibility ideographs). */
export function isChineseCharacterCode(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

/** What `\s` matches in a regular expression, line terminators included, by character code. */
export function isRegExpSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** What `^` and `$` stop at in a multiline regular expression. */
export function isLineTerminator(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}
