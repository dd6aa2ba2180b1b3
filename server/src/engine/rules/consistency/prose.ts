// The prose of a report, cut into sentences with their spans (tables left out).
import type { ParsedReport } from '../../parse/document';

/** A sentence of the prose: where it starts and ends in the text, and what it says. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Sentence ends: 。；！？!? and line breaks (a lookup table: every prose character is tested). */
const END = (() => {
  const table = new Uint8Array(65536);
  for (const code of [0x3002, 0xff1b, 0xff01, 0xff1f, 0x21, 0x3f, 0x0a]) table[code] = 1;
  return table;
})();

const cache = new WeakMap<ParsedReport, Sentence[]>();

/** Sentences of the prose, computed once per parse (several rules read them). */
export function sentences(parsed: ParsedReport): Sentence[] {
  const cached = cache.get(parsed);
  if (cached) return cached;
  const out: Sentence[] = [];
  cache.set(parsed, out);
  const text = parsed.text;
  for (const region of parsed.prose) {
    let start = region.start;
    for (let i = region.start; i <= region.end; i++) {
      if (i === region.end || END[text.charCodeAt(i)] === 1) {
        if (i > start) out.push({ start, end: i, text: text.slice(start, i) });
        start = i + 1;
      }
    }
  }
  return out;
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
