// The prose of a report, cut into sentences with their spans (tables left out).
import type { ParsedReport } from '../../parse/document';
import type { Span } from '../../types';

export interface Sentence {
  span: Span;
  text: string;
}

const END = /[。；！？!?\n]/;

export function sentences(parsed: ParsedReport): Sentence[] {
  const out: Sentence[] = [];
  for (const region of parsed.prose) {
    let start = region.start;
    for (let i = region.start; i <= region.end; i++) {
      if (i === region.end || END.test(parsed.text[i])) {
        if (i > start) out.push({ span: { start, end: i }, text: parsed.text.slice(start, i) });
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
