// Matching-friendly views of text: whitespace removed, bracket/comma/quote width unified,
// full-width digits folded — with a map back to the original offsets, so every match
// keeps its exact source range.

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

export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  // Full-width digits and Latin letters → ASCII.
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xfee0);
  if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) return String.fromCharCode(code - 0xfee0);
  return FOLD[ch] ?? ch;
}

export function isSpace(ch: string): boolean {
  return (
    ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u3000' || ch === '\u00a0' || ch === '\ufeff' || ch === '|'
  );
}

/** A compact view of text[start, end): no whitespace, punctuation folded. */
export interface Compact {
  text: string;
  /** Original offset of each compact character. */
  offsets: number[];
}

export function compact(source: string, start = 0, end = source.length): Compact {
  const chars: string[] = [];
  const offsets: number[] = [];
  for (let i = start; i < end; i++) {
    const ch = source[i];
    if (isSpace(ch)) continue;
    chars.push(foldChar(ch));
    offsets.push(i);
  }
  return { text: chars.join(''), offsets };
}

/** Normalised form of a label from the format data, comparable with `compact`. */
export function foldLabel(label: string): string {
  let out = '';
  for (const ch of label) if (!isSpace(ch)) out += foldChar(ch);
  return out;
}

/** Original span of compact[from, to). */
export function originalSpan(c: Compact, from: number, to: number): { start: number; end: number } {
  if (from >= to) {
    const at = from < c.offsets.length ? c.offsets[from] : (c.offsets[c.offsets.length - 1] ?? -1) + 1;
    return { start: at, end: at };
  }
  return { start: c.offsets[from], end: c.offsets[to - 1] + 1 };
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

export function isDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

export function digitValue(ch: string): number {
  const c = ch.charCodeAt(0);
  return c >= 0xff10 ? c - 0xff10 : c - 48;
}
