// Fix-all for editors, as one set of edits of the document: the preferred fixes that do not
// overlap, then those that only the fixed text offers — a missing row whose values follow from
// the sums once a wrong total is corrected — for as many rounds as they stay clear of what the
// rounds before changed. (`--fix` rewrites the file round by round instead.)
import { applyEdits, nonOverlappingFixes } from './applyEdits';
import { checkText, preferredFixes, verifyFixes } from './check';
import { LineIndex } from './lineIndex';
import type { CheckOptions, CheckResult, Span, TextEdit } from './types';

/** Rounds of fixes looked for in one fix-all; each costs a check of the fixed text. */
export const FIX_ALL_ROUNDS = 5;

/**
 * The edits of fix-all on `result`'s text. `options` are those `result` was checked with, so
 * that later rounds see the same rules, format version and prior year.
 */
export function fixAllEdits(result: CheckResult, options: CheckOptions = {}): TextEdit[] {
  const original = result.model.text;
  const originalLines = new LineIndex(original);
  const first = nonOverlappingFixes(original, preferredFixes(verifyFixes(result).diagnostics)).flatMap((f) => f.edits);
  // Edits as spans of the original text, sorted: what later rounds must keep clear of.
  let changes = first.map((e) => ({ span: originalLines.span(e.range), newText: e.newText })).sort((a, b) => a.span.start - b.span.start);
  const edits = [...first];
  for (let round = 1; round < FIX_ALL_ROUNDS && changes.length; round++) {
    const text = applyEdits(original, edits);
    const lines = new LineIndex(text);
    const next = nonOverlappingFixes(text, preferredFixes(checkText(text, { ...options, deferFixChecks: false }).diagnostics));
    const mapped: { span: Span; newText: string }[] = [];
    for (const fix of next) {
      const spans = fix.edits.map((e) => originalSpanOf(lines.span(e.range), changes));
      if (spans.some((s) => s === undefined)) continue; // it touches text a round before wrote
      fix.edits.forEach((e, i) => mapped.push({ span: spans[i]!, newText: e.newText }));
    }
    if (mapped.length === 0) break;
    for (const m of mapped) edits.push({ range: originalLines.range(m.span), newText: m.newText });
    changes = [...changes, ...mapped].sort((a, b) => a.span.start - b.span.start);
  }
  return edits;
}

/**
 * Where a span of the fixed text lies in the original, when it lies strictly between two of
 * the changes made to it (touching one, its place in the original would be a guess).
 */
export function originalSpanOf(span: Span, changes: { span: Span; newText: string }[]): Span | undefined {
  let shift = 0; // fixed-text offset minus original offset, past the changes so far
  for (const change of changes) {
    const start = change.span.start + shift;
    const end = start + change.newText.length;
    if (span.end < start) break;
    if (span.start <= end) return undefined;
    shift += change.newText.length - (change.span.end - change.span.start);
  }
  return { start: span.start - shift, end: span.end - shift };
}
