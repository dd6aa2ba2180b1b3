// The edit that writes a new value into a cell. Written as is, a value can run into what stands
// beside it and be read as another number: `2621,234` holds the cell 2621 and a stray `,234`,
// and 262 written over 2621 reads as 262,234. A space then keeps the two apart. A value typed in
// full-width digits (５) is rewritten in them.
import { inWidthOf } from '../parse/normalize';
import { tokenizeTable } from '../parse/tokens';
import type { Span } from '../types';
import type { FindingEdit } from './context';

/** Characters of context read on each side: enough for a Word bookmark beside the value. */
const CONTEXT = 100;

/** Writes `value` over `span`, with a space on the side where it would otherwise join the text beside it. */
export function valueEdit(text: string, span: Span, value: number): FindingEdit {
  const written = inWidthOf(text.slice(span.start, span.end), String(value));
  for (const [before, after] of [['', ''], ['', ' '], [' ', ''], [' ', ' ']]) {
    const newText = before + written + after;
    if (readsAs(text, span, newText, before.length, written.length, value)) return { span, newText };
  }
  // Inside a run of digits (collapsed text) no space helps: the run is split again as before.
  return { span, newText: written };
}

/** Whether text with `span` replaced by `newText` reads, at `offset` in it, as exactly `value` written in `length` characters. */
function readsAs(text: string, span: Span, newText: string, offset: number, length: number, value: number): boolean {
  const from = Math.max(0, span.start - CONTEXT);
  const to = Math.min(text.length, span.end + CONTEXT);
  const window = text.slice(from, span.start) + newText + text.slice(span.end, to);
  const start = span.start - from + offset;
  const end = start + length;
  return tokenizeTable(window, 0, window.length).some((t) => t.kind === 'number' && t.span.start === start && t.span.end === end && t.value === value);
}
