// The prose of a report, cut into sentences with their spans (tables left out).
import type { ParsedReport } from '../../parse/document';
import type { Span } from '../../types';

export interface Sentence {
  span: Span;
  text: string;
}

/** Sentence ends: 。；！？!? and line breaks (found by the regular-expression engine's fast scan). */
const END = /[。；！？!?\n]/g;

const cache = new WeakMap<ParsedReport, Sentence[]>();

/** Sentences of the prose, computed once per parse (several rules read them). */
export function sentences(parsed: ParsedReport): Sentence[] {
  const cached = cache.get(parsed);
  if (cached) return cached;
  const out: Sentence[] = [];
  cache.set(parsed, out);
  for (const region of parsed.prose) {
    const prose = parsed.text.slice(region.start, region.end);
    let start = 0;
    END.lastIndex = 0;
    for (;;) {
      const end = END.exec(prose)?.index ?? prose.length;
      if (end > start) out.push({ span: { start: region.start + start, end: region.start + end }, text: prose.slice(start, end) });
      if (end === prose.length) break;
      start = end + 1;
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
