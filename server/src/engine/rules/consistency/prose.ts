// The prose of a report, cut into sentences (tables left out).
import type { ParsedReport } from '../../parse/document';
import { isLineBlank, pageBreakAfter, wrapEnd } from '../../parse/lineWraps';
import { invisibleLeftOut, isBlankCode, isInvisibleCode, withAsciiDigits } from '../../parse/normalize';
import type { Span } from '../../types';

const END = 1;
const COUNT = 2;
const BLANK = 3;
/**
 * What each character means to the splitter (a lookup table: every prose character is tested):
 * sentence ends (。；！？!? and line breaks), what a statement of a count needs — a digit
 * (ASCII or full-width), or 未 (`未收到…`: none) — and blanks (letters may be spaced out).
 */
const CHARACTER = (() => {
  const table = new Uint8Array(65536);
  for (const code of [0x3002, 0xff1b, 0xff01, 0xff1f, 0x21, 0x3f, 0x0a]) table[code] = END;
  for (let code = 0x30; code <= 0x39; code++) table[code] = COUNT;
  for (let code = 0xff10; code <= 0xff19; code++) table[code] = COUNT;
  table[0x672a] = COUNT;
  for (const code of [0x20, 0x3000, 0xa0]) table[code] = BLANK;
  return table;
})();

/** Where sentence i starts and ends: starts[i], ends[i] for i < count. */
export interface SentenceBounds {
  starts: Int32Array;
  ends: Int32Array;
  /** 1 when the sentence holds a digit or 未: it may state a count (or none). */
  mayStateCount: Uint8Array;
  /** 1 when the sentence runs over a line wrap (text from a PDF): read it with `joined`. */
  wrapped: Uint8Array;
  /** 1 when a blank follows a Chinese character: its letters may be spaced out (see `withoutLetterSpacing`). */
  spacedOut: Uint8Array;
  count: number;
}

const cache = new WeakMap<ParsedReport, SentenceBounds>();

/**
 * Where each sentence of the prose starts and ends, found once per parse (several rules read
 * them) and kept as numbers: kept as objects with their text, those of a 10 MB report outlived
 * the young generation and tripled the collector's work. Rules cut a sentence's text when they
 * need it.
 */
export function sentenceBounds(parsed: ParsedReport): SentenceBounds {
  const cached = cache.get(parsed);
  if (cached) return cached;
  const bounds: SentenceBounds = {
    starts: new Int32Array(64),
    ends: new Int32Array(64),
    mayStateCount: new Uint8Array(64),
    wrapped: new Uint8Array(64),
    spacedOut: new Uint8Array(64),
    count: 0,
  };
  const text = parsed.text;
  for (const region of parsed.prose) {
    let start = region.start;
    let mayStateCount = 0;
    let wrapped = 0;
    let spacedOut = 0;
    for (let i = region.start; i <= region.end; i++) {
      const kind = i === region.end ? END : CHARACTER[text.charCodeAt(i)];
      if (kind === COUNT) mayStateCount = 1;
      else if (kind === BLANK) {
        if (i > start && isSpacedOutCode(text.charCodeAt(i - 1))) spacedOut = 1;
      } else if (kind === END) {
        // A line wrapped at the page's width goes on with the same sentence.
        const wrapTo = i < region.end && text.charCodeAt(i) === 10 ? wrapEnd(text, i, region.start, region.end) : -1;
        if (wrapTo >= 0) {
          wrapped = 1;
          i = wrapTo;
          continue;
        }
        if (i > start) add(bounds, start, i, mayStateCount, wrapped, spacedOut);
        start = i + 1;
        mayStateCount = 0;
        wrapped = 0;
        spacedOut = 0;
      }
    }
  }
  cache.set(parsed, bounds);
  return bounds;
}

function add(bounds: SentenceBounds, start: number, end: number, mayStateCount: number, wrapped: number, spacedOut: number): void {
  if (bounds.count === bounds.starts.length) {
    const grown = <T extends Int32Array | Uint8Array>(array: T, make: (n: number) => T) => {
      const out = make(bounds.count * 2);
      out.set(array);
      return out;
    };
    bounds.starts = grown(bounds.starts, (n) => new Int32Array(n));
    bounds.ends = grown(bounds.ends, (n) => new Int32Array(n));
    bounds.mayStateCount = grown(bounds.mayStateCount, (n) => new Uint8Array(n));
    bounds.wrapped = grown(bounds.wrapped, (n) => new Uint8Array(n));
    bounds.spacedOut = grown(bounds.spacedOut, (n) => new Uint8Array(n));
  }
  bounds.starts[bounds.count] = start;
  bounds.ends[bounds.count] = end;
  bounds.mayStateCount[bounds.count] = mayStateCount;
  bounds.wrapped[bounds.count] = wrapped;
  bounds.spacedOut[bounds.count] = spacedOut;
  bounds.count++;
}

/**
 * A sentence as the prose rules read it: its text without invisible characters and with ASCII
 * digits, and where it is written.
 */
export interface Sentence {
  start: number;
  text: string;
  /** Where each character of `text` is written, when characters were left out. */
  offsets?: number[];
}

/**
 * What becomes of the line feeds in a reading: kept; all left out (a sentence that runs over
 * line wraps); or left out where they wrap a paragraph (see `isLineWrap`).
 */
export type LineFeeds = 'kept' | 'joined' | 'wraps';

/**
 * text[start, end) read as if its invisible characters were deleted, as the tables read them
 * and the artifact fix leaves them (`共收到申请3\u200b9件` states 39), its full-width digits
 * as ASCII (`行政处罚２０起` states 20), its lines as `lineFeeds` says — a line feed left
 * out takes the blanks before it along (`另有1 ⏎8件` states 18) — and without blanks between
 * Chinese characters (`收 到 申 请 41 件` states 41; see `withoutLetterSpacing`).
 */
export function readSentence(text: string, start: number, end: number, lineFeeds: LineFeeds = 'kept', mayBeSpacedOut = true): Sentence {
  const read = readVisible(text, start, end, lineFeeds);
  return mayBeSpacedOut ? withoutLetterSpacing(read) : read;
}

function readVisible(text: string, start: number, end: number, lineFeeds: LineFeeds): Sentence {
  const joins = lineFeeds === 'kept' ? undefined : joinsIn(text, start, end, lineFeeds);
  if (!joins) {
    const read = invisibleLeftOut(text, start, end);
    return read ? { start, text: withAsciiDigits(read.text), offsets: read.offsets } : { start, text: withAsciiDigits(text.slice(start, end)) };
  }
  const codes: number[] = [];
  const offsets: number[] = [];
  for (let i = start, next = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isInvisibleCode(c)) continue;
    if (i === joins[next]) {
      // The line feed, the blanks before it and a page number after it are left out.
      i = joins[next + 1] - 1;
      next += 2;
      while (codes.length > 0 && isLineBlank(codes[codes.length - 1])) codes.pop(), offsets.pop();
      continue;
    }
    codes.push(c);
    offsets.push(i);
  }
  let read = '';
  for (let i = 0; i < codes.length; i += 4096) read += String.fromCharCode(...codes.slice(i, i + 4096));
  return { start, text: withAsciiDigits(read), offsets };
}

/** Chinese characters and full-width punctuation: a blank between two of them spaces letters out. */
const isSpacedOutCode = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c > 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xffef);
/** Blanks between two letters that still read as spacing them out. */
const MAX_LETTER_SPACING = 3;

/**
 * `sentence` without the blanks between two Chinese characters: a justified line taken from a
 * PDF comes out spaced character by character (`政 府 信 息 公 开 申 请`), and Chinese puts no
 * blank between words, so none is lost. Digits keep theirs (`4 1` may be two values); the
 * digits are ASCII by now, so they are no Chinese characters here.
 */
function withoutLetterSpacing(sentence: Sentence): Sentence {
  const read = sentence.text;
  if (read.indexOf(' ') < 0 && read.indexOf('\u3000') < 0 && read.indexOf('\u00a0') < 0) return sentence;
  const at = (k: number) => (sentence.offsets ? sentence.offsets[k] : sentence.start + k);
  let codes: number[] | undefined;
  let offsets: number[] = [];
  for (let k = 0; k < read.length; k++) {
    const c = read.charCodeAt(k);
    if (isBlankCode(c) && k > 0 && isSpacedOutCode(read.charCodeAt(k - 1))) {
      let j = k + 1;
      while (j < read.length && isBlankCode(read.charCodeAt(j))) j++;
      if (j - k <= MAX_LETTER_SPACING && isSpacedOutCode(read.charCodeAt(j))) {
        if (!codes) {
          codes = [];
          for (let m = 0; m < k; m++) codes.push(read.charCodeAt(m)), offsets.push(at(m));
        }
        k = j - 1;
        continue;
      }
    }
    if (codes) codes.push(c), offsets.push(at(k));
  }
  if (!codes) return sentence;
  let text = '';
  for (let i = 0; i < codes.length; i += 4096) text += String.fromCharCode(...codes.slice(i, i + 4096));
  return { start: sentence.start, text, offsets };
}

/**
 * What of text[start, end) to leave out where lines are joined: pairs of offsets, each a line
 * feed and where what goes with it ends (past a page number on the line after, if one is);
 * undefined when nothing.
 */
function joinsIn(text: string, start: number, end: number, lineFeeds: 'joined' | 'wraps'): number[] | undefined {
  let joins: number[] | undefined;
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) !== 10) continue;
    // In a sentence every line feed is a wrap: sentenceBounds ends sentences at the others.
    const to = lineFeeds === 'wraps' ? wrapEnd(text, i, start, end) : pageBreakAfter(text, i, end);
    if (to < 0) continue;
    (joins ??= []).push(i, to + 1);
    i = to;
  }
  return joins;
}

/** Sentence i of `bounds`, read as the prose rules read it (see `readSentence`). */
export function sentenceAt(text: string, bounds: SentenceBounds, i: number): Sentence {
  return readSentence(text, bounds.starts[i], bounds.ends[i], bounds.wrapped[i] ? 'joined' : 'kept', bounds.spacedOut[i] === 1);
}

/** Where sentence.text[from, to) is written. */
export function spanIn(sentence: Sentence, from: number, to: number): Span {
  const at = (i: number) => (sentence.offsets ? sentence.offsets[i] : sentence.start + i);
  return from >= to ? { start: at(from), end: at(from) } : { start: at(from), end: at(to - 1) + 1 };
}

/**
 * Every match of a global pattern, like `text.matchAll(pattern)` but without the copy of the
 * pattern `matchAll` makes on each call (prose rules run their patterns on every sentence).
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(m);
    if (m[0] === '') pattern.lastIndex++;
  }
  return out;
}
