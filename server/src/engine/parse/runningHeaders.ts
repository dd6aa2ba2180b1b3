// A PDF's pages may each open with a running header: the report's title again, on a line of its
// own, often in the middle of a table. Read as table text it is a label nobody knows, and inside
// a row written one cell per line it cuts the row in two. The table reader skips such lines and
// the artifact rule offers to delete them.
import type { LineIndex } from '../lineIndex';
import type { Span } from '../types';
import type { FoundTitle } from './headings';
import { compact, foldedCode, leftoverEnd } from './normalize';

/** Shorter titles could be a line of the report itself. */
const MIN_TITLE_LENGTH = 10;

/**
 * The lines after the title that repeat it, blanks and bracket widths aside: each line's span
 * without its line break, in text order. Looks at a line's opening character before anything else.
 */
export function runningHeaders(text: string, lines: LineIndex, title: FoundTitle | undefined): Span[] {
  // A title over two lines is no page's header.
  if (!title || text.slice(title.span.start, title.span.end).includes('\n')) return [];
  const wording = compact(text, title.span.start, title.span.end).text;
  if (wording.length < MIN_TITLE_LENGTH) return [];
  const opening = wording.charCodeAt(0);
  const found: Span[] = [];
  for (let line = lines.positionAt(title.span.end).line + 1; line < lines.lineCount; line++) {
    const start = lines.lineStarts[line];
    // Past blanks and conversion leftovers (`[bookmark: x]`), which the compact view leaves out too.
    let p = start;
    for (let q = -1; q !== p; ) {
      q = p;
      while (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x3000 || text.charCodeAt(p) === 9) p++;
      p = leftoverEnd(text, p);
    }
    if (foldedCode(text.charCodeAt(p)) !== opening) continue;
    const end = lines.lineEnd(line);
    if (end - p > 3 * wording.length) continue;
    if (compact(text, p, end).text === wording) found.push({ start, end });
  }
  return found;
}
