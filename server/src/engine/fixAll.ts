// Fix-all for editors, as one set of edits of the document: the preferred fixes that do not
// overlap, then those that only the fixed text offers — a missing row whose values follow from
// the sums once a wrong total is corrected, a label fix that leaves debris the next check reads
// — for up to five rounds. A later fix that touches what an earlier round wrote is merged with
// it into one edit of the original, so the edits give exactly the text the rounds give.
// (`--fix` rewrites the file round by round.)
import { applySpanEdits, nonOverlappingFixes } from './applyEdits';
import { checkText, preferredFixes, verifyFixes } from './check';
import { LineIndex } from './lineIndex';
import type { FindingEdit } from './rules/context';
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
  let changes: FindingEdit[] = first.map((e) => ({ span: originalLines.span(e.range), newText: e.newText })).sort((a, b) => a.span.start - b.span.start);
  let text = original;
  let rounds = 1;
  for (; rounds < FIX_ALL_ROUNDS && changes.length; rounds++) {
    const fixed = applySpanEdits(original, changes);
    if (fixed === text) break; // the last round changed nothing
    text = fixed;
    const lines = new LineIndex(text);
    const next = nonOverlappingFixes(text, preferredFixes(checkText(text, { ...options, deferFixChecks: false }).diagnostics));
    if (next.length === 0) break;
    const later = next.flatMap((f) => f.edits.map((e) => ({ span: lines.span(e.range), newText: e.newText })));
    changes = composeChanges(text, changes, later);
  }
  // One round alone: its edits as the fixes gave them.
  if (rounds === 1) return first;
  return changes.map((c) => ({ range: originalLines.range(c.span), newText: c.newText }));
}

/**
 * `earlier` (changes of the original, sorted) followed by `later` (changes of the text they
 * gave, `fixed`; not overlapping each other) as one list of changes of the original. Changes
 * that overlap or touch — directly or through one another — become one, spanning them all,
 * whose text is `fixed` over that stretch with the later changes applied: exact, with no guess
 * about which side of an earlier insertion a later edit meant.
 */
export function composeChanges(fixed: string, earlier: readonly FindingEdit[], later: readonly FindingEdit[]): FindingEdit[] {
  // Every change as a stretch of the fixed text: earlier ones where their text now lies.
  interface Stretch {
    from: number;
    to: number;
    /** Original span, for earlier changes. */
    original?: Span;
    /** Replacement, for later changes. */
    newText?: string;
  }
  const stretches: Stretch[] = [];
  let shift = 0; // fixed-text offset minus original offset, past the earlier changes so far
  for (const c of earlier) {
    const from = c.span.start + shift;
    stretches.push({ from, to: from + c.newText.length, original: c.span });
    shift += c.newText.length - (c.span.end - c.span.start);
  }
  for (const c of later) stretches.push({ from: c.span.start, to: c.span.end, newText: c.newText });
  // Earlier before later at one offset: an insertion made at an earlier change joins it.
  stretches.sort((a, b) => a.from - b.from || (a.original ? 0 : 1) - (b.original ? 0 : 1) || a.to - b.to);

  const out: FindingEdit[] = [];
  shift = 0;
  for (let k = 0; k < stretches.length; ) {
    // A cluster: stretches that overlap or touch the ones before them in it.
    const from = stretches[k].from;
    let to = stretches[k].to;
    let end = k + 1;
    while (end < stretches.length && stretches[end].from <= to) to = Math.max(to, stretches[end].to), end++;
    const cluster = stretches.slice(k, end);
    k = end;
    // Where the cluster lies in the original: past the earlier changes before it, and over theirs.
    const start = from - shift;
    let grown = 0;
    for (const s of cluster) if (s.original) grown += s.to - s.from - (s.original.end - s.original.start);
    const originalSpan = { start, end: to - shift - grown };
    shift += grown;
    // Its text: the fixed text over [from, to) with the later changes in it applied.
    let newText = '';
    let cursor = from;
    for (const s of cluster) {
      if (s.newText === undefined) continue;
      newText += fixed.slice(cursor, s.from) + s.newText;
      cursor = s.to;
    }
    newText += fixed.slice(cursor, to);
    out.push({ span: originalSpan, newText });
  }
  return out;
}
