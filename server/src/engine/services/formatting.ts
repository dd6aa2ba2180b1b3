// Document formatting: canonical headings (wording, bracket width, Markdown level) and
// tables in canonical layout. Never changes a value or a sentence; idempotent.
import { applyEdits, nonOverlappingFixes } from '../applyEdits';
import { addsErrors, checkText } from '../check';
import { LineIndex } from '../lineIndex';
import { bookmarkEnd, isAsciiDigitCode, isChineseCharacterCode, isDigitCode, isRegExpSpace } from '../parse/normalize';
import type { CheckOptions, CheckResult, Diagnostic, ReportModel, Span, TextEdit } from '../types';
import { allCellsKey, canonicalTableEdit } from './canonicalTable';

/** Rules whose fixes only touch headings. */
const headingCodes = new Set(['heading-text', 'heading-level', 'punctuation']);
/** Rules whose fixes only touch row and column labels. */
const labelCodes = new Set(['label', 'punctuation']);

/** Rounds of formatting tried before giving up on a fixed point (damaged text only). */
const MAX_ROUNDS = 4;

/**
 * The formatting edits. One round usually settles everything; on damaged text a fix can
 * unblock another, so rounds repeat until nothing changes, and the result is then one edit
 * from the first to the last change — formatting twice changes nothing.
 */
export function formatEdits(result: CheckResult, options: CheckOptions = {}): TextEdit[] {
  const original = result.model.text;
  const cells = allCellsKey(result.model.tables);
  const digits = digitCounts(result.model);
  // The text checked with the caller's options, which the result may not have been made with.
  let baseline: Diagnostic[] | undefined;
  // The last guard: whatever the rounds did together, every cell is still in its place, no digit
  // written is gone and no error was added.
  const holds = (checked: CheckResult) =>
    allCellsKey(checked.model.tables) === cells &&
    keepsDigits(digits, digitCounts(checked.model)) &&
    !addsErrors((baseline ??= checkText(original, options).diagnostics), checked.diagnostics);
  const firstEdits = formatOnce(result, options);
  let edits = firstEdits;
  let text = original;
  for (let round = 1; edits.length > 0 && round <= MAX_ROUNDS; round++) {
    let next = applyEdits(text, edits);
    let checked = checkText(next, options);
    if (!holds(checked)) {
      // Edits that hold one by one can clash together (two tables' line breaks leaving a stray
      // mark between them on a line of its own): keep each that still holds, in text order.
      const kept = editsThatHold(text, edits, options, holds);
      if (kept.edits.length === 0) break;
      ({ next, checked } = kept);
      edits = kept.edits;
    }
    text = next;
    const settled = round === 1 && edits === firstEdits;
    edits = round < MAX_ROUNDS ? formatOnce(checked, options) : [];
    // The usual case: settled in one round, keep its small edits.
    if (settled && edits.length === 0) return firstEdits;
  }
  return text === original ? [] : [changedRegion(original, text)];
}

/**
 * How often each digit — ASCII or full-width — is written, those inside a Word bookmark (whose
 * name formatting may drop) and item numbers (`1.申请人`, which a canonical table writes where a
 * label lacked it or had another) aside. Formatting never writes fewer of any: a digit typed
 * into a label's or heading's wording (`情1况`, `费用1、行政`) may be a value put in the wrong
 * place, and only the user may drop it — the label or heading finding's own fix does, when chosen.
 */
function digitCounts(model: ReportModel): number[] {
  const text = model.text;
  let labelStarts: Set<number> | undefined;
  const startsALabel = (i: number) =>
    (labelStarts ??= new Set(model.tables.flatMap((t) => [...t.labelSpans, ...t.rows.map((r) => r.labelSpan)].map((s) => s.start)))).has(i);
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x5b) i = Math.max(i, bookmarkEnd(text, i) - 1); // past a bookmark's name
    else if (isDigitCode(code) && !isItemNumberAt(text, i, startsALabel)) counts[code >= 0xff10 ? code - 0xff10 : code - 48]++;
  }
  return counts;
}

/**
 * Whether the digit at `i` numbers an item: a mark (`.`, `．`, `、`), then blanks, then text
 * that is no digit — opening a label, so not right after a Chinese character unless the reader
 * found a label starting there (collapsed text: `不予公开1.属于国家秘密`).
 */
function isItemNumberAt(text: string, i: number, startsALabel: (i: number) => boolean): boolean {
  const mark = text.charCodeAt(i + 1);
  if (mark !== 0x2e && mark !== 0xff0e && mark !== 0x3001) return false;
  let k = i + 2;
  while (k < text.length && isRegExpSpace(text.charCodeAt(k))) k++;
  if (k >= text.length || isAsciiDigitCode(text.charCodeAt(k))) return false;
  return i === 0 || !isChineseCharacterCode(text.charCodeAt(i - 1)) || startsALabel(i);
}

function keepsDigits(before: number[], after: number[]): boolean {
  return before.every((n, digit) => after[digit] >= n);
}

/** The edits of a round, added one at a time, each kept if the text still holds with it. */
function editsThatHold(
  text: string,
  edits: TextEdit[],
  options: CheckOptions,
  holds: (checked: CheckResult) => boolean,
): { edits: TextEdit[]; next: string; checked: CheckResult } {
  const kept: TextEdit[] = [];
  let next = text;
  let checked: CheckResult | undefined;
  const index = new LineIndex(text);
  for (const edit of [...edits].sort((a, b) => index.offsetAt(a.range.start) - index.offsetAt(b.range.start))) {
    const candidate = applyEdits(text, [...kept, edit]);
    const candidateChecked = checkText(candidate, options);
    if (!holds(candidateChecked)) continue;
    kept.push(edit);
    next = candidate;
    checked = candidateChecked;
  }
  return { edits: kept, next, checked: checked ?? checkText(text, options) };
}

/** One edit replacing what differs between two texts. */
function changedRegion(before: string, after: string): TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  // Never split a surrogate pair or a CRLF.
  while (start > 0 && /[\udc00-\udfff\n]/.test(before[start])) start--;
  while (end > 0 && /[\ud800-\udbff\r]/.test(before[before.length - end - 1])) end--;
  const index = new LineIndex(before);
  return { range: index.range({ start, end: before.length - end }), newText: after.slice(start, after.length - end) };
}

function formatOnce(result: CheckResult, options: CheckOptions): TextEdit[] {
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
  // One fix per table: damaged text can give tables overlapping spans, and only one may win.
  const tableFixes = tableEdits.map((edit) => ({ title: '', preferred: true, edits: [edit] }));
  return nonOverlappingFixes(model.text, [...tableFixes, ...otherFixes]).flatMap((f) => f.edits);
}

/** A heading with its Markdown marks before it and a colon after it, on its own line. */
function headingZone(text: string, heading: Span): Span {
  let start = heading.start;
  while (start > 0 && /[#＃ \t]/.test(text[start - 1])) start--;
  let end = heading.end;
  while (end < text.length && /[:：]/.test(text[end])) end++;
  return { start, end };
}
