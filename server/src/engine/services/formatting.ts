// Document formatting: canonical headings (wording, bracket width, Markdown level) and
// tables in canonical layout. Never changes a value or a sentence; idempotent.
import { nonOverlappingFixes } from '../applyEdits';
import { LineIndex } from '../lineIndex';
import type { CheckOptions, CheckResult, Span, TextEdit } from '../types';
import { canonicalTableEdit } from './canonicalTable';

/** Rules whose fixes only touch headings. */
const headingCodes = new Set(['heading-text', 'heading-level', 'punctuation']);
/** Rules whose fixes only touch row and column labels. */
const labelCodes = new Set(['label', 'punctuation']);

export function formatEdits(result: CheckResult, options: CheckOptions = {}): TextEdit[] {
  const { model } = result;
  const index = new LineIndex(model.text);
  const rewrites = model.tables.map((t) => ({ table: t.span, edit: canonicalTableEdit(result, t, options) }));
  const tableEdits = rewrites.flatMap((r) => (r.edit ? [r.edit] : []));
  // Tables left in their layout still get their labels corrected.
  const keptTables = rewrites.filter((r) => !r.edit).map((r) => r.table);
  const headings: Span[] = model.sections
    .flatMap((s) => [s.heading.span, ...s.subheadings.map((h) => h.span)])
    .map((h) => headingZone(model.text, h));
  const within = (zones: Span[]) => (e: TextEdit) => {
    const span = index.span(e.range);
    return zones.some((z) => z.start <= span.start && span.end <= z.end);
  };
  const inHeading = within(headings);
  const inAnyTable = within(model.tables.map((t) => t.span));
  const inKeptTable = within(keptTables);
  const allowed = (code: string, e: TextEdit) =>
    (headingCodes.has(code) && inHeading(e) && !inAnyTable(e)) || (labelCodes.has(code) && inKeptTable(e));
  const otherFixes = result.diagnostics.flatMap((d) =>
    d.fixes.filter((f) => f.preferred && f.edits.length > 0 && f.edits.every((e) => allowed(d.code, e))),
  );
  const tableFix = { title: '', preferred: true, edits: tableEdits };
  return nonOverlappingFixes(model.text, [tableFix, ...otherFixes]).flatMap((f) => f.edits);
}

/** A heading with its Markdown marks before it and a colon after it, on its own line. */
function headingZone(text: string, heading: Span): Span {
  let start = heading.start;
  while (start > 0 && /[#＃ \t]/.test(text[start - 1])) start--;
  let end = heading.end;
  while (end < text.length && /[:：]/.test(text[end])) end++;
  return { start, end };
}
