// The prose of a report, cut into sentences (tables left out).
import type { ParsedReport } from '../../parse/document';
import { invisibleLeftOut, withAsciiDigits } from '../../parse/normalize';
import type { Span } from '../../types';

const END = 1;
const COUNT = 2;
/**
 * What each character means to the splitter (a lookup table: every prose character is tested):
 * sentence ends (。；！？!? and line breaks), and what a statement of a count needs — a digit
 * (ASCII or full-width), or 未 (`未收到…`: none).
 */
const CHARACTER = (() => {
  const table = new Uint8Array(65536);
  for (const code of [0x3002, 0xff1b, 0xff01, 0xff1f, 0x21, 0x3f, 0x0a]) table[code] = END;
  for (let code = 0x30; code <= 0x39; code++) table[code] = COUNT;
  for (let code = 0xff10; code <= 0xff19; code++) table[code] = COUNT;
  table[0x672a] = COUNT;
  return table;
})();

/** Where sentence i starts and ends: starts[i], ends[i] for i < count. */
export interface SentenceBounds {
  starts: Int32Array;
  ends: Int32Array;
  /** 1 when the sentence holds a digit or 未: it may state a count (or none). */
  mayStateCount: Uint8Array;
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
  const bounds: SentenceBounds = { starts: new Int32Array(64), ends: new Int32Array(64), mayStateCount: new Uint8Array(64), count: 0 };
  const text = parsed.text;
  for (const region of parsed.prose) {
    let start = region.start;
    let mayStateCount = 0;
    for (let i = region.start; i <= region.end; i++) {
      const kind = i === region.end ? END : CHARACTER[text.charCodeAt(i)];
      if (kind === COUNT) mayStateCount = 1;
      else if (kind === END) {
        if (i > start) add(bounds, start, i, mayStateCount);
        start = i + 1;
        mayStateCount = 0;
      }
    }
  }
  cache.set(parsed, bounds);
  return bounds;
}

function add(bounds: SentenceBounds, start: number, end: number, mayStateCount: number): void {
  if (bounds.count === bounds.starts.length) {
    const starts = new Int32Array(bounds.count * 2);
    const ends = new Int32Array(bounds.count * 2);
    const counts = new Uint8Array(bounds.count * 2);
    starts.set(bounds.starts);
    ends.set(bounds.ends);
    counts.set(bounds.mayStateCount);
    bounds.starts = starts;
    bounds.ends = ends;
    bounds.mayStateCount = counts;
  }
  bounds.starts[bounds.count] = start;
  bounds.ends[bounds.count] = end;
  bounds.mayStateCount[bounds.count] = mayStateCount;
  bounds.count++;
}

/**
 * A sentence as the prose rules read it: its text without invisible characters and with ASCII
 * digits, and where it is written.
 */
export interface Sentence {
  start: number;
  text: string;
  /** Where each character of `text` is written, when invisible characters were left out. */
  offsets?: number[];
}

/**
 * text[start, end) read as if its invisible characters were deleted, as the tables read them
 * and the artifact fix leaves them (`共收到申请3\u200b9件` states 39), and its full-width digits
 * as ASCII (`行政处罚２０起` states 20).
 */
export function readSentence(text: string, start: number, end: number): Sentence {
  const read = invisibleLeftOut(text, start, end);
  return read ? { start, text: withAsciiDigits(read.text), offsets: read.offsets } : { start, text: withAsciiDigits(text.slice(start, end)) };
}

/** Where sentence.text[from, to) is written. */
export function spanIn(sentence: Sentence, from: number, to: number): Span {
  const at = (i: number) => (sentence.offsets ? sentence.offsets[i] : sentence.start + i);
  return from >= to ? { start: at(from), end: at(from) } : { start: at(from), end: at(to - 1) + 1 };
}

/** Full-width digits read as ASCII, for numbers in prose. */
export function numberAt(text: string): number {
  return Number(text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
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
