// Text of the document in a message. A message is a sentence for someone to read: a digit run
// or a list that fills a 1 MB line is shown by its opening and its length, not in full;
// invisible characters are left out (nobody can read them, and the tables read past them too),
// and a line break with the blanks around it reads as one space: a message is one line, the
// same for a file with CRLF or LF line endings. A PDF page number on a line between (a label
// broken over a page) is left out, as the tables read past it.
import { invisibleLeftOut } from '../parse/normalize';
import { pageMarks } from '../parse/pageMarks';
import type { Bilingual } from './rule';

/** `text` without the invisible characters a copy from the web leaves (see `isInvisibleCode`). */
export function visible(text: string): string {
  return invisibleLeftOut(text)?.text ?? text;
}

const LINE_BREAK = /[ \t\u3000]*[\r\n]+\s*/g;

/** `text` as a message shows it, in full: its visible characters, on one line (a label or a heading). */
export function shown(text: string): string {
  const seen = visible(text);
  return seen.includes('\n') || seen.includes('\r') ? withoutPageMarks(seen).replace(LINE_BREAK, ' ') : seen;
}

/** `text` without the page-number lines after its first line. */
function withoutPageMarks(text: string): string {
  let out = '';
  let from = 0;
  for (const mark of pageMarks(text)) {
    if (mark.start === 0) continue;
    out += text.slice(from, mark.start);
    from = mark.end;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Characters of the document shown in a message before it is cut. */
const QUOTE_LENGTH = 40;
/** Items of a list shown before it is cut. */
const LIST_LENGTH = 10;

/** `text` in quotation marks; past 40 characters, its opening and how long it is. */
export function quote(written: string): Bilingual {
  const text = shown(written);
  if (text.length <= QUOTE_LENGTH) return { zh: `“${text}”`, en: `“${text}”` };
  const opening = openingOf(text);
  return { zh: `“${opening}…”（共 ${text.length} 个字符）`, en: `“${opening}…” (${text.length} characters)` };
}

/** `text` as it is (a number as written); past 40 characters, its opening and how long it is. */
export function excerpt(written: string): Bilingual {
  const text = shown(written);
  if (text.length <= QUOTE_LENGTH) return { zh: text, en: text };
  const opening = openingOf(text);
  return { zh: `${opening}…（共 ${text.length} 个字符）`, en: `${opening}… (${text.length} characters)` };
}

function openingOf(text: string): string {
  // Never half of a surrogate pair.
  const last = text.charCodeAt(QUOTE_LENGTH - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? QUOTE_LENGTH - 1 : QUOTE_LENGTH);
}

/** Items joined by `separator`; past ten, the first ten and how many there are. */
export function list(written: (string | number)[], separator: string): Bilingual {
  const items = written.map((item) => (typeof item === 'string' ? shown(item) : item));
  if (items.length <= LIST_LENGTH) {
    const all = items.join(separator);
    return { zh: all, en: all };
  }
  const opening = items.slice(0, LIST_LENGTH).join(separator) + separator + '…';
  return { zh: `${opening}，共 ${items.length} 项`, en: `${opening}, ${items.length} in all` };
}
