// Finds the six section headings, their sub-headings and the title — as plain lines,
// Markdown headings, with colons or either bracket width, or inline in collapsed text.
import type { SectionSpec } from '../format/spec';
import { titleWording } from '../format/sections';
import type { SectionNumber, Span } from '../types';
import { editDistance, prefixDistance, tolerance } from './editDistance';
import type { LineIndex } from '../lineIndex';
import { pageMarkLineEnd } from './pageMarks';
import { chineseNumeralValue, leftoverEnd, leftoverStartBefore, compact, foldedCode, isBlankCode, foldLabel, INVISIBLE_CHARACTERS, invisibleLeftOut, LINE_BLANK, isInvisibleCode, isSpaceCode, offsetOf, withAsciiDigits } from './normalize';

export interface FoundHeading {
  /** The section the heading's wording names. */
  number: SectionNumber;
  /** Numeral as written (一 → 1), which may disagree with the wording; 0 when there is none, or numbering in another form (`1、`). */
  writtenNumber: number;
  /** Where the numeral is written — for writtenNumber 0, the numbering as written, empty when there is none. */
  numeralSpan: Span;
  /** Numeral and wording, without Markdown marks. */
  span: Span;
  text: string;
  level: number;
  /** The `#` marks and the space after them, when present. */
  markSpan?: Span;
  /** Official wording exactly (brackets and spaces aside). */
  canonical: boolean;
  /** Matched an accepted variant rather than the official wording. */
  variant: boolean;
  /** Found in the middle of a line (collapsed text). */
  inline: boolean;
  /** Span of the wording after the numeral. */
  wordingSpan: Span;
}

export interface FoundSubheading {
  ordinal: number;
  span: Span;
  text: string;
  level: number;
  markSpan?: Span;
}

interface Form {
  spec: SectionSpec;
  folded: string;
  /** Codes of the first three characters of the wording, for a cheap filter. */
  opening: number[];
  variant: boolean;
}

const NUMERAL_MARK = /^[ \t\u3000\u00a0]*[、.．][ \t\u3000\u00a0]*/;
const isNumeralMarkBlank = (c: number) => c === 9 || isBlankCode(c);
const SECTION_NUMERAL_CODES = [...'一二三四五六'].map((c) => c.charCodeAt(0));
const isSectionNumeral = (code: number) => SECTION_NUMERAL_CODES.includes(code);
const SUB_NUMERAL = /^[（(][ \t\u3000]*([一二三四五六七八九十])[ \t\u3000]*[)）]/;
/**
 * An inline sub-heading up to its closing mark; invisible characters inside read as deleted
 * (`（一\u200b）`), and blanks too (letters spaced out: `（ 一 ） 主 动 公 开 ：`).
 */
const SKIPPED_IN_SUB = `${INVISIBLE_CHARACTERS} \u3000\u00a0`;
const INLINE_SUB = new RegExp(
  `[（(][${SKIPPED_IN_SUB}]*([一二三四五六七八九十])[${SKIPPED_IN_SUB}]*[)）](?:[${SKIPPED_IN_SUB}]*[^。：:，,（）()\\n\\t${SKIPPED_IN_SUB}]){2,24}[${SKIPPED_IN_SUB}]*[。：:]`,
  'g',
);

const formsCache = new WeakMap<SectionSpec[], Form[]>();

function formsOf(sections: SectionSpec[]): Form[] {
  const cached = formsCache.get(sections);
  if (cached) return cached;
  const strip = (h: string) => foldLabel(h.replace(/^[一二三四五六]、/, ''));
  const form = (spec: SectionSpec, wording: string, variant: boolean): Form => {
    const folded = strip(wording);
    return { spec, folded, opening: Array.from({ length: Math.min(3, folded.length) }, (_, k) => folded.charCodeAt(k)), variant };
  };
  const forms = sections.flatMap((spec) => [form(spec, spec.heading, false), ...spec.variants.map((v) => form(spec, v, true))]);
  formsCache.set(sections, forms);
  return forms;
}

/** `（` and `【` — what `(` and `[` fold to in a compact view. */
const isOpeningBracketCode = (c: number) => c === 0xff08 || c === 0x3010;

/** Best section form for the wording at `from`; `wholeLine` allows more typos. */
function matchWording(
  text: string,
  from: number,
  lineEnd: number,
  forms: Form[],
  wholeLine: boolean,
): { form: Form; distance: number; end: number } | undefined {
  const c = compact(text, from, Math.min(lineEnd, from + 90));
  if (c.text.length < 2) return undefined;
  let best: { form: Form; distance: number; end: number } | undefined;
  const first = c.text.charCodeAt(0);
  const second = c.text.charCodeAt(1);
  let rest: string | undefined;
  for (const form of forms) {
    // Cheap filter before any distance: the wording shares its opening.
    if (!form.opening.includes(first) && !form.opening.includes(second)) continue;
    let distance: number;
    let length: number;
    rest ??= c.text.replace(/[：:。]+$/, '');
    if (wholeLine && rest === form.folded && !(best && best.distance === 0)) {
      // The official wording or a variant exactly: nothing can come closer.
      best = { form, distance: 0, end: offsetOf(c, rest.length - 1) + 1 };
      break;
    }
    // The exact wording, then a bracket opening (`情况（本列…`, `情况（单位：件）`): a note after
    // the heading, not a typo inside it, however short.
    const noteAfter = rest.length > form.folded.length && isOpeningBracketCode(rest.charCodeAt(form.folded.length)) && rest.startsWith(form.folded);
    const whole = wholeLine && !noteAfter && rest.length <= form.folded.length + 4 ? editDistance(form.folded, rest) : Infinity;
    if (whole <= tolerance(form.folded.length)) {
      distance = whole;
      length = rest.length;
    } else {
      // The wording followed by more on its line (a table's first cell, after a lost line
      // break) — whatever the line's length: a fix that shortens the line must not unmake it.
      const m = prefixDistance(form.folded, c.text, 2);
      distance = m.distance;
      length = m.length;
      if (distance > (form.folded.length >= 8 ? 1 : 0)) continue;
    }
    if (!best || distance < best.distance) {
      best = { form, distance, end: length > 0 ? offsetOf(c, length - 1) + 1 : from };
    }
  }
  return best;
}

export function findHeadings(text: string, lines: LineIndex, sections: SectionSpec[]): FoundHeading[] {
  const forms = formsOf(sections);
  // Characters of the shortest official heading (`一、总体情况`).
  let shortest = Infinity;
  for (const s of sections) shortest = Math.min(shortest, s.heading.length);
  const found: FoundHeading[] = [];
  let nextComma = 0;
  for (let line = 0; line < lines.lineCount; line++) {
    const ls = lines.lineStarts[line];
    const le = lines.lineEnd(line);
    let p = skipSpaces(text, ls, le);
    let level = 0;
    let markSpan: Span | undefined;
    // Most lines (table rows above all) open with neither `#` marks nor debris: nothing to read.
    if (p < le && (text.charCodeAt(p) === 0x23 || text.charCodeAt(p) === 0x5b)) {
      const marks = markdownMarks(text, skipDebris(text, p, le), le);
      // A section heading's `#` marks count only when a space follows them, as in Markdown.
      if (marks.spaced) ({ level, markSpan, after: p } = marks);
      else p = marks.start;
    }
    // Cheap test first: only a line opening with a section numeral can be a heading.
    const numeralEnd = isSectionNumeral(text.charCodeAt(p)) ? sectionNumeralEnd(text, p, le) : -1;
    let inlineFrom = p;
    if (numeralEnd > 0) {
      const wordingStart = numeralEnd;
      const m = matchWording(text, wordingStart, le, forms, true);
      if (m) {
        const wholeEnd = trimEnd(text, wordingStart, le);
        const lineIsHeading = onlyClosingMarks(text, m.end, le);
        const end = lineIsHeading ? wholeEnd : m.end;
        found.push(heading(text, m, chineseNumeralValue(text[p]) ?? 0, { start: p, end: p + 1 }, p, end, wordingStart, level, markSpan, false));
        inlineFrom = end;
      }
    }
    // Inline headings (collapsed web text): only exact or near-exact wording counts. A line too
    // short to hold one after some other text (the shortest, `一、总体情况`, and a character
    // before it) is not searched; counted with its trailing blanks, so they change nothing here.
    if (le - inlineFrom > shortest) {
      // The next 、 is looked up once and reused by the lines it lies beyond: one pass overall.
      if (nextComma !== -1 && nextComma <= inlineFrom) nextComma = text.indexOf('、', inlineFrom + 1);
      for (let comma = nextComma; comma >= 0 && comma < le; comma = nextComma = text.indexOf('、', comma + 1)) {
        // A Word bookmark or an invisible character may sit between the numeral and its 、 (`五[bookmark: x]、`).
        let at = leftoverStartBefore(text, comma) - 1;
        // Blanks between the numeral and its 、 (`三 、`), as NUMERAL_MARK allows at a line's start.
        for (let k = 0; k < 2 && isNumeralMarkBlank(text.charCodeAt(at)); k++) at--;
        if (!isSectionNumeral(text.charCodeAt(at)) || at === p) continue;
        const wordingStart = comma + 1;
        const m = matchWording(text, wordingStart, le, forms, false);
        if (!m) continue;
        const value = chineseNumeralValue(text[at]) ?? 0;
        found.push(heading(text, m, value, { start: at, end: at + 1 }, at, m.end, wordingStart, 0, undefined, true));
      }
    }
  }
  const unnumbered = headingsWithoutNumerals(text, lines, sections, forms, found);
  return unnumbered.length ? [...found, ...unnumbered].sort((a, b) => a.span.start - b.span.start) : found;
}

/**
 * Numbering in another form than `一、` before a section's wording: Arabic digits (`1、`, `1.`),
 * 第一部分, a numeral with a blank or a comma after it (`一 `, `一，`), a capital numeral (`壹、`).
 */
const OTHER_NUMBERING = /^(?:第[一二三四五六]部分|[0-9０-９]{1,2}|[一二三四五六壹贰叁肆伍陆])[ \t\u3000\u00a0、.．，,:：)）]*/;

/**
 * Headings of the sections not found above that lost their numeral — Word's automatic list
 * numbers are not copied with the text (`总体情况` for `一、总体情况`) — or carry one in another
 * form (`1、总体情况`): a line holding the official wording, or an accepted variant, exactly and
 * nothing else besides such numbering. Only for sections not found with a numeral: a table's
 * caption repeating its section's wording is no second heading. Their `writtenNumber` is 0 and
 * their `numeralSpan` covers the numbering as written, empty when there is none.
 */
function headingsWithoutNumerals(text: string, lines: LineIndex, sections: SectionSpec[], forms: Form[], numbered: FoundHeading[]): FoundHeading[] {
  const missing = new Set(sections.map((s) => s.number).filter((n) => !numbered.some((h) => h.number === n)));
  if (missing.size === 0) return [];
  // The forms of the sections still missing: fewer as they are found.
  let candidates = forms.filter((f) => missing.has(f.spec.number));
  let longest = 0;
  for (const f of candidates) longest = Math.max(longest, f.folded.length);
  const out: FoundHeading[] = [];
  for (let line = 0; line < lines.lineCount && missing.size > 0; line++) {
    const ls = lines.lineStarts[line];
    const le = lines.lineEnd(line);
    // Past conversion debris (`[bookmark: x]总体情况`): the numeral goes where the wording starts.
    let p = skipDebris(text, ls, le);
    let level = 0;
    let markSpan: Span | undefined;
    if (p < le && text.charCodeAt(p) === 0x23) {
      const marks = markdownMarks(text, p, le);
      if (marks.spaced) ({ level, markSpan, after: p } = marks);
      p = skipDebris(text, p, le);
    }
    // Cheap tests first: a line that long (blanks and a closing mark allowed) holds more than a heading.
    if (p >= le || le - p > 3 * longest + 12) continue;
    const numbering = OTHER_NUMBERING.exec(text.slice(p, Math.min(le, p + 12)));
    const wordingStart = p + (numbering ? numbering[0].length : 0);
    const m = matchWording(text, wordingStart, le, candidates, true);
    if (!m || m.distance !== 0 || !onlyClosingMarks(text, m.end, le)) continue;
    missing.delete(m.form.spec.number);
    candidates = candidates.filter((f) => f.spec.number !== m.form.spec.number);
    out.push(heading(text, m, 0, { start: p, end: wordingStart }, p, trimEnd(text, p, le), wordingStart, level, markSpan, false));
  }
  return out;
}

/** End of the section numeral at `p` with its mark and the blanks after (`三、`, `三 . `, `三[bookmark: x]、`), or -1. */
function sectionNumeralEnd(text: string, p: number, le: number): number {
  const q = leftoverEnd(text, p + 1, le);
  const mark = NUMERAL_MARK.exec(text.slice(q, Math.min(le, q + 7)));
  return mark ? q + mark[0].length : -1;
}

interface LineHead {
  /** Where the marks (or the text) start, past leading white space. */
  start: number;
  level: number;
  markSpan?: Span;
  /** Past the marks and the white space after them. */
  after: number;
  /** A space or tab follows the marks. */
  spaced: boolean;
}

/** Past the blanks at `from`. */
/** Past white space, and invisible characters (read as deleted, as the artifact fix does). */
function skipSpaces(text: string, from: number, to: number): number {
  while (from < to && (isSpaceCode(text.charCodeAt(from)) || isInvisibleCode(text.charCodeAt(from)))) from++;
  return from;
}

/** The Markdown `#` marks opening a line, past leading white space; invisible characters among them are read as deleted. */
function markdownMarks(text: string, from: number, to: number): LineHead {
  const start = skipSpaces(text, from, to);
  let p = start;
  let level = 0;
  for (; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x23) level++;
    else if (!isInvisibleCode(c)) break;
  }
  const spaced = level > 0 && (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 9);
  p = skipSpaces(text, p, to);
  return { start, level, markSpan: level > 0 ? { start, end: p } : undefined, after: p, spaced };
}

/** Past leading white space and conversion debris (`[bookmark: _GoBack]`) at a line start. */
function skipDebris(text: string, from: number, to: number): number {
  let p = from;
  for (;;) {
    p = skipSpaces(text, p, to);
    const after = leftoverEnd(text, p, to);
    if (after === p) return p;
    p = after;
  }
}

function heading(
  text: string,
  m: { form: Form; distance: number },
  writtenNumber: number,
  numeralSpan: Span,
  start: number,
  end: number,
  wordingStart: number,
  level: number,
  markSpan: Span | undefined,
  inline: boolean,
): FoundHeading {
  const written = compact(text, wordingStart, end).text.replace(/[：:。]+$/, '');
  return {
    number: m.form.spec.number,
    writtenNumber,
    numeralSpan,
    span: { start, end },
    text: text.slice(start, end),
    level,
    markSpan,
    canonical: !m.form.variant && written === m.form.folded,
    variant: m.form.variant,
    inline,
    wordingSpan: { start: wordingStart, end },
  };
}

/**
 * Whether text[from, to) holds nothing but blanks and the marks that may close a heading
 * (`：`, `:`, `。`) — what its compact form, those marks trimmed, being empty means — looked at
 * only as far as the first other character: in collapsed web text the line is the whole body.
 */
function onlyClosingMarks(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) continue;
    const f = foldedCode(c);
    if (f !== 0xff1a && f !== 0x3a && f !== 0x3002) return false;
  }
  return true;
}

/** The first eight characters of text[p, le), invisible characters read as deleted (`(\u200b四)`): what a sub-heading's numeral is read from. */
function visibleHead(text: string, p: number, le: number): string {
  let head = '';
  for (let k = p; k < le && head.length < 8; k++) if (!isInvisibleCode(text.charCodeAt(k))) head += text[k];
  return head;
}

function trimEnd(text: string, from: number, to: number): number {
  while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
  return to;
}

/**
 * Sub-headings （一）… at line starts, or inline in long collapsed lines — outside `tables`
 * (spans sorted by start, not overlapping): a table's rows such as `（一）予以公开` are labels.
 */
export function findSubheadings(text: string, lines: LineIndex, tables: readonly Span[] = []): FoundSubheading[] {
  const found: FoundSubheading[] = [];
  const outside = (offset: number) => !insideAny(tables, offset);
  for (let line = 0; line < lines.lineCount; line++) {
    const ls = lines.lineStarts[line];
    const le = lines.lineEnd(line);
    let p = skipSpaces(text, ls, le);
    let level = 0;
    let markSpan: Span | undefined;
    if (p < le && text.charCodeAt(p) === 0x23) ({ level, markSpan, after: p } = markdownMarks(text, p, le));
    const opens = text.charCodeAt(p) === 0xff08 || text.charCodeAt(p) === 0x28;
    const head = opens && outside(p) ? SUB_NUMERAL.exec(visibleHead(text, p, le)) : null;
    if (head) {
      const ordinal = chineseNumeralValue(head[1]) ?? 0;
      const lineText = text.slice(p, le);
      const stop = lineText.search(/[：:。]/);
      let end: number | undefined;
      if (stop >= 0 && stop <= 30) end = trimEnd(text, p, p + stop);
      else if (compact(text, p, le).text.length <= 40) end = trimEnd(text, p, le);
      if (end !== undefined && !/\t/.test(text.slice(p, end))) {
        found.push({ ordinal, span: { start: p, end }, text: text.slice(p, end), level, markSpan });
      }
    }
    if (le - ls > 200) {
      INLINE_SUB.lastIndex = 0;
      const slice = text.slice(ls, le);
      for (let hit = INLINE_SUB.exec(slice); hit; hit = INLINE_SUB.exec(slice)) {
        const at = ls + hit.index;
        if ((head && at === p) || !outside(at)) continue;
        const end = trimEnd(text, at, at + hit[0].length - 1);
        found.push({ ordinal: chineseNumeralValue(hit[1]) ?? 0, span: { start: at, end }, text: text.slice(at, end), level: 0 });
      }
    }
  }
  return found;
}

/** Whether `offset` lies in one of `spans` (sorted by start, not overlapping): a binary search. */
function insideAny(spans: readonly Span[], offset: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo].start <= offset;
}

export interface FoundTitle {
  span: Span;
  text: string;
  agency?: string;
  year?: number;
  /** Span of the year digits. */
  yearSpan?: Span;
  /** Span of what follows `年`/`年度` — where the fixed wording should stand. */
  tailSpan?: Span;
  markSpan?: Span;
}


const TITLE_YEAR = new RegExp(String.raw`(\d{4})${LINE_BLANK}*年(?:${LINE_BLANK}*度)?`);

/** The title: the first lines before any section heading that name the report. */
export function findTitle(text: string, lines: LineIndex, before: number): FoundTitle | undefined {
  const candidates: { start: number; end: number; markSpan?: Span }[] = [];
  for (let line = 0; line < lines.lineCount && candidates.length < 3; line++) {
    const ls = lines.lineStarts[line];
    if (ls >= before) break;
    const le = Math.min(lines.lineEnd(line), before);
    // A PDF's page number is no line of the title.
    if (pageMarkLineEnd(text, ls) > ls) continue;
    const { markSpan, after: p } = markdownMarks(text, ls, le);
    const end = trimEnd(text, p, le);
    // Lines without a Chinese character (conversion debris such as `[bookmark: _GoBack]`) are skipped.
    if (end > p && /[\u4e00-\u9fff]/.test(text.slice(p, Math.min(end, p + 200)))) candidates.push({ start: p, end, markSpan });
  }
  if (candidates.length === 0) return undefined;
  const first = candidates[0];
  const firstText = compact(text, first.start, Math.min(first.end, first.start + 400)).text;
  let span: Span | undefined;
  if (firstText.length > 80) {
    // A long first line opens with the title only when it ends in 年度报告 early (web text);
    // otherwise it is prose, and a title fix must never rewrite it.
    const c = compact(text, first.start, Math.min(first.end, first.start + 200));
    const at = c.text.indexOf('年度报告');
    if (at < 0 || at > 60) return undefined;
    span = { start: first.start, end: offsetOf(c, at + 3) + 1 };
  } else if (firstText.includes('报告')) span = { start: first.start, end: first.end };
  else if (firstText.includes('政府信息公开') && candidates[1] && compact(text, candidates[1].start, candidates[1].end).text.length <= 12 && compact(text, candidates[1].start, candidates[1].end).text.includes('报告')) {
    span = { start: first.start, end: candidates[1].end };
  } else if (firstText.includes('政府信息公开') || firstText.includes('年度报告')) span = { start: first.start, end: first.end };
  if (!span) return undefined;
  const title: FoundTitle = { span, text: text.slice(span.start, span.end), markSpan: first.markSpan };
  // Read with invisible characters as deleted (`20\u200b25年`), as the artifact fix leaves it,
  // and full-width digits as ASCII (`２０２５年`).
  const read = invisibleLeftOut(text, span.start, span.end);
  const writtenAt = (k: number) => (read ? read.offsets[k] : span.start + k);
  const year = TITLE_YEAR.exec(withAsciiDigits(read ? read.text : title.text));
  if (year) {
    title.year = Number(year[1]);
    const yearStart = writtenAt(year.index);
    title.yearSpan = { start: yearStart, end: writtenAt(year.index + 3) + 1 };
    title.agency = text.slice(span.start, yearStart).trim() || undefined;
    title.tailSpan = { start: writtenAt(year.index + year[0].length - 1) + 1, end: span.end };
  }
  return title;
}

export function titleTailIsCanonical(text: string, tail: Span): boolean {
  return compact(text, tail.start, tail.end).text === titleWording;
}
