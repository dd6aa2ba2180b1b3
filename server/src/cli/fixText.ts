// Applies the engine's preferred fixes until none are left (at most MAX_ROUNDS rounds):
// a fix can reveal another finding, e.g. a corrected label makes a table row readable.
import { applyEdits, nonOverlappingFixes, preferredFixes } from '../engine';
import type { CheckResult, TextEdit } from '../engine';
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

export function fixText(original: string, check: Checker): FixOutcome {
  const eol = lineEnding(original);
  let text = original;
  const initial = check(text);
  let result = initial;
  let rounds = 0;
  while (rounds < MAX_ROUNDS) {
    const fixes = nonOverlappingFixes(text, preferredFixes(result.diagnostics));
    if (fixes.length === 0) break;
    const next = applyEdits(text, withLineEnding(fixes.flatMap((f) => f.edits), eol));
    rounds++;
    if (next === text) break;
    text = next;
    result = check(text);
  }
  return { text, result, initial, rounds };
}
