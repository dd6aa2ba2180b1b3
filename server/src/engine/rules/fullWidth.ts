// Half-width brackets and colons turned full-width, as the official format writes them:
// the punctuation rule's fix, and part of the fixes that rewrite a label's wording.
import { bookmarkEnd } from '../parse/normalize';
import type { Span } from '../types';
import type { FindingEdit } from './context';

const FULL_WIDTH: Record<string, string> = { '(': '（', ')': '）', ':': '：' };

/** One edit per half-width `(`, `)` or `:` inside `span`. */
export function fullWidthEdits(text: string, span: Span): FindingEdit[] {
  const edits: FindingEdit[] = [];
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    // A bookmark's colon is the artifact rule's to remove with the bookmark.
    if (c === 0x5b) i = Math.max(i, bookmarkEnd(text, i, span.end) - 1);
    if (c !== 40 && c !== 41 && c !== 58) continue; // ( ) :
    edits.push({ span: { start: i, end: i + 1 }, newText: FULL_WIDTH[text[i]] });
  }
  return edits;
}

/** `written` with its half-width brackets and colons full-width. */
export const fullWidth = (written: string): string => [...written].map((ch) => FULL_WIDTH[ch] ?? ch).join('');
