// What must hold for any input: ranges inside the document, model spans that point at the
// text they claim, and fix-all that settles in one application.
import { applyEdits, checkText, LineIndex, nonOverlappingFixes, preferredFixes, type CheckResult, type Diagnostic, type Range } from '../../server/src/engine';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Problems with the result's ranges and model spans; empty when all is well. */
export function invariantProblems(text: string, result: CheckResult): string[] {
  const index = new LineIndex(text);
  const problems: string[] = [];
  const inside = (r: Range, what: string) => {
    for (const p of [r.start, r.end]) {
      const ok =
        Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < index.lineCount && p.character >= 0 && p.character <= index.lineEnd(p.line) - index.lineStarts[p.line];
      if (!ok) problems.push(`${what}: position ${JSON.stringify(p)} outside the document (${index.lineCount} lines)`);
    }
    if (r.start.line > r.end.line || (r.start.line === r.end.line && r.start.character > r.end.character)) problems.push(`${what}: range ends before it starts ${JSON.stringify(r)}`);
  };
  for (const d of result.diagnostics) {
    inside(d.range, `${d.code} range`);
    for (const rel of d.related) inside(rel.range, `${d.code} related`);
    for (const f of d.fixes) for (const e of f.edits) inside(e.range, `${d.code} fix edit`);
  }
  const span = (s: { start: number; end: number }, what: string) => {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length)) problems.push(`${what}: span ${JSON.stringify(s)} outside 0..${text.length}`);
  };
  const model = result.model;
  if (model.title) span(model.title.span, 'title');
  for (const s of model.sections) {
    span(s.span, `section ${s.number}`);
    span(s.heading.span, `section ${s.number} heading`);
    for (const sub of s.subheadings) span(sub.span, `section ${s.number} subheading`);
  }
  for (const t of model.tables) {
    span(t.span, `table ${t.tableId}`);
    for (const v of t.unread) {
      span(v.span, `unread value of ${t.tableId}`);
      const written = text.slice(v.span.start, v.span.end);
      if (written !== v.raw) problems.push(`unread value of ${t.tableId}: raw ${JSON.stringify(v.raw)} but the text at its span is ${JSON.stringify(written)}`);
    }
    for (const r of t.rows) {
      span(r.labelSpan, `row ${t.tableId}/${r.rowId} label`);
      for (const c of r.cells) {
        span(c.span, `cell ${t.tableId}/${r.rowId}/${c.columnId}`);
        const written = text.slice(c.span.start, c.span.end);
        if (written !== c.raw) problems.push(`cell ${t.tableId}/${r.rowId}/${c.columnId}: raw ${JSON.stringify(c.raw)} but the text at its span is ${JSON.stringify(written)}`);
      }
    }
  }
  return problems;
}

/**
 * How often each digit (ASCII or full-width) is written, Word bookmarks aside (formatting may
 * drop them) and item numbers (`1.`, which formatting may write where a label lacked it or had
 * another). An item number opens a label: a digit before `.`/`、` inside wording (`费用1、行政`,
 * `复议０、行政`) is none, unless the reader found a label starting there (collapsed text:
 * `不予公开1.属于国家秘密`).
 */
export function valueDigits(text: string): number[] {
  const model = checkText(text).model;
  const labelStarts = new Set(model.tables.flatMap((t) => [...t.labelSpans, ...t.rows.map((r) => r.labelSpan)].map((s) => s.start)));
  const bookmarks = [...text.matchAll(/\[bookmark:[^\]\n]*\]/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const counts = new Array(10).fill(0);
  for (const m of text.matchAll(/[0-9０-９]/g)) {
    const at = m.index!;
    if (bookmarks.some((b) => b.start <= at && at < b.end)) continue;
    const itemNumber = /^[.．、]\s*[^0-9\s]/.test(text.slice(at + 1, at + 40)) && (!/[\u3400-\u9fff]/.test(text[at - 1] ?? '') || labelStarts.has(at));
    if (!itemNumber) counts[m[0].charCodeAt(0) - (m[0] >= '０' ? 0xff10 : 48)]++;
  }
  return counts;
}

/**
 * The Chinese characters written outside headings, sub-headings and table labels (which
 * formatting may write anew), with how often: formatting keeps each — `lostWords` says which
 * the formatted text writes fewer of.
 */
export function lostWords(before: string, after: string): string[] {
  const model = checkText(before).model;
  const rewritable = [
    ...model.sections.flatMap((s) => [s.heading.span, ...s.subheadings.map((h) => h.span)]),
    ...model.tables.flatMap((t) => [...t.labelSpans, ...t.rows.map((r) => r.labelSpan)]),
  ];
  const counts = new Map<string, number>();
  const isWord = (ch: string) => /[\u3400-\u9fff]/.test(ch);
  for (let i = 0; i < before.length; i++)
    if (isWord(before[i]) && !rewritable.some((s) => s.start <= i && i < s.end)) counts.set(before[i], (counts.get(before[i]) ?? 0) + 1);
  for (const ch of after) if (counts.has(ch)) counts.set(ch, counts.get(ch)! - 1);
  return [...counts].filter(([, n]) => n > 0).map(([ch, n]) => `${n} × ${ch}`);
}

/**
 * A finding as the user sees it; with `ranges`, where it is. What its fixes write is compared with
 * line breaks as LF and without blanks at line ends (a fix that moves a section writes its text).
 */
function asSeen(d: Diagnostic, ranges: boolean): string {
  const fixes = d.fixes.map((f) => ({
    title: f.title,
    preferred: f.preferred,
    edits: f.edits.map((e) => ({ ...(ranges ? { range: e.range } : {}), newText: e.newText.replace(/\r\n/g, '\n').replace(/ \n/g, '\n') })),
  }));
  return JSON.stringify({ code: d.code, severity: d.severity, message: d.message, ...(ranges ? { range: d.range, related: d.related } : {}), fixes });
}

/** Findings only in `got` and only in `expected`, each named by the variant it came with. */
function onlyIn(expected: string[], got: string[], gotName: string, expectedName: string): string[] {
  return [...got.filter((f) => !expected.includes(f)).map((f) => `${gotName}: ${f}`), ...expected.filter((f) => !got.includes(f)).map((f) => `${expectedName}: ${f}`)];
}

/**
 * How the findings of `lf` (LF line endings, no byte-order mark) change when the same text is
 * saved with CRLF line endings, with a byte-order mark — a character of line 0, so there
 * positions move by one and only what a finding says and writes is compared — or with a blank
 * at the end of every line. Empty when none.
 */
export function lineEndingDifferences(lf: string): string[] {
  const findings = (diagnostics: Diagnostic[], ranges: boolean) => diagnostics.map((d) => asSeen(d, ranges)).sort();
  const plain = checkText(lf).diagnostics;
  const out: string[] = [];
  const variants = [
    ['CRLF', lf.replace(/\n/g, '\r\n'), true],
    ['BOM', '\ufeff' + lf, false],
    // A blank at every line end, as a copy from Word leaves: positions at line ends move.
    ['trailing blanks', lf.replace(/\n/g, ' \n'), false],
  ] as const;
  for (const [variant, text, ranges] of variants) {
    const expected = findings(plain, ranges);
    const got = findings(checkText(text).diagnostics, ranges);
    out.push(...onlyIn(expected, got, `only with ${variant}`, `only without ${variant}`));
  }
  return out;
}

/** The zero-width characters a copy from a web page leaves, which the engine reads as deleted. */
export const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufffc'];

/** `text` with every artifact fix applied, round after round (deleting one may reveal a bookmark). */
function withoutArtifacts(text: string): string {
  for (let round = 0; round < 4; round++) {
    const edits = checkText(text).diagnostics.filter((d) => d.code === 'artifact').flatMap((d) => d.fixes[0]?.edits ?? []);
    if (edits.length === 0) break;
    text = applyEdits(text, edits);
  }
  return text;
}

/**
 * How the findings of `text` change when invisible characters are inserted at `places`
 * (offsets into `text`, each with the character to insert): besides the `artifact` findings
 * that name them, none should — what each says is compared — and deleting the artifacts gives
 * what it gives for `text` (a report; what is none has no artifact findings). Empty when
 * nothing changes.
 */
export function invisibleDifferences(text: string, places: { at: number; char: string }[]): string[] {
  // Not inside a Word bookmark: a converter writes those whole, and the character would unmake it.
  const bookmarks = [...text.matchAll(/\[bookmark:[^\]\n]{0,80}\]/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const outside = (at: number) => bookmarks.find((b) => b.start < at && at < b.end)?.start ?? at;
  let hidden = text;
  for (const { at, char } of places.map((p) => ({ ...p, at: outside(p.at) })).sort((a, b) => b.at - a.at)) hidden = hidden.slice(0, at) + char + hidden.slice(at);
  const said = (t: string) =>
    checkText(t)
      .diagnostics.filter((d) => d.code !== 'artifact')
      .map((d) => `${d.code}|${d.severity}|${d.message}`)
      .sort();
  const expected = said(text);
  const got = said(hidden);
  const out = onlyIn(expected, got, 'only with them', 'only without them');
  // What is no report gets that one finding, and no artifact findings to delete.
  if (checkText(text).isReport && withoutArtifacts(hidden) !== withoutArtifacts(text)) out.push('deleting the artifacts does not give the same text');
  return out;
}

/**
 * How the findings of `text` change when every space is written as a no-break space (what
 * `&nbsp;` in a web page becomes) or as an ideographic space: none should — what each says (its
 * quote of the text read with a space) and where. Only for text without Markdown marks, which need
 * ASCII spaces. Empty when nothing changes.
 */
export function blankWidthDifferences(text: string): string[] {
  const seen = (t: string) =>
    checkText(t)
      .diagnostics.map((d) => `${d.code}|${d.severity}|${d.message.replace(/[\u00a0\u3000]/g, ' ')}|${JSON.stringify(d.range)}`)
      .sort();
  const expected = seen(text);
  const out: string[] = [];
  for (const [name, blank] of [['no-break', '\u00a0'], ['ideographic', '\u3000']] as const) {
    const got = seen(text.replace(/ /g, blank));
    out.push(...onlyIn(expected, got, `only with ${name} spaces`, `only without ${name} spaces`));
  }
  return out;
}

/**
 * How the findings of `text` change when every ASCII digit is written full-width (０…９, what a
 * Chinese input mode types): none should — what each says, its numbers read as ASCII, and where.
 * Empty when nothing changes.
 */
export function digitWidthDifferences(text: string): string[] {
  const ascii = (s: string) => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const seen = (t: string) =>
    checkText(t)
      .diagnostics.map((d) => `${d.code}|${d.severity}|${ascii(d.message)}|${JSON.stringify(d.range)}`)
      .sort();
  const expected = seen(text);
  const got = seen(text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)));
  return onlyIn(expected, got, 'only full-width', 'only ASCII');
}

/**
 * `text` with every line of prose (a line holding 。, no tab, pipe or run of spaces) wrapped
 * every `width` characters, as text taken from a PDF is.
 */
export function wrapped(text: string, width: number): string {
  const prose = (line: string) => line.length > width && line.includes('。') && !/[\t|]| {2}/.test(line) && !line.startsWith('#');
  return text
    .split('\n')
    .map((line) => (prose(line) ? line.replace(new RegExp(`(.{${width}})(?=.)`, 'gu'), '$1\n') : line))
    .join('\n');
}

/**
 * How the findings of `text` change when its prose is wrapped every `width` characters: none
 * should — what each says, line numbers in messages aside (the lines move). Empty when none.
 */
export function wrapDifferences(text: string, width: number): string[] {
  const said = (t: string) =>
    checkText(t)
      .diagnostics.map((d) => `${d.code}|${d.severity}|${d.message.replace(/第 \d+ 行/g, '第 N 行')}`)
      .sort();
  const expected = said(text);
  const got = said(wrapped(text, width));
  return onlyIn(expected, got, 'only wrapped', 'only unwrapped');
}

/** A bare page number (`12`), as some PDFs' footers leave it: one only a wrapped paragraph tells from a table's cell. */
export const BARE_PAGE_NUMBER = [(n: number) => String(1 + (n % 300))];

/** Page numbers as a PDF's footers leave them, one per line. */
export const PAGE_MARKS = [(n: number) => `- ${n} -`, (n: number) => `—${n}—`, (n: number) => `第${n}页`, (n: number) => `第 ${n} 页 共 9 页`];

/**
 * How the findings of `text` change when page numbers are put on lines of their own before the
 * lines `places` name (past the title: a page number never stands inside it; and where `where`
 * allows, given the line and the one before): besides the
 * `artifact` findings that name them, none should — what each says, line numbers aside — and
 * deleting those gives `text` back. Empty when nothing changes.
 */
export function pageMarkDifferences(
  text: string,
  places: { line: number; style: number }[],
  where: (line: string, previous: string) => boolean = () => true,
  styles: ((n: number) => string)[] = PAGE_MARKS,
): string[] {
  const lines = text.split('\n');
  const candidates = lines.map((_, i) => i).filter((i) => i >= 3 && where(lines[i], lines[i - 1]));
  const before = new Map(places.filter(() => candidates.length > 0).map((p) => [candidates[p.line % candidates.length], p.style % styles.length]));
  const paged = lines.flatMap((line, i) => (before.has(i) ? [styles[before.get(i)!](i), line] : [line])).join('\n');
  const said = (t: string) =>
    checkText(t)
      .diagnostics.filter((d) => d.code !== 'artifact')
      .map((d) => `${d.code}|${d.severity}|${d.message.replace(/第 \d+ 行/g, '第 N 行')}`)
      .sort();
  const expected = said(text);
  const got = said(paged);
  const out = onlyIn(expected, got, 'only with them', 'only without them');
  // Page numbers and headers the text had already (a title line doubled by the damage) aside.
  const marksIn = (t: string) => checkText(t).diagnostics.filter((d) => d.code === 'artifact' && (d.message.startsWith('PDF 页码') || d.message.includes('（PDF 页眉）')));
  const marks = marksIn(paged);
  const had = marksIn(text);
  if (marks.length !== had.length + before.size) out.push(`${marks.length - had.length} page marks found, ${before.size} put in`);
  const deleted = (t: string, found: Diagnostic[]) => applyEdits(t, found.flatMap((d) => d.fixes[0].edits));
  if (deleted(paged, marks) !== deleted(text, had)) out.push('deleting the page marks does not give the text back');
  return out;
}

/** Blanks a justified PDF line spaces its letters out with. */
const LETTER_SPACINGS = [' ', '\u3000', '\u00a0'];

/**
 * `text` with the lines `pick` chooses (by their index among the lines it may space) spaced out
 * letter by letter, as a justified line of a PDF comes out: a blank of kind `spacing` between two
 * Chinese characters or marks. With `lines` 'prose', only prose lines may be spaced (tables,
 * headings and short lines are not justified); with 'all', every line (a PDF whose text comes
 * out spaced throughout, its title and tables too).
 */
export function letterSpaced(text: string, pick: (index: number) => boolean, spacing: number, lines: 'prose' | 'all' = 'prose'): string {
  const prose = (line: string) => line.length > 20 && line.includes('。') && !/[\t|]| {2}/.test(line) && !line.startsWith('#');
  const spaced = lines === 'all' ? () => true : prose;
  const blank = LETTER_SPACINGS[spacing % LETTER_SPACINGS.length];
  let index = 0;
  return text
    .split('\n')
    .map((line) => (spaced(line) && pick(index++) ? line.replace(/([\u4e00-\u9fff（）、，。：；《》“”])(?=[\u4e00-\u9fff（）、，。：；《》“”])/g, `$1${blank}`) : line))
    .join('\n');
}

/**
 * How the findings of `text` change when lines are spaced out (see `letterSpaced`): none
 * should — what each says and where, the blanks in the text it quotes aside (a message quotes
 * the text as written, and cuts a long quotation: only the opening of each is compared).
 */
export function letterSpacingDifferences(text: string, pick: (index: number) => boolean, spacing: number, lines: 'prose' | 'all' = 'prose'): string[] {
  const unspaced = (message: string) =>
    message
      .replace(/([\u4e00-\u9fff（）、，。：；《》“”])[ \u3000\u00a0]+(?=[\u4e00-\u9fff（）、，。：；《》“”])/g, '$1')
      .replace(/“([^”]*)”(?:（共 \d+ 个字符）)?/g, (_, quoted: string) => `“${quoted.slice(0, 20)}”`);
  const said = (t: string) =>
    checkText(t)
      .diagnostics.map((d) => `${d.code}|${d.severity}|line ${d.range.start.line}|${unspaced(d.message)}`)
      .sort();
  return onlyIn(said(text), said(letterSpaced(text, pick, spacing, lines)), 'only spaced out', 'only as written');
}

/** Units a value may be typed with in its cell, with and without a blank before. */
const CELL_UNITS = ['件', ' 件', '人次', '万元', '项', '条'];

/**
 * `text` with units typed after some of the values in its tables (§二 to §四): the values that
 * `pick` chooses, by their index, each with a unit of kind `unit + index`.
 */
export function withCellUnits(text: string, pick: (index: number) => boolean, unit: number): string {
  const from = text.indexOf('二、主动公开');
  const to = text.indexOf('五、存在的主要问题');
  if (from < 0 || to < from) return text;
  let index = 0;
  const tables = text.slice(from, to).replace(/(?<![\d.,])(\d+)(?=\t|\r?\n| \||  )/g, (value) => {
    const k = index++;
    return pick(k) ? value + CELL_UNITS[(unit + k) % CELL_UNITS.length] : value;
  });
  return text.slice(0, from) + tables + text.slice(to);
}

/** How the findings of `text` change when its values are typed with units (see `withCellUnits`): none should. */
export function cellUnitDifferences(text: string, pick: (index: number) => boolean, unit: number): string[] {
  const said = (t: string) =>
    checkText(t)
      .diagnostics.map((d) => `${d.code}|${d.severity}|${d.message}`)
      .sort();
  return onlyIn(said(text), said(withCellUnits(text, pick, unit)), 'only with units', 'only without');
}

/** Text with LF line endings and no byte-order mark. */
export const withLf = (text: string) => text.replace(/\r\n?/g, '\n').replace(/^\ufeff/, '');

/** Applies every preferred fix that does not overlap another (fix-all, `--fix`). */
export function fixAll(text: string): string {
  const fixes = nonOverlappingFixes(text, preferredFixes(checkText(text).diagnostics));
  return applyEdits(text, fixes.flatMap((f) => f.edits));
}

/** The real reports beside the repository (CI clones it next to shared/). */
export function realReports(): { name: string; text: string }[] {
  const shared = join(import.meta.dirname, '../../../shared');
  return ['seeds', 'realworld'].flatMap((dir) =>
    readdirSync(join(shared, dir))
      .filter((n) => n.endsWith('.txt'))
      .map((n) => ({ name: `${dir}/${n}`, text: readFileSync(join(shared, dir, n), 'utf8') })),
  );
}
