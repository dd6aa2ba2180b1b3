// Applies text edits, the way an editor does: all ranges refer to the original text.
import { LineIndex } from './lineIndex';
import type { Fix, TextEdit } from './types';

export function applyEdits(text: string, edits: TextEdit[]): string {
  const index = new LineIndex(text);
  const spans = edits
    .map((e, order) => ({ ...index.span(e.range), newText: e.newText, order }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
  let out = '';
  let cursor = 0;
  for (const s of spans) {
    if (s.start < cursor) throw new Error('Overlapping edits');
    out += text.slice(cursor, s.start) + s.newText;
    cursor = s.end;
  }
  return out + text.slice(cursor);
}

/**
 * Picks fixes whose edits overlap neither each other nor an already picked fix
 * (first come, first kept), as fix-all and `--fix` do.
 */
export function nonOverlappingFixes(text: string, fixes: Fix[]): Fix[] {
  const index = new LineIndex(text);
  const taken: { start: number; end: number }[] = [];
  const overlaps = (a: { start: number; end: number }) =>
    taken.some((b) => a.start < b.end && b.start < a.end || (a.start === a.end && a.start === b.start) || (b.start === b.end && b.start === a.start));
  const picked: Fix[] = [];
  for (const fix of fixes) {
    const spans = fix.edits.map((e) => index.span(e.range));
    if (spans.some(overlaps)) continue;
    taken.push(...spans);
    picked.push(fix);
  }
  return picked;
}
