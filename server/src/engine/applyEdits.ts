// Applies text edits, the way an editor does: all ranges refer to the original text.
import { LineIndex } from './lineIndex';
import type { FindingEdit } from './rules/context';
import type { Fix, Span, TextEdit } from './types';

export function applyEdits(text: string, edits: TextEdit[]): string {
  const index = new LineIndex(text);
  return applySpanEdits(text, edits.map((e) => ({ span: index.span(e.range), newText: e.newText })));
}

/** The same for edits given as offsets of `text`. */
export function applySpanEdits(text: string, edits: readonly FindingEdit[]): string {
  const spans = edits
    .map((e, order) => ({ ...e.span, newText: e.newText, order }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
  const parts: string[] = [];
  let cursor = 0;
  for (const s of spans) {
    if (s.start < cursor) throw new Error('Overlapping edits');
    parts.push(text.slice(cursor, s.start), s.newText);
    cursor = s.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

/**
 * Two spans clash when they overlap, or are both insertions at the same place (their order
 * would be a guess). An insertion where a replaced span starts goes before it, as in an
 * editor: a missing row inserted above a row whose label is corrected.
 */
function clash(a: Span, b: Span): boolean {
  if (a.start < b.end && b.start < a.end) return true;
  return a.start === b.start && a.start === a.end && b.start === b.end;
}

/**
 * Picks fixes whose edits overlap neither each other nor an already picked fix
 * (first come, first kept), as fix-all and `--fix` do. Taken spans are kept sorted, so
 * each test is a binary search: no quadratic path on documents with many fixes.
 */
export function nonOverlappingFixes(text: string, fixes: Fix[]): Fix[] {
  const index = new LineIndex(text);
  const taken: Span[] = [];
  const firstEndingAfter = (at: number) => {
    let low = 0;
    let high = taken.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (taken[mid].end < at) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  const overlaps = (s: Span) => {
    for (let i = firstEndingAfter(s.start); i < taken.length && taken[i].start <= s.end; i++) if (clash(s, taken[i])) return true;
    return false;
  };
  const picked: Fix[] = [];
  for (const fix of fixes) {
    const spans = fix.edits.map((e) => index.span(e.range));
    if (spans.some(overlaps) || spans.some((a, i) => spans.some((b, j) => i < j && clash(a, b)))) continue;
    for (const s of spans) taken.splice(firstEndingAfter(s.end), 0, s);
    picked.push(fix);
  }
  return picked;
}
