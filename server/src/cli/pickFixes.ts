// The engine's nonOverlappingFixes, in O(n log n) for the typical case: it compares every span
// with every span taken so far, which is quadratic on a large file with many fixes.
// Same rule, same result: first come, first kept; a fix is left out if any of its edits overlaps
// an edit already taken (an insertion overlaps anything starting at the same offset).
// One difference: a fix whose own edits overlap each other is left out too (applyEdits would
// throw on it), so one faulty fix cannot cost the file its result.
import { LineIndex } from '../engine';
import type { Fix, Span } from '../engine';

function overlaps(a: Span, b: Span): boolean {
  return (a.start < b.end && b.start < a.end) || (a.start === a.end && a.start === b.start) || (b.start === b.end && b.start === a.start);
}

/**
 * Taken spans sorted by start. They do not overlap each other (but for an insertion at the start
 * of an edit of the same fix), so a span's nearest neighbours are all that can overlap it.
 */
class TakenSpans {
  private readonly spans: Span[] = [];

  /** Index of the first span starting at or after `offset`. */
  private lowerBound(offset: number): number {
    let low = 0;
    let high = this.spans.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.spans[mid].start < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  hits(a: Span): boolean {
    const at = this.lowerBound(a.start);
    // Spans starting before `a`: only those at the nearest start can reach into it.
    if (at > 0) {
      const nearest = this.spans[at - 1].start;
      for (let i = at - 1; i >= 0 && this.spans[i].start === nearest; i--) if (overlaps(a, this.spans[i])) return true;
    }
    // Spans starting inside `a` (or at its offset, for insertions).
    for (let i = at; i < this.spans.length && (this.spans[i].start < a.end || this.spans[i].start === a.start); i++) {
      if (overlaps(a, this.spans[i])) return true;
    }
    return false;
  }

  add(span: Span): void {
    // Fixes mostly come in document order, so this is usually an append.
    const at = this.spans.length === 0 || this.spans[this.spans.length - 1].start <= span.start ? this.spans.length : this.lowerBound(span.start);
    this.spans.splice(at, 0, span);
  }
}

/** Sorted by start, each edit ends before the next starts (an insertion may sit at the next one's start). */
function selfConsistent(spans: Span[]): boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.every((s, i) => i === 0 || sorted[i - 1].end <= s.start);
}

export function pickFixes(text: string, fixes: Fix[]): Fix[] {
  const index = new LineIndex(text);
  const taken = new TakenSpans();
  const picked: Fix[] = [];
  for (const fix of fixes) {
    const spans = fix.edits.map((e) => index.span(e.range));
    if (!selfConsistent(spans) || spans.some((s) => taken.hits(s))) continue;
    for (const s of spans) taken.add(s);
    picked.push(fix);
  }
  return picked;
}
