// Splits a table region into label text, numbers and placeholders. Works the same for
// every layout: tabs, one cell per line, pipes, runs of spaces and collapsed web text,
// because separators only matter for telling whether a number is glued to a label.
import { digitValue, isDigit, isSpace } from './normalize';
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

const SIGNS = '-－−';
const PLACEHOLDERS = '/／—–-－';
const NUMBERING_MARKS = '.．、';

function isSeparatorAt(text: string, i: number, start: number, end: number): boolean {
  return i < start || i >= end || isSpace(text[i]);
}

export function tokenizeTable(text: string, start: number, end: number): TableToken[] {
  const tokens: TableToken[] = [];
  let textStart = -1;
  const flushText = (at: number) => {
    if (textStart >= 0 && at > textStart) tokens.push({ kind: 'text', span: { start: textStart, end: at } });
    textStart = -1;
  };
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    // Fast path: Chinese characters and punctuation (U+3001…U+FEFE) are always label text.
    if (code > 0x3000 && code < 0xfeff) {
      if (textStart < 0) textStart = i;
      i++;
      continue;
    }
    const ch = text[i];
    if ((i === start || text[i - 1] === '\n') && (ch === '|' || ch === ' ' || ch === '-' || ch === ':')) {
      const rowEnd = delimiterRowEnd(text, i, end);
      if (rowEnd > i) {
        i = rowEnd;
        continue;
      }
    }
    const signed = SIGNS.includes(ch) && isDigit(text[i + 1]) && isSeparatorAt(text, i - 1, start, end);
    if (isDigit(ch) || signed) {
      const number = readNumber(text, i, end);
      if (number) {
        flushText(i);
        tokens.push(number);
        i = number.span.end;
        continue;
      }
      // A lone item number such as `1.` before a label: part of the label text.
      if (textStart < 0) textStart = i;
      i += 1;
      while (i < end && isDigit(text[i])) i++;
      continue;
    }
    if (PLACEHOLDERS.includes(ch) && isSeparatorAt(text, i - 1, start, end)) {
      let j = i;
      while (j < end && PLACEHOLDERS.includes(text[j])) j++;
      if (isSeparatorAt(text, j, start, end) && j - i <= 3) {
        flushText(i);
        tokens.push({ kind: 'placeholder', span: { start: i, end: j }, raw: text.slice(i, j) });
        i = j;
        continue;
      }
    }
    if (!isSpace(ch) && textStart < 0) textStart = i;
    if (isSpace(ch) && textStart < 0) {
      i++;
      continue;
    }
    i++;
  }
  flushText(end);
  return markBlankCells(mergeText(tokens), text);
}

/**
 * An empty cell between two values of one line (`1\t\t0`, `| 1 |  | 0 |`) is a blank
 * value, not a missing column: it becomes an empty placeholder at the blank's position.
 */
function markBlankCells(tokens: TableToken[], text: string): TableToken[] {
  const out: TableToken[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    out.push(t);
    const next = tokens[k + 1];
    if (t.kind === 'text' || !next || next.kind === 'text') continue;
    const gap = text.slice(t.span.end, next.span.start);
    if (gap.includes('\n') || gap.includes('\r')) continue;
    // Each separator after the first opens a blank cell; the blank sits right after it.
    let cursor = t.span.end;
    let seen = 0;
    for (let i = t.span.end; i < next.span.start; i++) {
      if (text[i] !== '\t' && text[i] !== '|') continue;
      seen++;
      if (seen >= 2) out.push({ kind: 'placeholder', span: { start: cursor, end: cursor }, raw: '' });
      cursor = i + 1;
    }
  }
  return out;
}

const DELIMITER_ROW = /^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?[ \t]*$/;

/** End of a Markdown table's `| --- | --- |` line starting at `i`, or `i` when it is none. */
function delimiterRowEnd(text: string, i: number, end: number): number {
  let e = i;
  while (e < end && text[e] !== '\n' && text[e] !== '\r' && e - i < 2000) e++;
  return DELIMITER_ROW.test(text.slice(i, e)) ? e : i;
}

/** Adjacent text tokens (split only by whitespace) form one label run. */
function mergeText(tokens: TableToken[]): TableToken[] {
  const out: TableToken[] = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (t.kind === 'text' && last && last.kind === 'text') {
      last.span = { start: last.span.start, end: t.span.end };
    } else out.push(t);
  }
  return out;
}

/**
 * Reads a number at `i`. A trailing digit followed by `.`/`、` and a label is that label's
 * item number (`00000002.其他…` is `0000000` then `2.其他…`); a single such digit is no
 * number at all (returns undefined).
 */
function readNumber(text: string, i: number, end: number): NumberToken | undefined {
  let j = i;
  let negative = false;
  if (SIGNS.includes(text[j])) {
    negative = true;
    j++;
  }
  const digitsStart = j;
  let digits = '';
  let grouped = false;
  while (j < end && isDigit(text[j])) digits += String(digitValue(text[j++]));
  // Thousands groups: 1,234,567 (ASCII comma followed by exactly three digits).
  const leadingDigits = digits.length;
  while (
    leadingDigits <= 3 &&
    text[j] === ',' &&
    isDigit(text[j + 1]) && isDigit(text[j + 2]) && isDigit(text[j + 3]) && !isDigit(text[j + 4])
  ) {
    grouped = true;
    digits += text.slice(j + 1, j + 4);
    j += 4;
  }
  let decimal = false;
  let fraction = '';
  // Digits running straight into the next label's item number: collapsed text.
  let runsIntoLabel = false;
  if ((text[j] === '.' || text[j] === '．') && isDigit(text[j + 1])) {
    decimal = true;
    let k = j + 1;
    while (k < end && isDigit(text[k])) fraction += String(digitValue(text[k++]));
    j = k;
  } else if (j < end && NUMBERING_MARKS.includes(text[j]) && !grouped && !negative) {
    // `2.其他…` or `2. 其他…`: the last digit numbers the next label.
    let k = j + 1;
    while (k < end && (text[k] === ' ' || text[k] === '\u3000')) k++;
    if (k < end && !isDigit(text[k]) && !isSpace(text[k])) {
      if (digits.length === 1) return undefined;
      digits = digits.slice(0, -1);
      j = digitsStart + digits.length;
      runsIntoLabel = true;
    }
  }
  const startOfToken = i;
  const value = Number(digits + (decimal ? '.' + fraction : '')) * (negative ? -1 : 1);
  const before = startOfToken - 1 >= 0 ? text[startOfToken - 1] : ' ';
  const after = j < text.length ? text[j] : ' ';
  const glued = runsIntoLabel || (!isSpace(before) && !isDigit(before)) || (!isSpace(after) && !isDigit(after));
  return {
    kind: 'number',
    span: { start: startOfToken, end: j },
    raw: text.slice(startOfToken, j),
    digits,
    value,
    negative,
    decimal,
    grouped,
    glued,
  };
}
