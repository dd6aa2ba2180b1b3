// Document formatting: canonical headings (wording, bracket width, Markdown level) and
// tables in canonical layout. Never changes a value or a sentence; idempotent.
import { nonOverlappingFixes } from '../applyEdits';
import { LineIndex } from '../lineIndex';
import type { CheckOptions, CheckResult, Span, TextEdit } from '../types';
import { canonicalTableEdit } from './canonicalTable';

/** Rules whose fixes only touch headings. */
const headingCodes = new Set(['heading-text', 'heading-level', 'punctuation']);

export function formatEdits(result: CheckResult, options: CheckOptions = {}): TextEdit[] {
  const { model } = result;
  const index = new LineIndex(model.text);
  const tableEdits = model.tables
    .map((t) => canonicalTableEdit(result, t, options))
    .filter((e): e is TextEdit => e !== undefined);
  const headings: Span[] = model.sections.flatMap((s) => [s.heading.span, ...s.subheadings.map((h) => h.span)]);
  const withinHeading = (e: TextEdit) => {
    const span = index.span(e.range);
    return headings.some((h) => h.start <= span.start && span.end <= h.end);
  };
  const insideTable = (e: TextEdit) => {
    const span = index.span(e.range);
    return model.tables.some((t) => t.span.start <= span.start && span.end <= t.span.end);
  };
  const headingFixes = result.diagnostics
    .filter((d) => headingCodes.has(d.code))
    .flatMap((d) => d.fixes.filter((f) => f.preferred))
    .filter((f) => f.edits.length > 0 && f.edits.every((e) => withinHeading(e) && !insideTable(e)));
  const tableFix = { title: '', preferred: true, edits: tableEdits };
  const picked = nonOverlappingFixes(model.text, [tableFix, ...headingFixes]);
  return picked.flatMap((f) => f.edits);
}
