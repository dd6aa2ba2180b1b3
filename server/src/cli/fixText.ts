// Applies the engine's preferred fixes until none are left (at most MAX_ROUNDS rounds):
// a fix can reveal another finding, e.g. a corrected label makes a table row readable.
import { LineIndex, applyEdits, nonOverlappingFixes, preferredFixes } from '../engine';
import type { CheckResult, Fix, TextEdit } from '../engine';
import { lineEnding } from './encoding';

export const MAX_ROUNDS = 10;

export type Checker = (text: string) => Pick<CheckResult, 'formatVersion' | 'diagnostics'>;

export interface FixOutcome {
  text: string;
  /** The findings of `text`, the fixed text. */
  result: Pick<CheckResult, 'formatVersion' | 'diagnostics'>;
  /** The findings of the original text. */
  initial: Pick<CheckResult, 'formatVersion' | 'diagnostics'>;
  rounds: number;
}

/** Inserted line breaks follow the file's own, so a CRLF file stays CRLF. */
function withLineEnding(edits: TextEdit[], eol: string | undefined): TextEdit[] {
  if (!eol) return edits;
  return edits.map((e) => (/[\r\n]/.test(e.newText) ? { ...e, newText: e.newText.replace(/\r\n|\r|\n/g, eol) } : e));
}

/** A fix whose own edits overlap cannot be applied; leave it out rather than lose the file's result. */
function applicable(text: string, fixes: Fix[]): Fix[] {
  const index = new LineIndex(text);
  return fixes.filter((fix) => {
    const spans = fix.edits.map((e) => index.span(e.range)).sort((a, b) => a.start - b.start || a.end - b.end);
    return spans.every((s, i) => i === 0 || spans[i - 1].end <= s.start);
  });
}

export function fixText(original: string, check: Checker): FixOutcome {
  const eol = lineEnding(original);
  let text = original;
  const initial = check(text);
  let result = initial;
  let rounds = 0;
  while (rounds < MAX_ROUNDS) {
    const fixes = nonOverlappingFixes(text, applicable(text, preferredFixes(result.diagnostics)));
    if (fixes.length === 0) break;
    const next = applyEdits(text, withLineEnding(fixes.flatMap((f) => f.edits), eol));
    rounds++;
    if (next === text) break;
    text = next;
    result = check(text);
  }
  return { text, result, initial, rounds };
}
