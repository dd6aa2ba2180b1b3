// Is this text recognisably an annual report? Used to decide whether to check
// plain-text and Markdown files at all.
import { sections, titleWording } from './format/sections';

export function looksLikeReport(text: string): boolean {
  const head = text.slice(0, 4000);
  if (head.replace(/\s+/g, '').includes(titleWording)) return true;
  // Or at least three of the six official headings.
  const sample = text.length > 2_000_000 ? text.slice(0, 2_000_000) : text;
  const compact = sample.replace(/[ \t\u3000]+/g, '');
  let found = 0;
  for (const s of sections) if (compact.includes(s.heading)) found++;
  return found >= 3;
}
